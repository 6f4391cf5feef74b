"""Deleting applicants' data: old applications, or one person's on request.

Deleting an application deletes its files from storage (see signals.py) and its
reviews. Its history goes too: what is left is one entry saying that an application
was erased, and when, with neither its reference nor anything of the applicant.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log

from applications.models import Application, ApplicationLogEntry, DataProtectionSettings
from applications.models.history import ERASED_LABEL


def retention_cutoff(now=None):
    months = DataProtectionSettings.load().retention_months
    return (now or timezone.now()) - datetime.timedelta(days=round(months * 30.44))


def delete_applications(queryset):
    """Delete the applications and their files; return how many applications went."""
    with transaction.atomic():
        count = queryset.count()
        for application in queryset.prefetch_related("files"):
            forget_history(application)
            application.delete()
    return count


def forget_history(application):
    """Replace the application's history with the bare fact of its erasure."""
    ApplicationLogEntry.objects.for_instance(application).delete()
    log(instance=application, action="applications.erased", title=ERASED_LABEL, deleted=True)


def delete_old_applications(now=None):
    return delete_applications(Application.objects.filter(submitted_at__lt=retention_cutoff(now)))


def erase_applicant(email):
    return delete_applications(Application.objects.filter(email__iexact=email.strip()))
