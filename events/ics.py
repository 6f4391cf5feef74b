"""
iCalendar (.ics) files, built with the icalendar library.

A recurring event is written once, with its RRULE, RDATE and EXDATE (its cancelled
dates), not as a copy per date. Its UID is the same in every export and differs
per language (it carries the language code): a calendar app that subscribed to the
feed updates the event instead of adding it again, and one that imports two
languages keeps both. Times carry the Asia/Dushanbe zone, described by a VTIMEZONE.
What each calendar holds: events/calendars.py.
"""

import datetime

from django.conf import settings
from django.utils import timezone

from icalendar import Calendar, Event, vRecur
from recurrence import serialize

from events import occurrences
from events.enums import EventStatus

DOMAIN = "bactria-culture-centre"


def event_uid(event, language):
    """The event's UID in the calendar of `language` (a language code)."""
    return f"event-{event.translation_key}-{language}@{DOMAIN}"


def build_calendar(events, request, name, language):
    calendar = Calendar()
    calendar.add("prodid", "-//Bactria Culture Centre//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for event in events:
        calendar.add_component(build_event(event, request, language))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def build_event(event, request, language):
    first = occurrences.first_occurrence_start(event)
    duration = occurrences.event_duration(event)
    vevent = Event()
    vevent.add("uid", event_uid(event, language))
    vevent.add("dtstamp", event.last_published_at or timezone.now())
    vevent.add("summary", event.title)
    url = event.get_full_url(request)
    if url:
        vevent.add("url", url)
    description = "\n\n".join(part for part in [event.summary, url] if part)
    if description:
        vevent.add("description", description)
    if event.venue:
        vevent.add("location", ", ".join(filter(None, [event.venue.name, event.venue.address])))
    if event.all_day:
        vevent.add("dtstart", first.date())
        vevent.add("dtend", first.date() + datetime.timedelta(days=duration.days or 1))
    else:
        vevent.add("dtstart", first)
        vevent.add("dtend", first + duration)
    if occurrences.is_recurring(event):
        for rule in event.recurrences.rrules:
            vevent.add("rrule", as_recur(event, rule))
        extra = occurrences.extra_starts(event)
        if extra:
            vevent.add("rdate", [_value(event, start) for start in extra])
        excluded = occurrences.excluded_starts(event)
        if excluded:
            vevent.add("exdate", [_value(event, start) for start in excluded])
    vevent.add("status", "CANCELLED" if event.status == EventStatus.CANCELLED else "CONFIRMED")
    return vevent


def as_recur(event, rule):
    """The rule as an RRULE; its UNTIL is the end of its last date (RFC 5545: UNTIL is
    inclusive), in UTC as the RFC asks with a zoned start, or that date for an all-day
    event, so calendar apps keep the last date as the site does."""
    # django-recurrence writes "RRULE:<value>"; icalendar parses the value.
    recur = vRecur.from_ical(serialize(rule).removeprefix("RRULE:"))
    last_day = occurrences.last_day_of_rule(rule)
    if last_day is not None:
        if event.all_day:
            recur["UNTIL"] = [last_day]
        else:
            end = datetime.datetime.combine(
                last_day, occurrences.END_OF_DAY, occurrences.centre_timezone()
            )
            recur["UNTIL"] = [end.astimezone(datetime.UTC)]
    return recur


def _value(event, start):
    return start.date() if event.all_day else start
