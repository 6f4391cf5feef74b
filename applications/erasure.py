"""Deleting applicants' data: old applications, or one person's on request.

Deleting an application deletes its files from storage (see signals.py) and its
reviews; the history keeps only that an application was erased, not who applied.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from applications.models import Application, DataProtectionSettings


def retention_cutoff(now=None):
    months = DataProtectionSettings.load().retention_months
    return (now or timezone.now()) - datetime.timedelta(days=round(months * 30.44))


def delete_applications(queryset):
    """Delete the applications and their files; return how many applications went."""
    with transaction.atomic():
        count = queryset.count()
        for application in queryset.prefetch_related("files"):
            application.delete()
    return count


def delete_old_applications(now=None):
    return delete_applications(Application.objects.filter(submitted_at__lt=retention_cutoff(now)))


def erase_applicant(email):
    return delete_applications(Application.objects.filter(email__iexact=email.strip()))
