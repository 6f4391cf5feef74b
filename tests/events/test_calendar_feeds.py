"""Calendar files, read back with independent iCalendar libraries."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurrence
import recurring_ical_events

from events.models import EventIndexPage, EventPage
from programmes.models import ProgrammePage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")


@pytest.fixture
def index():
    return EventIndexPage.objects.get(locale__language_code="en")


def publish(parent, **fields):
    event = EventPage(**fields)
    parent.add_child(instance=event)
    event.save_revision().publish()
    return event


def at(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=DUSHANBE)


@pytest.fixture
def january_2031(index):
    """A weekly class across the new year with one date off, a three-day show, a concert."""
    publish(
        index,
        title="Winter class",
        slug="winter-class",
        category="class",
        start=at(2030, 12, 17, 18),
        end=at(2030, 12, 17, 19, 30),
        recurrences=recurrence.Recurrence(
            rrules=[recurrence.Rule(recurrence.WEEKLY)],
            exdates=[datetime.datetime(2031, 1, 14, tzinfo=datetime.UTC)],
        ),
    )
    publish(
        index,
        title="Winter show",
        slug="winter-show",
        category="exhibition",
        all_day=True,
        start=at(2031, 1, 20),
        end=at(2031, 1, 22),
    )
    publish(
        index,
        title="New year concert",
        slug="new-year-concert",
        start=at(2031, 1, 9, 19),
        end=at(2031, 1, 9, 21),
    )


def calendar_from(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_the_feed_holds_a_recurring_event_once_with_its_rule_and_excluded_date(
    client, index, january_2031
):
    calendar = calendar_from(client.get(f"{index.url}feed.ics"))

    winter = [e for e in calendar.walk("VEVENT") if e["SUMMARY"] == "Winter class"]
    assert len(winter) == 1
    assert winter[0]["RRULE"]["FREQ"] == ["WEEKLY"]
    excluded = winter[0]["EXDATE"]
    assert [d.dt for d in excluded.dts] == [at(2031, 1, 14, 18)]
    assert winter[0]["DTSTART"].dt == at(2030, 12, 17, 18)
    zones = [zone["TZID"] for zone in calendar.walk("VTIMEZONE")]
    assert zones == ["Asia/Dushanbe"]


def test_the_feed_expands_to_exactly_what_the_month_calendar_shows(client, index, january_2031):
    calendar = calendar_from(client.get(f"{index.url}feed.ics"))
    in_feed = sorted(
        (event["SUMMARY"], _local(event["DTSTART"].dt))
        for event in recurring_ical_events.of(calendar).between(
            datetime.date(2031, 1, 1), datetime.date(2031, 2, 1)
        )
    )

    month = soup(client.get(f"{index.url}2031/01/"))
    on_page = []
    for cell in month.select("td:not(.calendar__other)"):
        day = int(cell.select_one(".calendar__number").get_text())
        for item in cell.select(".calendar__events li:not(.calendar__cancelled) a"):
            text = item.get_text(strip=True)
            if text[:2].isdigit() and text[2] == ":":
                hour, minute = int(text[:2]), int(text[3:5])
                on_page.append((text[6:], at(2031, 1, day, hour, minute)))
            else:  # an all-day event: shown on each of its days
                on_page.append((text, at(2031, 1, day)))
    first_days = sorted({(title, start) for title, start in on_page if title != "Winter show"})
    show_days = sorted(start for title, start in on_page if title == "Winter show")

    assert first_days == [(t, s) for t, s in in_feed if t != "Winter show"]
    assert [s for t, s in in_feed if t == "Winter show"] == [show_days[0]]
    assert show_days == [at(2031, 1, 20), at(2031, 1, 21), at(2031, 1, 22)]
    assert ("Winter class", at(2031, 1, 14, 18)) not in in_feed


def _local(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(DUSHANBE)
    return datetime.datetime.combine(value, datetime.time(), DUSHANBE)


def test_uid_is_stable_and_a_cancelled_event_says_so(client, index):
    event = publish(
        index,
        title="Called off",
        slug="called-off",
        status="cancelled",
        start=at(2031, 3, 3, 19),
        end=at(2031, 3, 3, 21),
    )

    first = calendar_from(client.get(event.url.rstrip("/") + ".ics"))
    second = calendar_from(client.get(event.url.rstrip("/") + ".ics"))

    (vevent,) = first.walk("VEVENT")
    assert vevent["STATUS"] == "CANCELLED"
    assert vevent["UID"] == f"event-{event.translation_key}-en@bactria-culture-centre"
    assert second.walk("VEVENT")[0]["UID"] == vevent["UID"]


def test_one_event_downloads_as_a_file(client, index):
    event = publish(index, title="Talk", slug="talk", start=at(2031, 4, 1, 18))

    response = client.get("/en/events/talk.ics")

    assert response["Content-Disposition"] == 'attachment; filename="talk.ics"'
    assert calendar_from(response).walk("VEVENT")[0]["SUMMARY"] == event.title


def test_a_programme_feed_holds_only_that_programmes_events(client, index):
    jazz = ProgrammePage.objects.get(locale__language_code="en", slug="jazz-academy")
    publish(index, title="Jazz night", slug="jazz-night", programme=jazz, start=at(2031, 5, 5, 19))
    publish(index, title="Poetry night", slug="poetry-night", start=at(2031, 5, 6, 19))

    calendar = calendar_from(client.get("/en/programmes/jazz-academy.ics"))

    titles = {event["SUMMARY"] for event in calendar.walk("VEVENT")}
    assert "Jazz night" in titles
    assert "Poetry night" not in titles


def test_the_russian_feed_carries_the_russian_titles_and_uids_of_its_own(client):
    russian = EventIndexPage.objects.get(locale__language_code="ru")
    english = EventIndexPage.objects.get(locale__language_code="en")

    ru = calendar_from(client.get(f"{russian.url}feed.ics"))
    en = calendar_from(client.get(f"{english.url}feed.ics"))

    ru_uids = {str(e["UID"]) for e in ru.walk("VEVENT")}
    en_uids = {str(e["UID"]) for e in en.walk("VEVENT")}
    # The same events, each with a UID of its own in each language.
    assert not ru_uids & en_uids
    assert {uid.replace("-ru@", "@") for uid in ru_uids} == {
        uid.replace("-en@", "@") for uid in en_uids
    }
    assert "Джазовая академия: занятие ансамбля" in {e["SUMMARY"] for e in ru.walk("VEVENT")}


@pytest.mark.parametrize("path", ["/en/nothing-here.ics", "/en/about.ics", "/en/news/feed.ics"])
def test_a_page_without_a_calendar_has_no_ics(client, path):
    assert client.get(path).status_code == 404
