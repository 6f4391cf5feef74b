"""The dates an event happens on, in Dushanbe time, across month and year edges."""

import datetime
from zoneinfo import ZoneInfo

import pytest
import recurrence

from events import occurrences
from events.models import EventPage

pytestmark = pytest.mark.django_db  # a page needs its locale

DUSHANBE = ZoneInfo("Asia/Dushanbe")


def at(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=DUSHANBE)


def event(**fields):
    page = EventPage(title="Class", slug="class", **fields)
    page.first_start, page.last_end = page.start, occurrences.last_end(page)
    return page


def test_a_weekly_class_crosses_the_year_at_its_local_time():
    weekly = event(
        start=at(2030, 12, 24, 18),
        end=at(2030, 12, 24, 19, 30),
        recurrences=recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY)]),
    )

    found = occurrences.occurrences_of(weekly, at(2030, 12, 20), at(2031, 1, 15))

    assert [o.start for o in found] == [
        at(2030, 12, 24, 18),
        at(2030, 12, 31, 18),
        at(2031, 1, 7, 18),
        at(2031, 1, 14, 18),
    ]
    assert found[1].start.astimezone(datetime.UTC).hour == 13
    assert all(o.end - o.start == datetime.timedelta(minutes=90) for o in found)


def test_a_monthly_rule_on_the_31st_skips_short_months():
    monthly = event(
        start=at(2031, 1, 31, 10),
        recurrences=recurrence.Recurrence(
            rrules=[recurrence.Rule(recurrence.MONTHLY, bymonthday=31)]
        ),
    )

    found = occurrences.occurrences_of(monthly, at(2031, 1, 1), at(2031, 6, 1))

    assert [o.start.date() for o in found] == [
        datetime.date(2031, 1, 31),
        datetime.date(2031, 3, 31),
        datetime.date(2031, 5, 31),
    ]


def test_an_extra_date_comes_at_the_events_time_and_an_excluded_one_is_cancelled():
    weekly = event(
        start=at(2031, 2, 4, 18),
        end=at(2031, 2, 4, 19),
        recurrences=recurrence.Recurrence(
            rrules=[recurrence.Rule(recurrence.WEEKLY, count=3)],
            rdates=[datetime.datetime(2031, 2, 7, tzinfo=datetime.UTC)],
            exdates=[datetime.datetime(2031, 2, 11, tzinfo=datetime.UTC)],
        ),
        date_notes=[("note", {"date": datetime.date(2031, 2, 11), "note": "Snow day"})],
    )

    found = occurrences.occurrences_of(weekly, at(2031, 2, 1), at(2031, 3, 1))

    assert [(o.start, o.cancelled, o.note) for o in found] == [
        (at(2031, 2, 4, 18), False, ""),
        (at(2031, 2, 7, 18), False, ""),
        (at(2031, 2, 11, 18), True, "Snow day"),
        (at(2031, 2, 18, 18), False, ""),
    ]
    assert weekly.last_end == at(2031, 2, 18, 19)


def test_a_cancelled_event_cancels_every_date():
    weekly = event(
        status="cancelled",
        start=at(2031, 2, 4, 18),
        recurrences=recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY, count=2)]),
    )

    found = occurrences.occurrences_of(weekly, at(2031, 2, 1), at(2031, 3, 1))

    assert [o.cancelled for o in found] == [True, True]


def test_an_all_day_show_touches_each_of_its_days():
    show = event(all_day=True, start=at(2031, 2, 27), end=at(2031, 3, 2))

    (found,) = occurrences.occurrences_of(show, at(2031, 2, 1), at(2031, 4, 1))

    assert list(found.days) == [
        datetime.date(2031, 2, 27),
        datetime.date(2031, 2, 28),
        datetime.date(2031, 3, 1),
        datetime.date(2031, 3, 2),
    ]
    assert show.last_end == at(2031, 3, 3)


def test_an_open_ended_series_has_no_last_end():
    weekly = event(
        start=at(2031, 2, 4, 18),
        recurrences=recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY)]),
    )

    assert weekly.last_end is None


@pytest.mark.parametrize("ends_in_hours, counts", [(1, True), (-1, False)])
def test_an_event_counts_as_upcoming_until_it_ends(ends_in_hours, counts):
    now = at(2031, 2, 4, 12)
    today = event(
        start=now - datetime.timedelta(hours=2), end=now + datetime.timedelta(hours=ends_in_hours)
    )

    found = occurrences.occurrences_of(today, now, now + occurrences.HORIZON)

    assert bool(found) is counts
