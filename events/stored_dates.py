"""
The events' dates kept in the database, one `EventOccurrence` row each.

An event's dates are worked out when it is saved (`work_out`, then `store`): every
date from its first start, and for a series with no last date those up to two years
ahead. `keep_dates_ahead` works such a series out again before its stored dates run
short of what listings show, once a day at most. Listings and the month calendar then
read the next dates in order with one query (`between`), however many events there are.
"""

import datetime

from django.core.cache import cache
from django.db import transaction
from django.db.models import DurationField, Exists, ExpressionWrapper, F, Max, OuterRef
from django.utils import timezone

from core.cache_versions import forget_now_and_after_commit
from events import occurrences, restrictions
from events.models.occurrences import EventOccurrence

# How far ahead a series with no last date is stored, and when it is worked out again:
# while at least a listing's horizon and two months more are stored, nothing is done.
STORED_AHEAD = 2 * occurrences.HORIZON
WORKED_OUT_AGAIN_WITHIN = occurrences.HORIZON + datetime.timedelta(days=60)
CHECKED_KEY = "events:stored-dates-checked-on"
LONGEST_KEY = "events:longest-stored-occurrence"
# What changes an event's dates: saving anything else (a revision, say) keeps them.
DATE_FIELDS = frozenset({"start", "end", "all_day", "recurrences", "status", "date_notes"})
DERIVED_FIELDS = ("first_start", "last_end", "dates_stored_until")


def work_out(event, now=None):
    """(the event's occurrences to store, the moment they are stored until or None for all)."""
    until = (now or timezone.now()) + STORED_AHEAD
    first = min([occurrences.first_occurrence_start(event), *occurrences.extra_starts(event)])
    found = occurrences.occurrences_of(event, first, until)
    last = occurrences.last_end(event)
    return found, None if last is not None and last <= until else until


def store(event_pk, found):
    """Replace the stored dates of one event with `found` (its occurrences)."""
    from wagtail.models import Page

    with transaction.atomic():
        # Two processes storing the same event's dates take turns (PostgreSQL).
        list(Page.objects.select_for_update().filter(pk=event_pk).values_list("pk", flat=True))
        EventOccurrence.objects.filter(event_id=event_pk).delete()
        EventOccurrence.objects.bulk_create(as_rows(EventOccurrence, event_pk, found))
    forget_now_and_after_commit(LONGEST_KEY)


def as_rows(model, event_pk, found):
    """The occurrences `found` as unsaved rows of `model` (EventOccurrence, or the
    migration's version of it)."""
    return [
        model(
            event_id=event_pk,
            start=occurrence.start,
            end=occurrence.end,
            cancelled=occurrence.cancelled,
            note=occurrence.note[:200],
        )
        for occurrence in found
    ]


def keep_dates_ahead(now=None, checked_on=None):
    """Work out again the series whose stored dates end too soon; checked once a day.
    `checked_on`: the day of the last check, when the caller has read it already."""
    from events.models import EventPage

    now = now or timezone.now()
    today = timezone.localdate(now).isoformat()
    if (checked_on or cache.get(CHECKED_KEY)) == today:
        return
    for event in EventPage.objects.filter(dates_stored_until__lt=now + WORKED_OUT_AGAIN_WITHIN):
        found, until = work_out(event, now)
        store(event.pk, found)
        EventPage.objects.filter(pk=event.pk).update(dates_stored_until=until)
    cache.set(CHECKED_KEY, today, 24 * 60 * 60)


def longest(found=None):
    """How long the longest stored occurrence lasts (kept in the cache until one is
    stored); `found`: what the caller has read of it already."""
    value = cache.get(LONGEST_KEY) if found is None else found
    if value is None:
        duration = ExpressionWrapper(F("end") - F("start"), output_field=DurationField())
        value = EventOccurrence.objects.aggregate(longest=Max(duration))["longest"]
        value = value or datetime.timedelta(0)
        cache.set(LONGEST_KEY, value, timeout=None)
    return value


def between(events, after, before):
    """The stored dates of `events` (a queryset) still going on at `after` and starting
    before `before`, in order: by start, then by title.

    The database walks the dates by start from the earliest that can still be going
    on at `after`, checks each one's event, and stops when it has enough.
    """
    return _in_period(after, before, Exists(events.filter(pk=OuterRef("event_id"))))


def _in_period(after, before, *conditions, **lookups):
    """The stored dates still going on at `after` and starting before `before` that
    meet `conditions` and `lookups`, in order: by start, then by title."""
    kept = cache.get_many([CHECKED_KEY, LONGEST_KEY])  # one round trip for both
    keep_dates_ahead(checked_on=kept.get(CHECKED_KEY))
    return EventOccurrence.objects.filter(
        *conditions,
        start__gte=after - longest(kept.get(LONGEST_KEY)),
        start__lt=before,
        end__gt=after,
        **lookups,
    ).order_by("start", "event__title", "event_id")


def with_listed_events(rows):
    """Stored dates (a queryset) read with what listings show of their events (title,
    address, category, status, venue, and the key of their places left, bookings/places.py)
    in the same query."""
    return rows.select_related("event__venue").only(
        "start",
        "end",
        "cancelled",
        "note",
        "event__title",
        "event__url_path",
        "event__category",
        "event__status",
        "event__all_day",
        "event__venue__name",
        "event__translation_key",
    )


def as_occurrences(rows):
    """Rows of `with_listed_events` as `Occurrence`s."""
    zone = occurrences.centre_timezone()
    return [
        as_occurrence(row.event, row.start, row.end, row.cancelled, row.note, zone) for row in rows
    ]


def as_occurrence(event, start, end, cancelled, note="", zone=None):
    """A stored date (its start and end as the database gives them, aware) as an
    `Occurrence`; `zone`: the centre's time zone, when the caller converts many."""
    zone = zone or occurrences.centre_timezone()
    return occurrences.Occurrence(
        event, start.astimezone(zone), end.astimezone(zone), cancelled, note
    )


def upcoming(count, now=None, **event_lookups):
    """The next `count` occurrences, from now, of the live, unrestricted events that match
    `event_lookups` (lookups on EventPage: `locale_id=...`).

    The event's conditions join its row, which the listing reads anyway, where
    `between` checks a subquery: for a few rows, building the query is most of the
    cost, and this one is simpler to build.
    """
    now = now or timezone.now()
    lookups = {f"event__{lookup}": value for lookup, value in event_lookups.items()}
    rows = _in_period(
        now,
        now + occurrences.HORIZON,
        restrictions.public_q("event__path"),
        event__live=True,
        **lookups,
    )
    return as_occurrences(with_listed_events(rows)[:count])


def are_stored(before, now=None):
    """Whether every event's dates until `before` are stored (the calendar's months to come)."""
    return before <= (now or timezone.now()) + occurrences.HORIZON
