"""The email telling a contributor what the moderators decided about their material,
in the language of their partner account, with the moderators' message.

Queued by resource and decision, once the decision is committed (resources/moderation.py),
and sent by the mail worker, which tries again on the applications' schedule.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone, translation

from django_tasks import task

from core.mail import RETRY_DELAYS, from_address, render_text
from core.site_url import absolute_url

logger = logging.getLogger(__name__)


def queue(resource_id, status):
    send_moderation_email.enqueue(resource_id, status)


def language_of(user):
    account = getattr(user, "partner_account", None)
    return account.language if account is not None else settings.LANGUAGE_CODE


def send(resource, status):
    user = resource.submitted_by
    if user is None or not user.email:  # a staff material, or the account was deleted
        return
    language = language_of(user)
    with translation.override(language):
        context = {
            "user": user,
            "material": resource,
            "status": status,
            "message": resource.moderation_message,
            "materials_url": absolute_url(reverse("resources:my-materials")),
        }
        subject = render_text("resources/email/moderation_subject.txt", context)
        body = render_text("resources/email/moderation.txt", context)
    EmailMessage(
        " ".join(subject.split()), body, from_email=from_address(language), to=[user.email]
    ).send()


@task(backend="mail")
def send_moderation_email(resource_id, status, attempt=0):
    from resources.models import Resource

    resource = (
        Resource.objects.select_related("submitted_by__partner_account")
        .filter(pk=resource_id)
        .first()
    )
    if resource is None:  # deleted meanwhile
        return
    try:
        send(resource, status)
    except OSError:  # smtplib's errors and refused connections are OSErrors
        if attempt >= len(RETRY_DELAYS):
            logger.error("Gave up sending the moderation email of material %s", resource_id)
            raise
        logger.warning(
            "Could not send the moderation email of material %s; will retry.", resource_id
        )
        send_moderation_email.using(run_after=timezone.now() + RETRY_DELAYS[attempt]).enqueue(
            resource_id, status, attempt=attempt + 1
        )
