"""A call's applications as a spreadsheet for the jury.

Every cell is written as text or a number: an answer that starts with =, +, - or @
would be a formula in a spreadsheet program, so it is prefixed with an apostrophe.
Control characters a spreadsheet cannot hold (a bell, a vertical tab, pasted into a
form) become spaces, so one applicant's answer never stops the jury's file.
"""

from io import BytesIO

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from applications.staff_language import question_labels

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(value):
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value)
    if isinstance(value, bool):
        value = _("yes") if value else _("no")
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub(" ", value)
        if value.startswith(FORMULA_STARTS):
            return "'" + value
    return value


def append_row(sheet, values):
    """A row of the sheet, every value made safe: the headings too (the call's labels)."""
    sheet.append([safe(value) for value in values])


def applications_workbook(call, applications):
    labels = question_labels(call)  # the headers in the staff member's language
    questions = [
        (block.id, labels.get(block.id, block.value["label"]))
        for block in call.questions
        if block.block_type not in {"file", "consent"}
    ]
    book = Workbook()
    sheet = book.active
    sheet.title = call.reference_prefix
    append_row(
        sheet,
        [
            _("Reference"),
            _("Name"),
            pgettext("application", "Email"),
            _("Language"),
            _("Status"),
            pgettext("application", "Submitted"),
            _("Average score"),
            _("Reviews"),
            *(label for _id, label in questions),
            _("Files"),
        ],
    )
    for application in applications:
        answers = {answer["id"]: answer["value"] for answer in application.answers}
        append_row(
            sheet,
            [
                safe(application.reference),
                safe(application.name),
                safe(application.email),
                application.language,
                str(application.get_status_display()),
                timezone.localtime(application.submitted_at).replace(tzinfo=None),
                float(application.average_score) if application.average_score else None,
                application.review_count,
                *(safe(answers.get(question_id, "")) for question_id, _label in questions),
                safe([file.original_name for file in application.files.all()]),
            ],
        )
    output = BytesIO()
    book.save(output)
    return output.getvalue()
