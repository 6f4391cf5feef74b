"""Times in one style per language, 24-hour, and time ranges that never wrap: on the
event page, the events list, the month calendar and the home page (issue 19)."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from events.models import EventIndexPage, EventPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")
TUESDAY = datetime.date(2026, 12, 1)
# Word joiners (U+2060) hold the dash to the hours: "12:30–14:00" never breaks.
HOURS = "12:30\u2060–\u206014:00"
WHEN = {
    "en": f"Tue 1 Dec 2026, {HOURS}",
    "ru": f"Вт 1 декабря 2026, {HOURS}",
    "tg": f"Сш 1 декабри 2026, {HOURS}",
}


def at(hour, minute=0):
    return datetime.datetime.combine(TUESDAY, datetime.time(hour, minute), DUSHANBE)


@pytest.fixture
def lunchtime_concert(time_machine, request):
    """A concert at 12:30 until 14:00 in the visitor's language, seen at noon."""
    time_machine.move_to(at(12))
    index = EventIndexPage.objects.get(locale__language_code=request.param)
    event = EventPage(
        title="Lunchtime concert", slug="lunchtime-concert", start=at(12, 30), end=at(14)
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


def occurrence_of(page, title):
    return next(
        item
        for item in page.select(".occurrence, .next-event")
        if item.select_one("a").get_text(strip=True) == title
    )


@pytest.mark.parametrize("lunchtime_concert", ["en", "ru", "tg"], indirect=True)
def test_the_event_page_says_when_in_the_languages_style(client, lunchtime_concert):
    language = lunchtime_concert.locale.language_code

    page = soup(client.get(lunchtime_concert.url))

    assert page.select_one(".facts time").get_text() == WHEN[language]


@pytest.mark.parametrize("lunchtime_concert", ["en", "ru", "tg"], indirect=True)
def test_lists_calendar_and_home_show_24_hour_times(client, lunchtime_concert):
    index = lunchtime_concert.get_parent().specific
    home = index.get_parent()

    listed = occurrence_of(soup(client.get(index.url)), "Lunchtime concert")
    month = soup(client.get(f"{index.url}2026/12/"))
    coming = occurrence_of(soup(client.get(home.url)), "Lunchtime concert")

    assert listed.select_one(".occurrence__time time").get_text() == HOURS
    calendar_entries = [a.get_text() for a in month.select(".calendar__events a")]
    assert "12:30 Lunchtime concert" in calendar_entries
    assert coming.select_one(".occurrence__meta").get_text().startswith(HOURS + " · ")
