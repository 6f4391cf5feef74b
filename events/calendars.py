"""
What each calendar file (.ics) the site offers holds, and where it is offered.

- The whole calendar of a language (`/<lang>/events/feed.ics`): what is coming, and
  what took place in the three months up to its latest event that did.
- A programme (`/<lang>/programmes/<programme>.ics`): its events and those of its
  festival editions: what is coming, and what took place in the year up to its
  latest event that did (a festival programme between editions keeps its last one).
- A festival edition (`/<lang>/events/<edition>.ics`): all its events, past ones too.
- One event (`/<lang>/events/<event>.ics`): that event.

So a calendar holds something whenever its page has any public event. A page with
none offers no calendar (no link) and its file is not found: RFC 5545 allows no
calendar without a component.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Exists, Max, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext as _

from wagtail.models import Page

from core.page_cache import for_content_version
from events.models import EventIndexPage, EventPage, FestivalPage
from programmes.models import ProgrammePage

# How much of the past the whole calendar and a programme's calendar keep.
FEED_PAST = datetime.timedelta(days=92)
PROGRAMME_PAST = datetime.timedelta(days=366)


@dataclass(frozen=True)
class CalendarLink:
    """Where a page offers its calendar file, and what the link says."""

    url: str
    label: str


def programme_events(programme):
    """The live, public events of a programme in its language: those that name it (in
    any language) and those of its festival editions."""
    key = programme.translation_key
    # An event's parent's path is its own less one step.
    parent_path = Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    in_its_festival = FestivalPage.objects.live().filter(
        programme__translation_key=key, path=parent_path
    )
    return (
        EventPage.listed()
        .filter(locale_id=programme.locale_id)
        .filter(Q(programme__translation_key=key) | Exists(in_its_festival))
    )


def events_of(page):
    """The live, public events a page's calendar draws from; None for a page without
    a calendar of events (an event's own file holds the event)."""
    if isinstance(page, EventIndexPage):
        return page.events()
    if isinstance(page, FestivalPage):
        return EventPage.listed().child_of(page)
    if isinstance(page, ProgrammePage):
        return programme_events(page)
    return None


def recent_and_coming(events, past, now):
    """`events` still to come or going on, and those that ended within `past` before
    the latest of them that ended."""
    latest = events.filter(last_end__lt=now).aggregate(latest=Max("last_end"))["latest"]
    since = (latest or now) - past
    return events.exclude(last_end__lt=since)


def calendar_events(page, now):
    """What the calendar of `page` (an events index, festival edition or programme)
    holds, in order of first date; None when the page has no calendar."""
    events = events_of(page)
    if events is None:
        return None
    if isinstance(page, EventIndexPage):
        events = recent_and_coming(events, FEED_PAST, now)
    elif not isinstance(page, FestivalPage):  # a programme
        events = recent_and_coming(events, PROGRAMME_PAST, now)
    return events.order_by("first_start", "pk")


def calendar_name(page):
    """The calendar's name in calendar apps: a programme's with the events index's title."""
    if not isinstance(page, ProgrammePage):
        return page.title
    index = EventIndexPage.objects.live().filter(locale_id=page.locale_id).first()
    return f"{page.title} – {index.title}" if index else page.title


def link_of(page):
    """The link to the calendar file of `page`, or None when it offers none: it has
    no calendar, or no public event (checked once per content version)."""
    events = events_of(page)
    if events is None:
        return None
    if not for_content_version(f"events:calendar-offered:{page.pk}", events.exists):
        return None
    if isinstance(page, EventIndexPage):
        return CalendarLink(
            page.feed_url(), _("Add the whole calendar to your calendar app (.ics)")
        )
    url = page.url.rstrip("/") + ".ics"
    if isinstance(page, FestivalPage):
        return CalendarLink(url, _("Add this festival's events to your calendar app (.ics)"))
    return CalendarLink(url, _("Add this programme's events to your calendar app (.ics)"))
