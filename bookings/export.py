"""Counts of booked, arrived and no-show places as spreadsheets for donor reports:
per date (with the names, on a second sheet) and per event (counts only).

Cells are made safe as the jury spreadsheet's are (applications/export.py, openpyxl):
a name that starts with "=" is text, not a formula.
"""

from io import BytesIO

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from openpyxl import Workbook

from applications.export import append_row
from bookings.staff import answer_text

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def cell_date(moment):
    """A date as the spreadsheet shows it (local time); a whole series has none."""
    return timezone.localtime(moment).replace(tzinfo=None) if moment else _("Whole series")


def counts_headings():
    return [
        _("Date"),
        pgettext("door counts", "Booked"),
        pgettext("door counts", "Arrived"),
        pgettext("door counts", "No-show"),
    ]


def counts_row(start, counts):
    return [cell_date(start), counts.booked, counts.arrived, counts.no_show]


def saved(book):
    output = BytesIO()
    book.save(output)
    return output.getvalue()


def date_workbook(title, start, bookings, counts, questions=None):
    """One date: its counts, then who was booked, whether they arrived and their answers
    to the event's questions (`questions`: {block id: question}, a column each)."""
    questions = questions or {}
    book = Workbook()
    sheet = book.active
    sheet.title = pgettext("door counts", "Counts")[:31]
    append_row(sheet, [pgettext("booking", "Event"), *counts_headings()])
    append_row(sheet, [title, *counts_row(start, counts)])
    people = book.create_sheet(pgettext("door counts", "People")[:31])
    append_row(
        people,
        [
            pgettext("booking person", "Name"),
            pgettext("booking", "Reference"),
            pgettext("booking", "Places"),
            pgettext("door counts", "Arrived"),
            *(question["label"] for question in questions.values()),
        ],
    )
    for booking in bookings:
        arrived = booking.arrived_at and timezone.localtime(booking.arrived_at).replace(tzinfo=None)
        answers = {
            answer["id"]: answer_text(answer, questions.get(answer["id"]))
            for answer in booking.answers
        }
        append_row(
            people,
            [
                booking.name,
                booking.reference,
                booking.places,
                arrived or "",
                *(answers.get(question_id) or "" for question_id in questions),
            ],
        )
    return saved(book)


def event_workbook(title, counts_by_date):
    """Every date of one event with places booked: counts only, no names."""
    book = Workbook()
    sheet = book.active
    sheet.title = pgettext("door counts", "Counts")[:31]
    append_row(sheet, [title])
    append_row(sheet, counts_headings())
    for start, counts in counts_by_date:
        append_row(sheet, counts_row(start, counts))
    return saved(book)
