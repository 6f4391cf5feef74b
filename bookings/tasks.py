"""
Emails about bookings and the expiry of offers, run by the background worker
(django-tasks, database backend "mail", as applications' emails), never inside the
visitor's request. A failing mail server loses nothing: the task schedules itself
again after core.mail.RETRY_DELAYS.
"""

import logging

from django.utils import timezone

from django_tasks import task

from core.mail import RETRY_DELAYS

logger = logging.getLogger(__name__)


def queue_email(booking_id, kind):
    send_booking_email.enqueue(booking_id, kind)


def queue_offer(booking_id, offered_until):
    """The offer's email now, and a look for expired offers once it runs out."""
    send_booking_email.enqueue(booking_id, "offered")
    expire_offers.using(run_after=offered_until).enqueue()


@task(backend="mail")
def send_booking_email(booking_id, kind, attempt=0):
    from bookings import emails
    from bookings.models import Booking

    booking = Booking.objects.select_related("registration", "page").filter(pk=booking_id).first()
    if booking is None:  # erased meanwhile: nothing to say
        return
    try:
        emails.send(booking, kind)
    except OSError as error:  # smtplib's errors and refused connections are OSErrors
        if attempt >= len(RETRY_DELAYS):
            logger.error("Gave up sending %s email for booking %s: %s", kind, booking_id, error)
            raise
        logger.warning(
            "Could not send %s email for booking %s (attempt %s); will retry.",
            kind,
            booking_id,
            attempt + 1,
        )
        send_booking_email.using(run_after=timezone.now() + RETRY_DELAYS[attempt]).enqueue(
            booking_id, kind, attempt=attempt + 1
        )


@task(backend="mail")
def expire_offers():
    from bookings import workflow

    workflow.expire_offers()
