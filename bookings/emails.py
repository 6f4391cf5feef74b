"""The emails about a booking, each in the language the person booked in (plain text)."""

from django.core.mail import EmailMessage
from django.utils import translation

from bookings.answers import answers_given
from bookings.enums import BookingStatus
from bookings.ics import booking_calendar
from core.mail import from_address, render_text
from core.site_url import absolute_url

# An email for each status a booking is given, and "link": the private link again,
# for someone who asked for it (lost_links.py).
KINDS = (BookingStatus.BOOKED, BookingStatus.WAITING, BookingStatus.OFFERED, "link")


def send(booking, kind):
    if kind not in KINDS:
        raise ValueError(kind)
    with translation.override(booking.language):
        context = {
            "booking": booking,
            "event": booking.page,
            "answers": answers_given(booking),
            "private_url": absolute_url(booking.get_private_url()),
        }
        subject = render_text(f"bookings/email/{kind}_subject.txt", context)
        body = render_text(f"bookings/email/{kind}.txt", context)
    message = EmailMessage(
        " ".join(subject.split()),
        body,
        from_email=from_address(booking.language),
        to=[booking.email],
    )
    if kind == BookingStatus.BOOKED:
        message.attach(f"{booking.reference}.ics", booking_calendar(booking), "text/calendar")
    message.send()
