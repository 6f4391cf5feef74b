"""The emails about an application, each in the language the applicant chose."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import strip_tags

from applications.models import Application


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(application, kind, **params):
    if kind == "confirmation":
        send_confirmation(application)
    elif kind == "staff_notification":
        send_staff_notification(application)
    else:
        raise ValueError(kind)


def send_confirmation(application):
    with translation.override(application.language):
        context = {
            "application": application,
            "call": application.call,
            "message": strip_tags(application.call.confirmation_message),
            "status_url": absolute(application.get_status_url()),
        }
        subject = render_to_string("applications/email/confirmation_subject.txt", context)
        body = render_to_string("applications/email/confirmation.txt", context)
    EmailMessage(" ".join(subject.split()), body, to=[application.email]).send()
    Application.objects.filter(pk=application.pk).update(confirmation_sent_at=timezone.now())


def send_staff_notification(application):
    address = application.call.notification_email
    if not address:
        return
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "application": application,
            "call": application.call,
            "admin_url": absolute(f"/admin/applications/application/inspect/{application.pk}/"),
        }
        subject = render_to_string("applications/email/staff_notification_subject.txt", context)
        body = render_to_string("applications/email/staff_notification.txt", context)
    EmailMessage(" ".join(subject.split()), body, to=[address]).send()
    Application.objects.filter(pk=application.pk).update(staff_notified_at=timezone.now())
