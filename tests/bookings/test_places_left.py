"""Visitors see the places left of an event's next dates on its page and in the
listings: right after each booking (the page cache's content version changes with the
places held), at no query more once warm, and at the same queries for any number of
events listed."""

import datetime

from django.core.cache import cache
from django.utils import timezone

import pytest

from bookings import places, workflow
from bookings.models import Booking, Registration
from events.models import EventIndexPage, EventPage
from tests.bookings.conftest import book_url, booked, class_event, in_days
from tests.helpers import soup, warm_query_count

pytestmark = pytest.mark.django_db


def shown_on_page(client, event):
    page = soup(client.get(event.url))
    return [item.get_text(" ", strip=True) for item in page.select(".places-left li")]


def test_the_event_page_tells_the_places_left_of_its_next_dates(client, weekly_class):
    first, second, third = shown_on_page(client, weekly_class)
    assert first.endswith(": 3 places left")
    assert third.endswith(": 3 places left")

    booked(weekly_class, "Aziz", 2)
    assert shown_on_page(client, weekly_class)[0].endswith(": 1 place left")
    booked(weekly_class, "Bahrom", 1)
    assert shown_on_page(client, weekly_class)[0].endswith(": Full — join the waiting list")
    assert shown_on_page(client, weekly_class)[1].endswith(": 3 places left")


@pytest.mark.parametrize(
    ("language", "expected"), [("ru", "Осталось 3 места"), ("tg", "3 ҷой боқӣ мондааст")]
)
def test_the_places_left_speak_the_pages_language(client, weekly_class, language, expected):
    event = EventPage.objects.get(slug="jazz-trial-lesson", locale__language_code=language)

    assert shown_on_page(client, event)[0].endswith(expected)


def test_the_page_stays_public_and_within_its_budget(
    client, weekly_class, django_assert_max_num_queries
):
    booked(weekly_class, "Aziz")
    response = client.get(weekly_class.url)

    assert "private" not in response.get("Cache-Control", "")
    # tests/core/test_query_counts.py: an event page within 8 queries once warm.
    assert warm_query_count(client, weekly_class.url, django_assert_max_num_queries, 8)


def listed(client, language="en"):
    index = EventIndexPage.objects.get(locale__language_code=language)
    page = soup(client.get(index.url))
    return {
        article.select_one(".occurrence__title").get_text(strip=True): article.select_one(
            ".places-left"
        ).get_text(strip=True)
        for article in page.select(".occurrence")
        if article.select_one(".places-left")
    }


def test_the_listing_tells_the_places_left_of_each_date(client, weekly_class):
    booked(weekly_class, "Aziz", 2)
    booked(weekly_class, "Bahrom", 1)

    page = soup(client.get(EventIndexPage.objects.get(locale__language_code="en").url))

    texts = [
        article.select_one(".places-left").get_text(strip=True)
        for article in page.select(".occurrence")
        if "Jazz trial lesson" in article.get_text()
    ]
    assert texts[:2] == ["Full — join the waiting list", "3 places left"]


def more_classes(count):
    for number in range(count):
        start = in_days(1 + number % 5, hour=10 + number % 8)
        event = class_event(f"Workshop {number}", f"workshop-{number}", start, hours=1)
        Registration.objects.create(event=event, capacity=10)
        booked(event, f"Guest{number}")


def test_the_places_of_a_listing_cost_two_queries_for_any_number_of_events(
    weekly_class, django_assert_num_queries
):
    now = timezone.now()
    for count in (0, 6):
        more_classes(count)
        occurrences = [
            occurrence
            for event in EventPage.objects.filter(locale__language_code="en")
            for occurrence in places_occurrences(event, now)
        ]
        cache.clear()
        with django_assert_num_queries(2):
            found = places.places_in_listing(occurrences, now)
        assert len(found) == len({(o.event.translation_key, o.start) for o in occurrences})


def places_occurrences(event, now):
    from events import occurrences

    if not Registration.objects.filter(event_key=event.translation_key).exists():
        return []
    return occurrences.occurrences_of(event, now, now + datetime.timedelta(days=30))


def test_the_listing_costs_the_same_queries_with_one_or_many_events_with_places(
    client, weekly_class, django_assert_max_num_queries
):
    url = EventIndexPage.objects.get(locale__language_code="en").url
    cache.clear()
    client.get(url)
    with django_assert_max_num_queries(100) as one:
        client.get(url)
    more_classes(8)
    assert warm_query_count(client, url, django_assert_max_num_queries, len(one))
    assert len(listed(client)) >= 9


def test_a_visitor_back_on_the_event_page_after_booking_sees_the_places_left_now(
    client, weekly_class, settings
):
    """The browser keeps the page but asks again each time (a CDN may keep it a minute):
    with the copy it had, it gets the page as it is after the booking, not a 304."""
    settings.PAGE_CACHE_SECONDS = 300
    before = client.get(weekly_class.url)
    assert before["Cache-Control"] == "public, max-age=0, must-revalidate, s-maxage=60"
    assert client.get(weekly_class.url, HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 304

    booked(weekly_class, "Aziz", 2)
    after = client.get(weekly_class.url, HTTP_IF_NONE_MATCH=before["ETag"])

    assert after.status_code == 200
    assert shown_on_page(client, weekly_class)[0].endswith(": 1 place left")
    assert "1 place left" in soup(after).select_one(".places-left li").get_text()


def test_a_place_freed_while_someone_waits_is_theirs_and_shown_as_full(
    client, weekly_class, django_capture_on_commit_callbacks
):
    """Dilnoza waits for 2 places; Bahrom's cancellation frees 1, too few for her. That
    place is hers once another frees: the page, the listing and the form say "Full"
    (they said "1 place left", and whoever booked it was put on the waiting list)."""
    booked(weekly_class, "Aziz", 2)
    bahrom = booked(weekly_class, "Bahrom", 1)
    dilnoza = booked(weekly_class, "Dilnoza", 2)
    with django_capture_on_commit_callbacks(execute=True):
        workflow.cancel(bahrom)
    assert Booking.objects.get(pk=dilnoza.pk).status == "waiting"

    full = "Full — join the waiting list"
    assert shown_on_page(client, weekly_class)[0].endswith(f": {full}")
    assert first_date_listed(client) == full
    first_date = soup(client.get(book_url())).select("#id_date label")[0]
    assert first_date.get_text(" ", strip=True).endswith(full)

    with django_capture_on_commit_callbacks(execute=True):
        workflow.cancel(dilnoza)  # the last one waiting leaves: the place is open again
    assert shown_on_page(client, weekly_class)[0].endswith(": 1 place left")
    assert first_date_listed(client) == "1 place left"


def first_date_listed(client):
    """The places left that the events listing shows by the trial lesson's first date."""
    page = soup(client.get(EventIndexPage.objects.get(locale__language_code="en").url))
    return next(
        article.select_one(".places-left").get_text(strip=True)
        for article in page.select(".occurrence")
        if "Jazz trial lesson" in article.get_text()
    )
