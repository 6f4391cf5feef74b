"""The emails about an application, each in the language the applicant chose.

Emails are plain text: their templates are rendered without HTML escaping (a call
named “Bob's Music Award” stays so, not “Bob&#x27;s”).
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags

from applications.enums import ApplicationStatus
from applications.models import Application
from core.mail import from_address, render_text
from core.site_url import absolute_url


def in_admin(path):
    """An admin address, for emails to staff."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(application, kind, **params):
    if kind == "confirmation":
        send_confirmation(application)
    elif kind == "staff_notification":
        send_staff_notification(application)
    elif kind == "decision":
        send_decision(application, params["status"])
    elif kind == "withdrawal":
        send_withdrawal_confirmation(application)
    elif kind == "status_link":
        send_status_link(application)
    else:
        raise ValueError(kind)


def email_applicant(application, subject, body):
    """Send the applicant an email, from the centre named in their language."""
    EmailMessage(
        " ".join(subject.split()),
        body,
        from_email=from_address(application.language),
        to=[application.email],
    ).send()


def send_confirmation(application):
    with translation.override(application.language):
        context = {
            "application": application,
            "call": application.call,
            "message": strip_tags(application.call.confirmation_message),
            "status_url": absolute_url(application.get_status_url()),
        }
        subject = render_text("applications/email/confirmation_subject.txt", context)
        body = render_text("applications/email/confirmation.txt", context)
    email_applicant(application, subject, body)
    Application.objects.filter(pk=application.pk).update(confirmation_sent_at=timezone.now())


def send_staff_notification(application):
    address = application.call.notification_email
    if not address:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "application": application,
            "call": application.call,
            "admin_url": in_admin(reverse("applications_admin:inspect", args=[application.pk])),
        }
        subject = render_text("applications/email/staff_notification_subject.txt", context)
        body = render_text("applications/email/staff_notification.txt", context)
    EmailMessage(" ".join(subject.split()), body, to=[address]).send()
    Application.objects.filter(pk=application.pk).update(staff_notified_at=timezone.now())


class _Fill(dict):
    def __missing__(self, key):  # a placeholder staff mistyped stays as written
        return "{" + key + "}"


def decision_message(application, status):
    """The subject and text of the decision email, in the applicant's language."""
    from wagtail.models import Locale

    from applications.models import DecisionEmail

    templates = DecisionEmail.objects.filter(status=status).select_related("locale")
    by_language = {template.locale.language_code: template for template in templates}
    template = by_language.get(application.language) or by_language.get(
        Locale.get_default().language_code
    )
    with translation.override(application.language):
        values = _Fill(
            name=application.name,
            reference=application.reference,
            call=application.call.title,
            status_link=absolute_url(application.get_status_url()),
        )
        if template is None:
            context = {
                "application": application,
                "status_label": ApplicationStatus(status).label,
                "status_url": values["status_link"],
            }
            subject = render_text("applications/email/decision_subject.txt", context)
            body = render_text("applications/email/decision.txt", context)
        else:
            subject = template.subject.format_map(values)
            body = template.body.format_map(values)
    return " ".join(subject.split()), body


def send_decision(application, status):
    subject, body = decision_message(application, status)
    email_applicant(application, subject, body)


def send_withdrawal_confirmation(application):
    """Tells the applicant their application is withdrawn, as they asked on the status page."""
    send_about_status(application, "withdrawal")


def send_status_link(application):
    """The application's private link again, for an applicant who asked for it (lost_links.py)."""
    send_about_status(application, "status_link")


def send_about_status(application, template):
    """An email to the applicant with their status page's address, in their language:
    applications/email/<template>.txt and <template>_subject.txt."""
    with translation.override(application.language):
        context = {
            "application": application,
            "call": application.call,
            "status_url": absolute_url(application.get_status_url()),
        }
        subject = render_text(f"applications/email/{template}_subject.txt", context)
        body = render_text(f"applications/email/{template}.txt", context)
    email_applicant(application, subject, body)
