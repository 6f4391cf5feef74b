"""Emails to partner accounts, sent by the mail worker in the language they signed up in.

What is queued is the account and the kind of email, never a link: the verification
and password reset links are made when the email is written, so no token waits in the
queue. A failing mail server is tried again on the applications' schedule.
"""

import logging

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from django_tasks import task

from applications.emails import render_text
from applications.tasks import RETRY_DELAYS
from core.mail import from_address
from core.site_url import absolute_url
from resources import verification

logger = logging.getLogger(__name__)

VERIFY, ALREADY_REGISTERED, PASSWORD_RESET = "verify", "already-registered", "password-reset"


def links(user, kind):
    """The addresses the email of `kind` gives, in the current language."""
    if kind == VERIFY:
        return {"verify_url": absolute_url(verification.verification_url(user))}
    if kind == PASSWORD_RESET:
        uid = urlsafe_base64_encode(force_bytes(user.pk))
        token = default_token_generator.make_token(user)
        path = reverse("resources:password-reset-confirm", args=[uid, token])
        return {"reset_url": absolute_url(path)}
    return {
        "sign_in_url": absolute_url(reverse("resources:sign-in")),
        "reset_url": absolute_url(reverse("resources:password-reset")),
    }


def send(user, kind, language):
    with translation.override(language):
        context = {"user": user, **links(user, kind)}
        subject = render_text(f"resources/email/{kind}_subject.txt", context)
        body = render_text(f"resources/email/{kind}.txt", context)
    EmailMessage(
        " ".join(subject.split()), body, from_email=from_address(language), to=[user.email]
    ).send()


def queue(user, kind, language):
    """Send the email once the transaction that asked for it is committed."""
    transaction.on_commit(lambda: send_account_email.enqueue(user.pk, kind, language))


@task(backend="mail")
def send_account_email(user_id, kind, language, attempt=0):
    user = get_user_model().objects.filter(pk=user_id).first()
    if user is None:  # deleted meanwhile
        return
    try:
        send(user, kind, language)
    except OSError:  # smtplib's errors and refused connections are OSErrors
        if attempt >= len(RETRY_DELAYS):
            logger.error("Gave up sending %s email to account %s", kind, user_id)
            raise
        logger.warning("Could not send %s email to account %s; will retry.", kind, user_id)
        send_account_email.using(run_after=timezone.now() + RETRY_DELAYS[attempt]).enqueue(
            user_id, kind, language, attempt=attempt + 1
        )
