"""The events list's day headings name the year only for days not in this year."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from events.models import EventIndexPage, EventPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")
NEW_YEARS_EVE_WEEK = datetime.date(2026, 12, 28)  # a Monday
TUESDAY = datetime.date(2026, 12, 29)
NEXT_YEARS_FRIDAY = datetime.date(2027, 1, 8)


def at(day, hour):
    return datetime.datetime.combine(day, datetime.time(hour), DUSHANBE)


@pytest.fixture
def events_list(time_machine):
    """The events list in each language, with an event on the last Tuesday of 2026 and
    on the first Friday after New Year."""
    time_machine.move_to(at(NEW_YEARS_EVE_WEEK, 10))
    indexes = {}
    for language in ["en", "ru", "tg"]:
        index = EventIndexPage.objects.get(locale__language_code=language)
        for slug, day in [("year-end-concert", TUESDAY), ("new-year-class", NEXT_YEARS_FRIDAY)]:
            event = EventPage(title=slug, slug=slug, start=at(day, 19), end=at(day, 21))
            index.add_child(instance=event)
            event.save_revision().publish()
        indexes[language] = index
    return indexes


def heading_of(client, index, day):
    """The heading over `day`'s events, in a list filtered to that day."""
    query = {"date_from": day.isoformat(), "date_to": day.isoformat()}
    page = soup(client.get(index.url, query))
    return page.select_one(f"h2#day-{day.isoformat()}").get_text(strip=True)


@pytest.mark.parametrize(
    ("language", "this_year", "next_year"),
    [
        ("en", "Tuesday, 29 December", "Friday, 8 January 2027"),
        ("ru", "Вторник, 29 декабря", "Пятница, 8 января 2027"),
        ("tg", "Сешанбе, 29 декабри", "Ҷумъа, 8 январи 2027"),
    ],
)
def test_a_day_of_next_year_is_headed_with_its_year(
    client, events_list, language, this_year, next_year
):
    index = events_list[language]

    assert heading_of(client, index, TUESDAY) == this_year
    assert heading_of(client, index, NEXT_YEARS_FRIDAY) == next_year


def test_in_the_new_year_its_days_are_headed_without_the_year(client, events_list, time_machine):
    time_machine.move_to(at(datetime.date(2027, 1, 2), 10))

    assert heading_of(client, events_list["en"], NEXT_YEARS_FRIDAY) == "Friday, 8 January"
