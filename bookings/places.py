"""
Places left, as visitors see them on an event's page and in the listings.

Both read through the site's one page cache: the numbers are kept under the content
version (core/page_cache.py), and a change of the places held on a date (a booking, a
cancellation, an offer made or run out) changes that version after its commit, as
publishing a page does. So a cached page never shows stale places, the event page
costs no query once warm, and a listing of any size costs two queries when cold
(its events' registrations, then one query grouping the places held by date).
"""

import hashlib

from django.db.models import Count, Q, Sum
from django.utils import timezone

from bookings import workflow
from bookings.enums import HOLDING_PLACES, BookingStatus, RegistrationMode
from bookings.forms import availability
from bookings.models import Booking, Registration
from core.page_cache import for_content_version

# How many of an event's next dates its page tells the places left of.
NEXT_DATES_SHOWN = 3


def open_registration(event_key):
    return (
        Registration.objects.filter(event_key=event_key).exclude(mode=RegistrationMode.NONE).first()
    )


def work_out_next_places(event, now):
    """{"waiting_list": bool, "dates": [(start or None, places left)]}, or None."""
    from bookings.views import dates_to_book  # the booking form's own choice of dates

    registration = open_registration(event.translation_key)
    if registration is None:
        return None
    if registration.per_date:
        starts = [o.start for o in dates_to_book(registration, event, now)][
            : NEXT_DATES_SHOWN
            + 1  # one more, for a date that starts within the hour
        ]
    else:
        starts = [None]
    left = workflow.open_places(registration, starts) if starts else {}
    return {
        "waiting_list": registration.waiting_list,
        "dates": [(start, left[start]) for start in starts],
    }


def next_places(event, now=None):
    """[(start or None, "2 places left")] for the event's next dates, in the current
    language; [] for an event without registration."""
    now = now or timezone.now()
    # Worked out again each hour at most, as dates pass.
    key = f"bookings:places:{event.translation_key}:{now:%Y%m%d%H}"
    found = for_content_version(key, lambda: work_out_next_places(event, now) or {})
    if not found:
        return []
    coming = [(start, left) for start, left in found["dates"] if start is None or start > now]
    return [
        (start, availability(left, found["waiting_list"]))
        for start, left in coming[:NEXT_DATES_SHOWN]
    ]


def work_out_places_of(keys):
    """{(event_key, start): (places open to new bookings, waiting list)} for these
    (event key, start) pairs: two queries."""
    event_keys = {event_key for event_key, _start in keys}
    registrations = {
        registration.event_key: registration
        for registration in Registration.objects.filter(event_key__in=event_keys).exclude(
            mode=RegistrationMode.NONE
        )
    }
    if not registrations:
        return {}
    counts = {
        (row["registration__event_key"], row["start"]): (row["held"] or 0, row["waiting"])
        for row in Booking.objects.filter(registration__in=registrations.values())
        .values("registration__event_key", "start")
        .annotate(
            held=Sum("places", filter=Q(status__in=HOLDING_PLACES)),
            waiting=Count("pk", filter=Q(status=BookingStatus.WAITING)),
        )
        .order_by()
    }
    places = {}
    for event_key, start in keys:
        registration = registrations.get(event_key)
        if registration is None:
            continue
        date = start if registration.per_date else None
        left = workflow.open_after(registration.capacity, *counts.get((event_key, date), (0, 0)))
        places[(event_key, start)] = (left, registration.waiting_list)
    return places


def places_in_listing(occurrences, now=None):
    """{(event key, start): "2 places left"} for the listed dates still to come."""
    now = now or timezone.now()
    keys = sorted(
        {
            (occurrence.event.translation_key, occurrence.start)
            for occurrence in occurrences
            if not occurrence.cancelled and occurrence.start > now
        }
    )
    if not keys:
        return {}
    digest = hashlib.sha256(repr(keys).encode()).hexdigest()
    found = for_content_version(f"bookings:listing:{digest}", lambda: work_out_places_of(keys))
    return {key: availability(left, waiting_list) for key, (left, waiting_list) in found.items()}
