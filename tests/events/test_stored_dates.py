"""
Listings read the events' dates from stored rows (events.stored_dates), worked out when
an event is saved: the same dates, in the same order, as working out the rules, and
in step with what staff publish.
"""

import datetime
import importlib
from zoneinfo import ZoneInfo

from django.apps import apps
from django.utils import timezone

from wagtail.models import Page

import pytest
import recurrence

from events import occurrences, stored_dates
from events.models import EventIndexPage, EventOccurrence, EventPage, FestivalPage
from home.models import HomePage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")
WEEKLY = recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY)])


@pytest.fixture
def index():
    return EventIndexPage.objects.get(locale__language_code="en")


def in_days(days, hour=18):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), DUSHANBE)


def add_event(parent, title, days_ahead, weekly=False, **fields):
    start = in_days(days_ahead)
    fields.setdefault("recurrences", WEEKLY if weekly else recurrence.Recurrence())
    event = EventPage(
        title=title,
        category="concert",
        start=start,
        end=start + datetime.timedelta(hours=2),
        **fields,
    )
    parent.add_child(instance=event)
    event.save_revision().publish()
    return event


def dates(found):
    return [(o.start, o.end, o.event.pk, o.cancelled, o.note) for o in found]


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".occurrence__title a")]


@pytest.mark.parametrize("count", [1, 4, 20, 60, 500])
def test_the_stored_dates_are_those_the_rules_give(index, count):
    add_event(index, "Concert in three months", 90)
    add_event(index, "Weekly jam from next month", 35, weekly=True)
    skipped = in_days(-20 + 9 * 7).date()  # the tenth week
    add_event(
        index,
        "Weekly class with a day off",
        -20,
        recurrences=recurrence.Recurrence(
            rrules=[recurrence.Rule(recurrence.WEEKLY)],
            exdates=[datetime.datetime.combine(skipped, datetime.time(), datetime.UTC)],
        ),
        date_notes=[("note", {"date": skipped, "note": "The hall is closed."})],
    )
    now = timezone.now()
    before = now + occurrences.HORIZON

    stored = stored_dates.upcoming(count, now, locale_id=index.locale_id)
    worked_out = occurrences.occurrences(list(index.events()), now, before)[:count]

    assert dates(stored) == dates(worked_out)
    if count == 500:
        assert (True, "The hall is closed.") in [(o.cancelled, o.note) for o in stored]


def test_a_published_change_of_dates_shows_at_once_and_a_draft_does_not(client, index):
    event = add_event(index, "Moving concert", 3)
    assert "Moving concert" in titles(client.get(index.url))

    event.start, event.end = in_days(500), in_days(500, 20)
    event.save_revision()  # a draft: the public dates stay
    assert "Moving concert" in titles(client.get(index.url))

    EventPage.objects.get(pk=event.pk).get_latest_revision().publish()
    assert "Moving concert" not in titles(client.get(index.url))
    assert list(EventOccurrence.objects.filter(event=event).values_list("start", flat=True)) == [
        in_days(500)
    ]


def test_an_unpublished_event_leaves_the_lists_and_a_deleted_one_its_dates(client, index):
    event = add_event(index, "Withdrawn recital", 2, weekly=True)
    event.unpublish()
    assert "Withdrawn recital" not in titles(client.get(index.url))

    event.delete()
    assert not EventOccurrence.objects.filter(event_id=event.pk).exists()


def test_a_series_with_no_last_date_is_stored_further_as_time_passes(index):
    event = add_event(index, "Endless weekly class", 1, weekly=True)
    stored_until = EventPage.objects.get(pk=event.pk).dates_stored_until
    assert stored_until == pytest.approx(
        timezone.now() + stored_dates.STORED_AHEAD, abs=datetime.timedelta(minutes=1)
    )

    a_year_on = timezone.now() + datetime.timedelta(days=400)
    assert len(stored_dates.upcoming(60, a_year_on, pk=event.pk)) < 52

    stored_dates.keep_dates_ahead(a_year_on)

    assert len(stored_dates.upcoming(60, a_year_on, pk=event.pk)) in (52, 53)
    assert EventPage.objects.get(pk=event.pk).dates_stored_until > a_year_on + occurrences.HORIZON


def test_a_finished_series_is_stored_whole(index):
    event = add_event(
        index,
        "Four lessons",
        1,
        recurrences=recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY, count=4)]),
    )

    assert EventOccurrence.objects.filter(event=event).count() == 4
    assert EventPage.objects.get(pk=event.pk).dates_stored_until is None


def test_the_month_calendar_more_than_a_year_ahead_still_shows_a_weekly_class(client, index):
    add_event(index, "Weekly rehearsal", 1, weekly=True)
    month = in_days(500).date()
    assert not stored_dates.are_stored(in_days(500))

    page = soup(client.get(f"{index.url}{month:%Y/%m}/"))

    links = [a.get_text(strip=True) for a in page.select(".calendar__events a")]
    assert links.count("18:00 Weekly rehearsal") >= 4


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_links_in_the_month_calendar_are_the_events_own_addresses(client, language):
    index = EventIndexPage.objects.get(locale__language_code=language)
    festival = FestivalPage.objects.live().get(locale=index.locale)
    first = EventPage.objects.live().child_of(festival).order_by("start").first()
    addresses = {event.url for event in EventPage.objects.live().descendant_of(index)}

    page = soup(client.get(f"{index.url}{first.start:%Y/%m}/"))

    links = {a["href"] for a in page.select(".calendar__events a")}
    assert first.url in links
    assert links <= addresses


def test_a_busy_day_shows_four_events_and_links_to_its_whole_list(client, index):
    day = in_days(3).date()
    for number in range(6):
        add_event(index, f"Busy day concert {number}", 3)

    page = soup(client.get(f"{index.url}{day:%Y/%m}/"))

    cell = next(
        td
        for td in page.select("td:not(.calendar__other)")
        if td.select_one(".calendar__number").get_text() == str(day.day)
    )
    assert len(cell.select(".calendar__events li")) == 4
    more = cell.select_one("a.calendar__more")
    day_list = soup(client.get(more["href"]))
    listed = [a.get_text(strip=True) for a in day_list.select(".occurrence__title a")]
    assert {f"Busy day concert {n}" for n in range(6)} <= set(listed)
    assert more.get_text(strip=True) == f"and {len(listed) - 4} more"


def test_the_home_page_finds_a_concert_months_ahead_when_nothing_comes_sooner(client, index):
    Page.objects.filter(pk__in=EventPage.objects.filter(locale=index.locale)).update(live=False)
    add_event(index, "The only concert", 120)

    page = soup(client.get(HomePage.objects.get(locale=index.locale).url))

    assert "The only concert" in page.get_text()


def test_the_events_list_goes_on_page_after_page_in_order(client, index):
    add_event(index, "Weekly rehearsal", 1, weekly=True)
    first = soup(client.get(index.url))
    second = soup(client.get(index.url + "?page=2"))

    def starts(page):  # all-day dates show no time
        return [time["datetime"] for time in page.select(".occurrence__time time")]

    assert len(first.select("article.occurrence")) == index.per_page
    assert starts(first) == sorted(starts(first))
    assert min(starts(second)) >= max(starts(first))
    assert first.select_one(".pagination a[rel=next]")["href"].endswith("page=2")
    assert second.select_one(".pagination span").get_text(strip=True) == "Page 2"
    assert second.select_one(".pagination a[rel=prev]")


def test_a_page_past_the_end_of_the_events_list_gives_the_first(client, index):
    first = soup(client.get(index.url))

    far = soup(client.get(index.url + "?page=999"))

    assert far.select(".occurrence__title") == first.select(".occurrence__title")


def test_the_migration_stores_the_dates_of_events_already_there(index):
    add_event(index, "Old weekly class", -30, weekly=True)
    expected = sorted(EventOccurrence.objects.values_list("event_id", "start", "cancelled"))
    EventOccurrence.objects.all().delete()
    migration = importlib.import_module("events.migrations.0002_stored_dates")

    migration.store_dates_of_existing_events(apps, None)

    assert sorted(EventOccurrence.objects.values_list("event_id", "start", "cancelled")) == expected
