"""What a visitor sees of events: the list, the month, the archive, an event and a festival."""

import datetime
import json
from zoneinfo import ZoneInfo

from django.utils import timezone

import pytest
import recurrence

from bookings.models import Booking
from events.models import EventIndexPage, EventPage, FestivalPage, Venue
from tests.helpers import soup, warm_query_count

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")
LANGUAGES = ["en", "ru", "tg"]


def index_in(language):
    return EventIndexPage.objects.get(locale__language_code=language)


def publish(parent, **fields):
    event = EventPage(**fields)
    parent.add_child(instance=event)
    event.save_revision().publish()
    return event


def in_days(days, hour=19):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), DUSHANBE)


@pytest.mark.parametrize("language", LANGUAGES)
def test_upcoming_list_shows_the_next_events_in_each_language(client, language):
    index = index_in(language)

    page = soup(client.get(index.url))

    assert page.select_one("html")["lang"] == language
    titles = [a.get_text(strip=True) for a in page.select(".occurrence__title a")]
    assert titles, "the demo always has something coming up"
    expected = {
        event.title
        for event in EventPage.objects.live()
        .descendant_of(index)
        .filter(first_start__lt=timezone.now() + datetime.timedelta(days=30))
        if event.last_end is None or event.last_end > timezone.now()
    }
    assert expected & set(titles)


@pytest.mark.parametrize("language", LANGUAGES)
def test_month_view_is_a_calendar_grid_with_previous_and_next(client, language):
    index = index_in(language)
    today = timezone.localdate()

    response = client.get(f"{index.url}{today.year}/{today.month:02d}/")

    assert response.status_code == 200
    page = soup(response)
    assert len(page.select("table.calendar thead th")) == 7
    assert page.select_one('td[aria-current="date"]') is not None
    assert page.select_one("a[rel=prev]")["href"].startswith(index.url)
    assert page.select_one("a[rel=next]")["href"].startswith(index.url)


def test_a_month_with_nothing_on_is_kept_from_search_engines_and_their_crawlers(client):
    index = index_in("tg")
    today = timezone.localdate()

    this_month = soup(client.get(f"{index.url}{today.year}/{today.month:02d}/"))
    empty = soup(client.get(f"{index.url}1900/01/"))

    assert this_month.select_one("table.calendar a[href]")  # the demo's events
    assert this_month.select_one('meta[name="robots"]') is None
    # Its "previous month" leads on for ever: a crawler must not follow it.
    assert empty.select_one('meta[name="robots"]')["content"] == "noindex, nofollow"


@pytest.mark.parametrize("path", ["2026/13/", "2026/00/", "0999/01/", "2026/1x/"])
def test_a_bad_month_is_not_found(client, path):
    assert client.get(index_in("en").url + path).status_code == 404


@pytest.mark.parametrize("language", LANGUAGES)
def test_past_events_are_archived(client, language):
    index = index_in(language)

    page = soup(client.get(index.url + "past/"))

    shown = [a.get_text(strip=True) for a in page.select(".card__title a")]
    festival_events = EventPage.objects.live().child_of(
        FestivalPage.objects.get(locale__language_code=language)
    )
    assert {event.title for event in festival_events} <= set(shown)


def test_an_event_today_is_upcoming_until_it_ends(client):
    index = index_in("en")
    now = timezone.now()
    publish(
        index,
        title="Open rehearsal",
        slug="open-rehearsal",
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
    )
    publish(
        index,
        title="Morning lecture",
        slug="morning-lecture",
        start=now - datetime.timedelta(hours=3),
        end=now - datetime.timedelta(hours=2),
    )

    titles = [a.get_text(strip=True) for a in soup(client.get(index.url)).select(".occurrence a")]

    assert "Open rehearsal" in titles
    assert "Morning lecture" not in titles


def test_filters_by_category_and_a_bad_value_gives_nothing_not_an_error(client):
    index = index_in("en")

    classes = soup(client.get(index.url, {"category": "class"}))
    bad = client.get(index.url, {"category": "karaoke", "venue": "nope"})

    metas = [p.get_text() for p in classes.select(".occurrence__meta")]
    assert metas and all("Class" in meta for meta in metas)
    assert bad.status_code == 200
    assert soup(bad).select(".occurrence") == []


def test_a_cancelled_date_of_a_weekly_class_shows_as_cancelled_with_its_note(client):
    index = index_in("en")
    start = in_days(-14, hour=18)
    cancelled_day = (start + datetime.timedelta(weeks=3)).date()
    publish(
        index,
        title="Weekly ensemble",
        slug="weekly-ensemble",
        category="class",
        start=start,
        end=start + datetime.timedelta(minutes=90),
        recurrences=recurrence.Recurrence(
            rrules=[recurrence.Rule(recurrence.WEEKLY)],
            exdates=[datetime.datetime.combine(cancelled_day, datetime.time(), datetime.UTC)],
        ),
        date_notes=[("note", {"date": cancelled_day, "note": "The hall is closed."})],
    )

    page = soup(client.get(index.url, {"date_from": cancelled_day.isoformat()}))

    ensemble = [o for o in page.select(".occurrence") if "Weekly ensemble" in o.get_text()]
    day = ensemble[0].find_parent("section").select_one("h2").get_text()
    assert day == cancelled_day.strftime("%A, %-d %B")
    assert "Cancelled: The hall is closed." in ensemble[0].select_one(".status").get_text()
    assert ensemble[1].select_one(".status") is None  # the week after takes place


def test_event_page_has_dates_venue_calendar_links_and_json_ld(client):
    venue = Venue.objects.filter(locale__language_code="en").first()
    event = publish(
        index_in("en"),
        title="Maqom evening",
        slug="maqom-evening",
        category="concert",
        summary="Shashmaqom with the academy's ensemble.",
        start=in_days(10),
        end=in_days(10, hour=21),
        venue=venue,
        is_free=True,
    )

    page = soup(client.get(event.url))

    assert venue.name in page.select_one(".facts").get_text()
    assert page.select_one(f'a[href="{event.url.rstrip("/")}.ics"]') is not None
    google = page.select_one('a[href^="https://calendar.google.com/calendar/render"]')
    assert "Maqom+evening" in google["href"]
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Event"
    assert data["name"] == "Maqom evening"
    assert data["startDate"] == in_days(10).isoformat()
    assert data["endDate"] == in_days(10, hour=21).isoformat()
    assert data["location"]["@type"] == "Place"
    assert data["location"]["address"]["streetAddress"] == venue.address
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["organizer"]["name"] == "Bactria Culture Centre"
    assert data["offers"]["price"] == "0"
    assert isinstance(data["performer"], list)


@pytest.mark.parametrize(
    ("language", "repeats"),
    [
        ("en", "every Tuesday"),
        ("ru", "по вторникам"),
        ("tg", "ҳар сешанбе"),
    ],
)
def test_a_weekly_class_says_how_it_repeats_in_the_visitors_language(client, language, repeats):
    weekly = EventPage.objects.filter(locale__language_code=language, category="class").first()

    page = soup(client.get(weekly.url))

    facts = {
        item.dt.get_text(strip=True): item.dd.get_text(strip=True)
        for item in page.select(".facts > div")
    }
    assert repeats in facts.values()


@pytest.mark.parametrize("language", LANGUAGES)
def test_festival_page_shows_the_days_stages_and_line_up(client, language):
    festival = FestivalPage.objects.get(locale__language_code=language)

    page = soup(client.get(festival.url))

    days = page.select(".festival-day")
    assert len(days) >= 2
    stages = {h.get_text(strip=True) for h in page.select(".stage h4")}
    assert len(stages) >= 2
    assert page.select("#lineup ~ .people__list .person__name")


def without_events(index):
    """The index with none of the demo's events (and so none of their bookings, which
    keep an event from being deleted)."""
    Booking.objects.filter(registration__event__in=EventPage.objects.descendant_of(index)).delete()
    EventPage.objects.descendant_of(index).delete()


def test_month_and_list_cost_the_same_queries_with_one_event_or_two_hundred(
    client, django_assert_max_num_queries
):
    index = index_in("en")
    without_events(index)
    publish(index, title="Only one", slug="only-one", start=in_days(3), end=in_days(3, 21))
    month = f"{index.url}{in_days(3).year}/{in_days(3).month:02d}/"
    list_one = warm_query_count(client, index.url, django_assert_max_num_queries, 8)
    month_one = warm_query_count(client, month, django_assert_max_num_queries, 8)

    for number in range(199):
        recurring = number < 50
        publish(
            index,
            title=f"Event {number}",
            slug=f"event-{number}",
            category="class" if recurring else "concert",
            start=in_days(number % 40 - 5),
            end=in_days(number % 40 - 5, 21),
            recurrences=recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY)])
            if recurring
            else "",
        )
    list_many = warm_query_count(client, index.url, django_assert_max_num_queries, 8)
    month_many = warm_query_count(client, month, django_assert_max_num_queries, 8)

    assert len(soup(client.get(month)).select(".calendar__events li")) > 50
    assert (list_many, month_many) == (list_one, month_one)


def test_archive_costs_the_same_queries_with_one_past_event_or_thirty(
    client, django_assert_max_num_queries
):
    index = index_in("en")
    without_events(index)
    publish(index, title="Long ago", slug="long-ago", start=in_days(-90), end=in_days(-90, 21))
    url = index.url + "past/"
    one = warm_query_count(client, url, django_assert_max_num_queries, 8)
    assert [a.get_text() for a in soup(client.get(url)).select(".card__title a")] == ["Long ago"]

    for number in range(29):
        day = -60 - number
        publish(
            index,
            title=f"Past {number}",
            slug=f"past-{number}",
            start=in_days(day),
            end=in_days(day, 21),
        )
    thirty = warm_query_count(client, url, django_assert_max_num_queries, 8)

    assert len(soup(client.get(url)).select(".card__title a")) == index.per_page
    assert thirty == one
