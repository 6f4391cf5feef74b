"""
The "Add to Google Calendar" link of an event page.

Google's link (calendar.google.com/calendar/render, action=TEMPLATE) takes one date
and, in `recur`, a repeat rule (RRULE:...), but no cancelled or extra dates. So a
series is added with its rule only when, from the date the link starts at on, its
dates are exactly that one rule's: no cancelled date or extra date still to come.
Otherwise the link adds that one date and says so; the .ics file beside it carries
every date.
"""

import copy
import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.translation import gettext as _

from events import ics, occurrences

RENDER_URL = "https://calendar.google.com/calendar/render"


@dataclass(frozen=True)
class GoogleCalendarLink:
    url: str
    label: str


def series_rule(event, occurrence):
    """The RRULE line that gives the event's dates from `occurrence` on, or "" when
    no single rule does (several rules, or cancelled or extra dates still to come)."""
    recurrences = event.recurrences
    if not occurrences.is_recurring(event) or len(recurrences.rrules) != 1 or recurrences.exrules:
        return ""
    day = occurrence.start.date()
    if any(start.date() >= day for start in occurrences.extra_starts(event)):
        return ""
    if any(excluded >= day for excluded in occurrences.excluded_dates(event)):
        return ""
    rule = recurrences.rrules[0]
    if rule.count is not None:
        # From a later date on, a count would count again: the last date says it.
        last_end = occurrences.last_end(event)
        last_start = last_end - occurrences.event_duration(event)
        rule = copy.copy(rule)
        rule.count = None
        rule.until = datetime.datetime.combine(last_start.date(), datetime.time())
    return "RRULE:" + ics.as_recur(event, rule).to_ical().decode()


def dates_of(occurrence):
    if occurrence.all_day:
        return "{}/{}".format(
            occurrence.start.strftime("%Y%m%d"), occurrence.end.strftime("%Y%m%d")
        )
    utc = datetime.UTC
    return "{}/{}".format(
        occurrence.start.astimezone(utc).strftime("%Y%m%dT%H%M%SZ"),
        occurrence.end.astimezone(utc).strftime("%Y%m%dT%H%M%SZ"),
    )


def link(event, occurrence, request):
    """The link that adds `occurrence` (the next date that takes place) to Google
    Calendar, with the rule of the series when it holds, and its label."""
    params = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": dates_of(occurrence),
        "details": event.get_full_url(request) or "",
        "ctz": occurrences.centre_timezone().key,
    }
    if event.venue:
        params["location"] = ", ".join(filter(None, [event.venue.name, event.venue.address]))
    label = _("Add to Google Calendar")
    if occurrences.is_recurring(event):
        rule = series_rule(event, occurrence)
        if rule:
            params["recur"] = rule
            label = _("Add every date to Google Calendar")
        else:
            label = _("Add the next date to Google Calendar")
    return GoogleCalendarLink(RENDER_URL + "?" + urlencode(params), label)
