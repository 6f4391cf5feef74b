"""
The ways a notice reaches a person: email, and whatever else settings name.

settings.BOOKING_NOTICE_SENDERS lists the senders' dotted paths; each booking gets the
notice through each sender that can reach it. A sender is a class with a `name`,
`reaches(booking)` and `send(booking, subject, body)`; `send` raises
`TemporaryFailure` (or an OSError, as smtplib does) when the provider cannot take the
message now, and the mail worker tries again later. docs/booking-notices.md shows how
to add one (an SMS or Telegram provider).
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils.module_loading import import_string

from core.mail import from_address

logger = logging.getLogger(__name__)


class TemporaryFailure(Exception):
    """The provider could not take the message now: try again later."""


# What the mail worker retries after (core.mail.RETRY_DELAYS); anything else fails the task.
RETRIED = (OSError, TemporaryFailure)


class Sender:
    """The interface each channel implements (docs/booking-notices.md): `name` for the
    log, `reaches` and `send`; EmailSender and ConsoleSender are the two shipped."""

    name = ""

    def reaches(self, booking):
        """Whether this sender can reach the person (an SMS needs a phone number)."""
        return True

    def send(self, booking, subject, body):
        """Deliver the message, or raise TemporaryFailure to be tried again later."""
        raise NotImplementedError


class EmailSender(Sender):
    name = "email"

    def send(self, booking, subject, body):
        EmailMessage(
            subject, body, from_email=from_address(booking.language), to=[booking.email]
        ).send()


class ConsoleSender(Sender):
    """For development: writes the message to the log, as an SMS provider would send it."""

    name = "console"

    def reaches(self, booking):
        return bool(booking.phone)

    def send(self, booking, subject, body):
        logger.info("Notice for booking %s by text message:\n%s\n\n%s", booking.pk, subject, body)


def sender(path):
    return import_string(path)()


def sender_paths():
    return list(settings.BOOKING_NOTICE_SENDERS)
