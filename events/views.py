"""
The visitor's views of events, served by the events index and event pages
(Wagtail routable pages): the upcoming list, the month calendar, the archive,
the event page and the calendar feeds.
"""

import datetime
from dataclasses import dataclass
from itertools import groupby
from urllib.parse import urlencode

from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers

from core import navigation
from core.pagination import paginate, paginate_open_ended
from events import (
    calendar_grid,
    google_calendar,
    ics,
    jsonld,
    occurrences,
    repeats,
    restrictions,
    stored_dates,
)
from events.filters import EventFilters, overlapping
from users import two_factor

ICS_TYPE = "text/calendar; charset=utf-8"
NEXT_DATES = 6


def by_day(found):
    """[(date, [occurrence, ...]), ...] for a list already in order."""
    return [(day, list(items)) for day, items in groupby(found, key=lambda o: o.start.date())]


def upcoming(request, index):
    filters = EventFilters(request.GET, locale_id=index.locale_id)
    after, before = filters.period(timezone.now())
    dates = stored_dates.between(filters.filter(index.events()), after, before)
    # Pages go on without counting a year of dates: "Page 2", previous and next.
    page_obj = paginate_open_ended(
        request, lambda count: list(stored_dates.with_listed_events(dates)[:count]), index.per_page
    )
    page_obj.object_list = stored_dates.as_occurrences(page_obj.object_list)
    return index.render(
        request,
        template="events/event_index_page.html",
        context_overrides={
            "filters": filters,
            "page_obj": page_obj,
            "days": by_day(page_obj.object_list),
            "this_month_url": this_month_url(index),
        },
    )


def month_url(index, year, month):
    return index.url + index.reverse_subpage("month", args=(year, f"{month:02d}"))


def this_month_url(index):
    today = timezone.localdate()
    return month_url(index, today.year, today.month)


def month(request, index, year, month_number):
    if not (1 <= month_number <= 12 and 1900 <= year <= 2200):
        raise Http404
    first_day = datetime.date(year, month_number, 1)
    (prev_year, prev_month), (next_year, next_month) = calendar_grid.neighbours(year, month_number)
    after = datetime.datetime.combine(first_day, datetime.time(), occurrences.centre_timezone())
    before = datetime.datetime.combine(
        datetime.date(next_year, next_month, 1), datetime.time(), occurrences.centre_timezone()
    )
    found = month_occurrences(index, after, before)
    return index.render(
        request,
        template="events/month.html",
        context_overrides={
            "month_start": first_day,
            "weeks": calendar_grid.month_grid(
                year,
                month_number,
                found,
                timezone.localdate(),
                lambda day: day_list_url(index, day),
            ),
            "weekday_names": calendar_grid.weekday_names(),
            "previous_url": month_url(index, prev_year, prev_month),
            "next_url": month_url(index, next_year, next_month),
            "has_events": bool(found),
            "this_month_url": this_month_url(index),
        },
    )


@dataclass(frozen=True)
class EventLink:
    """What the month calendar shows of an event: its title, linked."""

    title: str
    url: str
    all_day: bool


def month_occurrences(index, after, before):
    """The occurrences of a month, in order, each with a link to its event.

    Months within a year are read from the stored dates, with only what the calendar
    shows of each event; a month further ahead is worked out from the events' rules.
    """
    if not stored_dates.are_stored(before):
        return occurrences.occurrences(overlapping(index.events(), after, before), after, before)
    rows = stored_dates.between(index.events(), after, before).values_list(
        "start", "end", "cancelled", "event_id", "event__title", "event__url_path", "event__all_day"
    )
    index_url, below = index.url, len(index.url_path)
    zone = occurrences.centre_timezone()
    links = {}
    found = []
    for start, end, cancelled, event_id, title, url_path, all_day in rows:
        link = links.get(event_id)
        if link is None:
            # Below the index, an event's address is the index's and the rest of its path.
            link = links[event_id] = EventLink(title, index_url + url_path[below:], all_day)
        found.append(stored_dates.as_occurrence(link, start, end, cancelled, zone=zone))
    return found


def day_list_url(index, day):
    """The events list of one day."""
    return index.url + "?" + urlencode({"date_from": day.isoformat(), "date_to": day.isoformat()})


def past(request, index):
    events = index.events().filter(last_end__lt=timezone.now()).order_by("-last_end", "-pk")
    return index.render(
        request,
        template="events/past.html",
        context_overrides={
            "page_obj": paginate(request, events, index.per_page),
            "this_month_url": this_month_url(index),
        },
    )


def ics_file(request, page_path):
    """
    The calendar file of a page, at the page's address with ".ics": the whole
    calendar at `/<lang>/events/feed.ics`, a programme's events at
    `/<lang>/programmes/<programme>.ics`, a festival edition's at
    `/<lang>/events/<edition>.ics`, one event at `/<lang>/events/<event>.ics`.
    """
    slugs = page_path.split("/")
    feed = slugs[-1] == "feed"
    page = page_at(request, slugs[:-1] if feed else slugs)
    # A restricted page's file answers as the page does, and is never kept in a cache.
    view_restrictions = list(page.get_view_restrictions())
    kept_out = two_factor.keep_out(request, view_restrictions)  # as the page's own hook
    if kept_out:
        return kept_out
    refused = restrictions.refusal(request, view_restrictions)
    if refused:
        return refused
    response = calendar_of(request, page, feed)
    if view_restrictions:
        add_never_cache_headers(response)
    return response


def calendar_of(request, page, feed):
    """The calendar file of a page (what it holds: events/calendars.py); not found for
    a page without one, or one without events (RFC 5545 allows no empty calendar)."""
    from events import calendars
    from events.models import EventIndexPage, EventPage

    if isinstance(page, EventPage) and not feed:
        response = calendar_response([page], request, page.title, page)
        response["Content-Disposition"] = f'attachment; filename="{page.slug}.ics"'
        return response
    if feed != isinstance(page, EventIndexPage):  # feed.ics is the index's, and only it
        raise Http404
    events = calendars.calendar_events(page, timezone.now())
    found = [] if events is None else list(events)
    if not found:
        raise Http404
    return calendar_response(found, request, calendars.calendar_name(page), page)


def page_at(request, slugs):
    """The live page at these slugs under the home page of the request's language."""
    page = navigation.localized_home(request)
    for slug in slugs:
        if page is None:
            raise Http404
        page = page.get_children().live().filter(slug=slug).first()
    if page is None:
        raise Http404
    return page.specific


def calendar_response(events, request, name, page):
    """`events` as a calendar file in the language of `page`, the page it belongs to."""
    calendar = ics.build_calendar(events, request, name, page.locale.language_code)
    return HttpResponse(calendar, content_type=ICS_TYPE)


def event_detail(request, event):
    return TemplateResponse(request, "events/event_page.html", event_context(request, event))


def event_context(request, event):
    """What an event's page shows, for its own address and its preview in the admin:
    the next date that takes place, the dates after it, performers, structured data and
    the ways to put it in a calendar."""
    now = timezone.now()
    coming = occurrences.occurrences_of(event, now, now + occurrences.HORIZON)
    # The next date that takes place (a cancelled date is shown as such in the list).
    taking_place = [occurrence for occurrence in coming if not occurrence.cancelled]
    shown = (taking_place or coming or [occurrences.first_occurrence(event)])[0]
    performers = [block.value for block in event.performers if block.value]
    data = jsonld.event_data(event, shown, request, performers=performers)
    return {
        **event.get_context(request),
        "occurrence": shown,
        "next_occurrences": coming[:NEXT_DATES] if event.is_recurring else [],
        "is_past": not coming,
        "performers": performers,
        "programme": navigation.linked_page(request, event.programme_id),
        "json_ld": jsonld.json_ld_script(data),
        # Nothing to add to Google for a date that does not take place.
        "google_calendar": None if shown.cancelled else google_calendar.link(event, shown, request),
        "ics_url": event.ics_url(),
        "recurrence_text": recurrence_text(event),
    }


def recurrence_text(event):
    if not event.is_recurring:
        return ""
    # The rules with their last date in Dushanbe time, as the dates listed are.
    return "; ".join(repeats.in_words(rule) for rule in occurrences.rules(event))
