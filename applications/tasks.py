"""
Emails about applications, sent by the background worker (django-tasks, database
backend "mail"), never inside the visitor's request.

A failing mail server does not lose anything: the application is already stored,
and the task schedules itself again later (after 1, 5, 30 minutes, then 2 and 6
hours) until the mail goes out.
"""

import logging

from django.utils import timezone

from django_tasks import task

from applications import emails
from core.mail import RETRY_DELAYS

logger = logging.getLogger(__name__)


def queue_receipt_emails(application_id):
    send_application_email.enqueue(application_id, "confirmation")
    send_application_email.enqueue(application_id, "staff_notification")


def queue_decision_email(application_id, status):
    send_application_email.enqueue(application_id, "decision", status=status)


def queue_withdrawal_email(application_id):
    send_application_email.enqueue(application_id, "withdrawal")


def queue_status_link_email(application_id):
    send_application_email.enqueue(application_id, "status_link")


@task(backend="mail")
def send_application_email(application_id, kind, attempt=0, **params):
    from applications.models import Application

    application = Application.objects.select_related("call").filter(pk=application_id).first()
    if application is None:  # erased meanwhile: nothing to say
        return
    try:
        emails.send(application, kind, **params)
    except OSError as error:  # smtplib's errors and refused connections are OSErrors
        if attempt >= len(RETRY_DELAYS):
            logger.error(
                "Gave up sending %s email for application %s: %s", kind, application_id, error
            )
            raise
        logger.warning(
            "Could not send %s email for application %s (attempt %s); will retry.",
            kind,
            application_id,
            attempt + 1,
        )
        send_application_email.using(run_after=timezone.now() + RETRY_DELAYS[attempt]).enqueue(
            application_id, kind, attempt=attempt + 1, **params
        )
