"""A rule's last date (UNTIL, inclusive by RFC 5545) takes place, wherever dates are shown."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurrence
import recurring_ical_events

from events.models import EventIndexPage, EventOccurrence, EventPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")
LAST_DAY = datetime.date(2027, 3, 9)
TUESDAYS = [
    datetime.date(2027, 2, 16),
    datetime.date(2027, 2, 23),
    datetime.date(2027, 3, 2),
    LAST_DAY,
]


def at(day, hour=0):
    return datetime.datetime.combine(day, datetime.time(hour), DUSHANBE)


# What the widget writes for "until 09.03.2027": midnight in the editor's browser, in
# UTC; a browser in UTC, and one in Dushanbe (which gives the evening before in UTC).
UNTIL_FROM_BROWSERS = {
    "utc": datetime.datetime(2027, 3, 9, tzinfo=datetime.UTC),
    "dushanbe": datetime.datetime(2027, 3, 8, 19, tzinfo=datetime.UTC),
}


@pytest.fixture(params=list(UNTIL_FROM_BROWSERS))
def weekly_until(request):
    index = EventIndexPage.objects.get(locale__language_code="en")
    event = EventPage(
        title="Tuesday ensemble",
        slug="tuesday-ensemble",
        category="class",
        start=at(TUESDAYS[0], 19),
        end=at(TUESDAYS[0], 21),
        recurrences=recurrence.Recurrence(
            rrules=[
                recurrence.Rule(
                    recurrence.WEEKLY,
                    byday=[recurrence.TU],
                    until=UNTIL_FROM_BROWSERS[request.param],
                )
            ]
        ),
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def test_the_page_lists_the_last_date_and_says_until_it(client, weekly_until):
    page = soup(client.get(weekly_until.url))

    listed = [time["datetime"] for time in page.select(".dates time")]
    assert listed == [at(day, 19).isoformat() for day in TUESDAYS]
    facts = page.select_one(".facts").get_text()
    assert "every Tuesday, until 9 Mar 2027" in facts  # its last date, whatever the time zone


def test_the_stored_dates_end_on_the_last_date(weekly_until):
    stored = EventOccurrence.objects.filter(event=weekly_until).order_by("start")

    assert [row.start for row in stored] == [at(day, 19) for day in TUESDAYS]
    assert weekly_until.last_end == at(LAST_DAY, 21)


def test_the_month_calendar_shows_the_last_date(client, weekly_until):
    month = soup(client.get("/en/events/2027/03/"))

    days_with_it = [
        int(cell.select_one(".calendar__number").get_text())
        for cell in month.select("td:not(.calendar__other)")
        if "Tuesday ensemble" in cell.get_text()
    ]
    assert days_with_it == [2, 9]


def test_calendar_apps_keep_the_last_date_of_the_ics(client, weekly_until):
    response = client.get(weekly_until.url.rstrip("/") + ".ics")
    calendar = icalendar.Calendar.from_ical(response.content)

    (vevent,) = calendar.walk("VEVENT")
    (until,) = vevent["RRULE"]["UNTIL"]
    assert until == datetime.datetime(2027, 3, 9, 18, 59, 59, tzinfo=datetime.UTC)
    expanded = recurring_ical_events.of(calendar).between(
        datetime.date(2027, 1, 1), datetime.date(2027, 12, 31)
    )
    assert [event["DTSTART"].dt.astimezone(DUSHANBE) for event in expanded] == [
        at(day, 19) for day in TUESDAYS
    ]


def test_an_all_day_series_ends_on_its_last_date_in_the_ics(client, weekly_until):
    weekly_until.all_day = True
    weekly_until.save_revision().publish()

    response = client.get(weekly_until.url.rstrip("/") + ".ics")
    calendar = icalendar.Calendar.from_ical(response.content)

    (vevent,) = calendar.walk("VEVENT")
    assert vevent["RRULE"]["UNTIL"] == [LAST_DAY]
    expanded = recurring_ical_events.of(calendar).between(
        datetime.date(2027, 1, 1), datetime.date(2027, 12, 31)
    )
    assert [event["DTSTART"].dt for event in expanded] == TUESDAYS
