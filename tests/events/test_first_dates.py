"""
Listings find the next dates a week at a time, from light rows, and read whole only
the events they show: the same dates, in the same order, as expanding the whole year.
"""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

from wagtail.models import Page

import pytest
import recurrence

from events import occurrences
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")


@pytest.fixture
def index():
    return EventIndexPage.objects.get(locale__language_code="en")


def add_event(index, title, days_ahead, weekly=False):
    start = datetime.datetime.combine(
        timezone.localdate() + datetime.timedelta(days=days_ahead), datetime.time(18), DUSHANBE
    )
    event = EventPage(
        title=title,
        category="concert",
        start=start,
        end=start + datetime.timedelta(hours=2),
        recurrences=recurrence.Recurrence(
            rrules=[recurrence.Rule(recurrence.WEEKLY)] if weekly else []
        ),
    )
    index.add_child(instance=event)
    event.save_revision().publish()
    return event


def dates(found):
    return [(occurrence.start, occurrence.event.pk) for occurrence in found]


@pytest.mark.parametrize("count", [1, 4, 20, 60, 500])
def test_the_first_dates_are_those_of_the_whole_year(index, count):
    add_event(index, "Concert in three months", 90)
    add_event(index, "Weekly jam from next month", 35, weekly=True)
    now = timezone.now()
    before = now + occurrences.HORIZON
    events = index.events().filter(first_start__lt=before)

    light = occurrences.first_occurrences(occurrences.timing_only(events), now, before, count)
    whole = occurrences.occurrences(list(events), now, before)[:count]

    assert dates(light) == dates(whole)
    assert [o.cancelled for o in light] == [o.cancelled for o in whole]


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
