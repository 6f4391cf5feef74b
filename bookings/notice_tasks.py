"""
Notices of changes of plan, sent by the background worker (django-tasks, database
backend "mail") through each sender, one task per person and sender: a failing mail
server delays the email alone, which is tried again after core.mail.RETRY_DELAYS.
The log names the notice, the booking's number and the sender, never the person.
"""

import logging

from django.utils import timezone

from django_tasks import task

from bookings import senders
from core.mail import RETRY_DELAYS

logger = logging.getLogger(__name__)


def queue_notice(notice_id, booking_id):
    for path in senders.sender_paths():
        send_notice.enqueue(notice_id, booking_id, path)


@task(backend="mail")
def send_notice(notice_id, booking_id, sender_path, attempt=0):
    from bookings import notices
    from bookings.models import Booking, BookingNotice

    notice = BookingNotice.objects.select_related("event", "venue").filter(pk=notice_id).first()
    booking = Booking.objects.select_related("page").filter(pk=booking_id).first()
    if notice is None or booking is None:  # erased meanwhile: nothing to say
        return
    sender = senders.sender(sender_path)
    if not sender.reaches(booking):
        return
    subject, body = notices.message(notice, booking)
    try:
        sender.send(booking, subject, body)
    except senders.RETRIED as error:
        if attempt >= len(RETRY_DELAYS):
            logger.error(
                "Gave up sending notice %s to booking %s by %s: %s",
                notice_id,
                booking_id,
                sender.name,
                error,
            )
            raise
        logger.warning(
            "Could not send notice %s to booking %s by %s (attempt %s); will retry.",
            notice_id,
            booking_id,
            sender.name,
            attempt + 1,
        )
        send_notice.using(run_after=timezone.now() + RETRY_DELAYS[attempt]).enqueue(
            notice_id, booking_id, sender_path, attempt=attempt + 1
        )
        return
    logger.info("Sent notice %s to booking %s by %s.", notice_id, booking_id, sender.name)
