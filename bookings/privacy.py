"""Deleting bookings, which are personal data: old ones, or one person's on request.

A booking goes BOOKING_RETENTION_DAYS after its date (for a place in a whole series,
after the series' last date; a series with no last date keeps its bookings). Its log of
moves goes with it. A place erased before its date goes to the people waiting.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from bookings import workflow
from bookings.enums import HOLDING_PLACES
from bookings.models import Booking, Registration
from core.page_cache import content_changed


def retention_cutoff(now=None):
    return (now or timezone.now()) - datetime.timedelta(days=settings.BOOKING_RETENTION_DAYS)


def delete_bookings(queryset, now=None):
    """Delete the bookings; places freed on dates to come are offered to those waiting.
    Returns how many bookings went."""
    now = now or timezone.now()
    with transaction.atomic():
        freeing = queryset.filter(status__in=HOLDING_PLACES, start__gte=now)
        registrations = set(freeing.values_list("registration_id", flat=True))
        _rows, deleted = queryset.delete()  # the bookings, and their moves with them
    for registration in Registration.objects.filter(pk__in=registrations):
        workflow.offer_places_of_every_date(registration, now)
    count = deleted.get(Booking._meta.label, 0)
    if count:
        content_changed()  # the places left that pages show (bookings/places.py)
    return count


def delete_old_bookings(now=None):
    dated = Booking.objects.annotate(
        over=Coalesce("end", "start", "registration__event__last_end")
    ).filter(over__lt=retention_cutoff(now))
    return delete_bookings(Booking.objects.filter(pk__in=list(dated.values_list("pk", flat=True))))


def erase_bookings(email):
    return delete_bookings(Booking.objects.filter(email__iexact=email.strip()))
