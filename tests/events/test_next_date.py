"""An event page advertises the next date that takes place: in what it shows, in its
JSON-LD and in its Google Calendar link, which carries the series' rule when one rule
gives its dates and otherwise says it adds one date."""

import datetime
import json
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from django.utils import timezone

import icalendar
import pytest
import recurrence
import recurring_ical_events

from events.models import EventIndexPage, EventPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")
SCHEDULED = "https://schema.org/EventScheduled"
CANCELLED = "https://schema.org/EventCancelled"


def in_days(days, hour=18):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), DUSHANBE)


def weekly_class(slug="weekly-choir", cancelled=(), **rule):
    """A class every week at 18:00 since 13 days ago: its next dates are tomorrow, in
    8 days, in 15 days...; `cancelled`: days from today of dates that do not happen."""
    index = EventIndexPage.objects.get(locale__language_code="en")
    start = in_days(-13)
    event = EventPage(
        title="Weekly choir",
        slug=slug,
        category="class",
        start=start,
        end=start + datetime.timedelta(minutes=90),
        recurrences=recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY, **rule)]),
        date_notes=[
            ("note", {"date": in_days(days).date(), "note": "The hall is closed."})
            for days in cancelled
        ],
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


def json_ld(page):
    return json.loads(page.select_one('script[type="application/ld+json"]').string)


def google_link(page):
    link = page.select_one('a[href^="https://calendar.google.com/calendar/render"]')
    return link, parse_qs(urlsplit(link["href"]).query) if link else {}


def utc(moment):
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def google_dates(params, after, before):
    """The starts Google Calendar makes of the link: its date, repeated by its rule."""
    start, end = params["dates"][0].split("/")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:test", "BEGIN:VEVENT", "UID:link"]
    lines += ["DTSTAMP:20260101T000000Z", f"DTSTART:{start}", f"DTEND:{end}"]
    lines += params.get("recur", [])
    lines += ["END:VEVENT", "END:VCALENDAR"]
    calendar = icalendar.Calendar.from_ical("\r\n".join(lines) + "\r\n")
    return [
        found["DTSTART"].dt.astimezone(DUSHANBE)
        for found in recurring_ical_events.of(calendar).between(after, before)
    ]


def test_a_cancelled_next_date_is_not_advertised_as_on(client):
    event = weekly_class(cancelled=[1])

    page = soup(client.get(event.url))

    next_date = in_days(8)
    assert page.select_one(".facts time")["datetime"] == next_date.isoformat()
    data = json_ld(page)
    assert data["startDate"] == next_date.isoformat()
    assert data["eventStatus"] == SCHEDULED
    link, params = google_link(page)
    assert params["dates"] == [
        f"{utc(next_date)}/{utc(next_date + datetime.timedelta(minutes=90))}"
    ]
    # From that date on nothing is cancelled: the link carries the weekly rule.
    assert link.get_text(strip=True) == "Add every date to Google Calendar"
    assert google_dates(params, in_days(0, 0), in_days(23)) == [
        in_days(8),
        in_days(15),
        in_days(22),
    ]
    # The list still shows the date that does not take place, as cancelled.
    first = page.select(".dates li")[0]
    assert first.select_one("time")["datetime"] == in_days(1).isoformat()
    assert "Cancelled: The hall is closed." in first.get_text()


def test_a_series_with_nothing_cancelled_ahead_goes_to_google_with_its_rule(client):
    event = weekly_class(cancelled=[-6])  # a past cancelled date changes nothing ahead

    page = soup(client.get(event.url))

    link, params = google_link(page)
    assert link.get_text(strip=True) == "Add every date to Google Calendar"
    assert params["recur"][0].startswith("RRULE:FREQ=WEEKLY")
    listed = [
        datetime.datetime.fromisoformat(time["datetime"]) for time in page.select(".dates time")
    ]
    assert listed[0] == in_days(1) and len(listed) == 6
    assert google_dates(params, in_days(0, 0), listed[-1] + datetime.timedelta(hours=1)) == listed
    assert json_ld(page)["startDate"] == in_days(1).isoformat()


def test_a_counted_series_goes_to_google_ending_on_its_last_date(client):
    event = weekly_class(count=5)  # 13 and 6 days ago, then tomorrow, in 8 and 15 days

    page = soup(client.get(event.url))

    _link, params = google_link(page)
    assert "COUNT" not in params["recur"][0]
    assert "UNTIL" in params["recur"][0]
    assert google_dates(params, in_days(0, 0), in_days(60)) == [
        in_days(1),
        in_days(8),
        in_days(15),
    ]


def test_a_series_with_a_cancelled_date_later_on_adds_one_date(client):
    event = weekly_class(cancelled=[15])

    page = soup(client.get(event.url))

    link, params = google_link(page)
    assert params["dates"][0].startswith(utc(in_days(1)))
    assert "recur" not in params
    assert link.get_text(strip=True) == "Add the next date to Google Calendar"


def test_a_one_off_event_adds_its_date(client):
    index = EventIndexPage.objects.get(locale__language_code="en")
    event = EventPage(title="Recital", slug="recital", start=in_days(4), end=in_days(4, 20))
    index.add_child(instance=event)
    event.save_revision().publish()

    link, params = google_link(soup(client.get(event.url)))

    assert link.get_text(strip=True) == "Add to Google Calendar"
    assert params["dates"] == [f"{utc(in_days(4))}/{utc(in_days(4, 20))}"]
    assert "recur" not in params


def test_a_cancelled_event_offers_no_google_date_and_says_it_is_cancelled(client):
    index = EventIndexPage.objects.get(locale__language_code="en")
    event = EventPage(title="Called off", slug="called-off", status="cancelled", start=in_days(4))
    index.add_child(instance=event)
    event.save_revision().publish()

    page = soup(client.get(event.url))

    assert google_link(page)[0] is None
    assert json_ld(page)["eventStatus"] == CANCELLED
    assert page.select_one(f'a[href="{event.ics_url()}"]') is not None  # STATUS:CANCELLED


def test_when_every_date_ahead_is_cancelled_the_page_and_json_ld_say_so(client):
    event = weekly_class(cancelled=[1, 8], until=in_days(10).replace(tzinfo=None))

    page = soup(client.get(event.url))

    assert page.select_one(".facts time")["datetime"] == in_days(1).isoformat()
    assert "Cancelled" in page.select_one(".facts").get_text()
    assert json_ld(page)["eventStatus"] == CANCELLED
    assert google_link(page)[0] is None
