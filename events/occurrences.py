"""
The dates an event happens on.

An event happens once, from its start to its end, or again and again by its
recurrence (django-recurrence: rules and extra dates) less its cancelled dates.
Everything here is in the centre's time zone, Asia/Dushanbe. Cancelled dates are
not dropped: they come back as cancelled occurrences, with the note staff gave, so
a visitor who expects the weekly class sees that it does not take place.
"""

import copy
import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from recurrence import Recurrence

from events.enums import EventStatus

# How far ahead an open-ended series (a weekly class with no last date) is shown.
HORIZON = datetime.timedelta(days=366)
END_OF_DAY = datetime.time(23, 59, 59)


def centre_timezone():
    return ZoneInfo(settings.TIME_ZONE)


@dataclass(frozen=True)
class Occurrence:
    event: object  # the EventPage
    start: datetime.datetime  # aware, in the centre's time zone
    end: datetime.datetime  # aware; the end of the start day when staff gave no end
    cancelled: bool = False
    note: str = ""

    @property
    def all_day(self):
        return self.event.all_day

    @property
    def last_day(self):
        """The last date it takes place on (its end is exclusive: midnight ends the day before)."""
        return (self.end - datetime.timedelta(microseconds=1)).date()

    @property
    def days(self):
        """Every date this occurrence touches (a festival spans several)."""
        day, last_day = self.start.date(), self.last_day
        while day <= last_day:
            yield day
            day += datetime.timedelta(days=1)

    @property
    def is_multi_day(self):
        return self.start.date() != self.last_day


def _naive_local(value):
    return timezone.localtime(value, centre_timezone()).replace(tzinfo=None)


def _aware(naive):
    return naive.replace(tzinfo=centre_timezone())


def _local_date(value):
    """The calendar date of an excluded or extra date, whatever time it was stored with."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            return timezone.localtime(value, centre_timezone()).date()
        return value.date()
    return value


def event_duration(event):
    """How long one occurrence lasts."""
    start = _naive_local(event.start)
    if event.all_day:
        last_day = _naive_local(event.end).date() if event.end else start.date()
        return (
            datetime.datetime.combine(last_day, datetime.time())
            + datetime.timedelta(days=1)
            - datetime.datetime.combine(start.date(), datetime.time())
        )
    if event.end and event.end > event.start:
        return event.end - event.start
    # No end given: the event lasts until the end of its day.
    return (
        datetime.datetime.combine(start.date(), datetime.time())
        + datetime.timedelta(days=1)
        - start
    )


def _first_start(event):
    start = _naive_local(event.start)
    if event.all_day:
        return datetime.datetime.combine(start.date(), datetime.time())
    return start


def first_occurrence_start(event):
    """The start of the first occurrence, aware (midnight for an all-day event)."""
    return _aware(_first_start(event))


def extra_starts(event):
    """The starts of the extra dates staff added, at the event's time of day."""
    first = _first_start(event)
    return [
        _aware(datetime.datetime.combine(_local_date(value), first.time()))
        for value in event.recurrences.rdates
    ]


def excluded_starts(event):
    """The starts the excluded dates would have had, at the event's time of day."""
    first = _first_start(event)
    return [
        _aware(datetime.datetime.combine(day, first.time()))
        for day in sorted(excluded_dates(event))
    ]


def last_day_of_rule(rule):
    """The last date of a rule with an UNTIL, in the centre's time zone, or None.

    RFC 5545's UNTIL is inclusive, and the widget gives it as a date (midnight, in
    the editor's browser): the whole of that day belongs to the series, whatever the
    event's time of day.
    """
    return _local_date(rule.until) if rule.until is not None else None


def _with_whole_last_day(rules):
    """The rules, each UNTIL moved to the end of its date (naive, the centre's time)."""
    found = []
    for rule in rules:
        last_day = last_day_of_rule(rule)
        if last_day is not None:
            rule = copy.copy(rule)
            rule.until = datetime.datetime.combine(last_day, END_OF_DAY)
        found.append(rule)
    return found


def rules(event):
    """The event's repeat rules, each UNTIL taken as the whole of its last date."""
    return _with_whole_last_day(event.recurrences.rrules)


def is_recurring(event):
    recurrences = event.recurrences
    return bool(recurrences and (recurrences.rrules or recurrences.rdates))


def _series(event):
    """The event's recurrence without its excluded dates, extra dates at the event's time."""
    first = _first_start(event)
    recurrences = event.recurrences
    rdates = [
        datetime.datetime.combine(_local_date(value), first.time()) for value in recurrences.rdates
    ]
    return Recurrence(
        rrules=rules(event),
        exrules=_with_whole_last_day(recurrences.exrules),
        rdates=rdates,
    )


def excluded_dates(event):
    """The cancelled dates of a series: those staff list as cancelled, and any the
    rule itself still excludes (pages saved before those moved to the list)."""
    cancelled = set(event.date_notes_by_date())
    if not event.recurrences:
        return cancelled
    return cancelled | {_local_date(value) for value in event.recurrences.exdates}


def without_excluded_dates(recurrences):
    """(the recurrence without its excluded dates, the dates it excluded)."""
    if not recurrences or not recurrences.exdates:
        return recurrences, set()
    moved = {_local_date(value) for value in recurrences.exdates}
    kept = Recurrence(
        dtstart=recurrences.dtstart,
        dtend=recurrences.dtend,
        rrules=recurrences.rrules,
        exrules=recurrences.exrules,
        rdates=recurrences.rdates,
        include_dtstart=recurrences.include_dtstart,
    )
    return kept, moved


def occurrences_of(event, after, before):
    """The occurrences of `event` that are still going on at `after` and start before `before`."""
    duration = event_duration(event)
    first = _first_start(event)
    if is_recurring(event):
        starts = _series(event).between(
            _naive_local(after) - duration, _naive_local(before), dtstart=first, inc=True
        )
    else:
        starts = [first]
    excluded = excluded_dates(event)
    notes = event.date_notes_by_date()
    cancelled_event = event.is_cancelled
    found = []
    for naive_start in starts:
        start = _aware(naive_start)
        end = start + duration
        if end <= after or start >= before:
            continue
        day = naive_start.date()
        cancelled = cancelled_event or day in excluded
        found.append(Occurrence(event, start, end, cancelled, notes.get(day, "")))
    return found


def first_occurrence(event):
    start = first_occurrence_start(event)
    return Occurrence(event, start, start + event_duration(event), event.is_cancelled)


def occurrences(events, after, before):
    """The occurrences of many events between two moments, in order."""
    found = [occurrence for event in events for occurrence in occurrences_of(event, after, before)]
    return sorted(found, key=lambda occurrence: (occurrence.start, occurrence.event.title))


def last_end(event):
    """When the last occurrence ends, or None for a series without a last date."""
    duration = event_duration(event)
    if not is_recurring(event):
        return _aware(_first_start(event) + duration)
    if any(rule.until is None and rule.count is None for rule in event.recurrences.rrules):
        return None
    last = max(_series(event).occurrences(dtstart=_first_start(event)))
    return _aware(last + duration)


# What working out an event's dates reads of it.
TIMING_FIELDS = (
    "title",
    "start",
    "end",
    "all_day",
    "recurrences",
    "status",
    "date_notes",
    "first_start",
)


@dataclass(frozen=True, eq=False)
class EventTiming:
    """What working out an event's dates reads of it, without building the page
    (the migration that first stored the dates reads events so)."""

    pk: int
    title: str
    start: datetime.datetime
    end: datetime.datetime | None
    all_day: bool
    recurrences: Recurrence
    status: str
    date_notes: object  # the StreamValue of cancelled dates and their notes
    first_start: datetime.datetime

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    def date_notes_by_date(self):
        return notes_by_date(self.date_notes)


def notes_by_date(date_notes):
    """{date: note} from an event's cancelled dates (the note may be empty)."""
    return {block.value["date"]: block.value["note"] or "" for block in date_notes}
