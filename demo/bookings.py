"""The demo's registrations and sample bookings, from demo/content/bookings.yaml.

Bookings are written as the booking form leaves them (a reference, a log of moves),
without the emails the form queues: the demo's people are made up.
"""

import datetime
import uuid

from django.utils.translation import gettext_noop

from wagtail.models import Locale

from bookings import workflow
from bookings.enums import BookingStatus
from bookings.models import Booking, BookingMove, Registration
from events import occurrences
from events.models import EventPage


def load_bookings(data, created):
    for item in data["registrations"]:
        event = EventPage.objects.get(slug=item["event"], locale=Locale.get_default())
        if Registration.objects.filter(event_key=event.translation_key).exists():
            continue
        registration = Registration.objects.create(
            event=event,
            **{name: item[name] for name in ["capacity", "max_places", "waiting_list"]},
        )
        pages = {
            page.locale.language_code: page
            for page in event.get_translations(inclusive=True).select_related("locale")
        }
        for booking in item["bookings"]:
            make_booking(registration, event, pages[booking["language"]], booking)
        created.append(f"registration '{event.title}'")


def answers_on(event, page, answers):
    """The answers as the form stores them, to the questions of the page (in its
    language): `answers` gives a value by kind of question, a choice in English, as
    the event has it, stored as the page's translation of that choice."""
    english = {block.id: block.value for block in event.booking_questions}
    stored = []
    for block in page.booking_questions:
        value = answers.get(block.block_type)
        if value is None:
            continue
        answer = {"id": block.id, "type": block.block_type, "label": block.value["label"]}
        if block.block_type == "choice":  # as bookings.forms.BookingForm.answers stores it
            position = list(english[block.id]["choices"]).index(value)
            answer["choices"] = [position]
            value = block.value["choices"][position]
        stored.append({**answer, "value": value})
    return stored


def make_booking(registration, event, page, item):
    start = event.start + datetime.timedelta(weeks=item.get("week", 0))
    status = BookingStatus(item["status"])
    booking = Booking.objects.create(
        registration=registration,
        page=page,
        start=start,
        end=start + occurrences.event_duration(event),
        status=BookingStatus.WAITING if status == BookingStatus.WAITING else BookingStatus.BOOKED,
        places=item["places"],
        reference=workflow.next_reference(),
        language=item["language"],
        name=item["name"],
        email=item["email"],
        phone=item.get("phone", ""),
        answers=answers_on(event, page, item.get("answers", {})),
        submission_token=uuid.uuid4(),
    )
    BookingMove.objects.create(booking=booking, to_status=booking.status)
    if status == BookingStatus.CANCELLED:
        workflow.move(booking, status, gettext_noop("Cancelled through the private link."))
    return booking
