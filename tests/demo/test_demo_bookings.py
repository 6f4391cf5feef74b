"""The demo's bookings (demo/content/bookings.yaml): a trial lesson with 2 places left and
one booking cancelled, a full workshop with two people waiting."""

from django.urls import reverse

from wagtail.models import Locale

import pytest

from bookings.models import Booking, BookingMove
from demo.loader import load_demo_content
from events.models import EventPage
from tests.bookings.conftest import staff_member
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def event(slug, language="en"):
    english = EventPage.objects.get(slug=slug, locale__language_code="en")
    return english.get_translation(Locale.objects.get(language_code=language))


def labels(client, page):
    form = soup(client.get(page.url + "book/"))
    return [label.get_text(" ", strip=True) for label in form.select("#id_date label")]


def test_the_jazz_trial_lesson_has_two_places_left(client):
    lesson = event("jazz-academy-trial-lesson")

    (label,) = labels(client, lesson)
    assert label.endswith("2 places left")
    (tajik,) = labels(client, event("jazz-academy-trial-lesson", "tg"))
    assert tajik.endswith("2 ҷой боқӣ мондааст")


def test_one_booking_of_the_trial_lesson_was_cancelled_and_its_log_says_so():
    (cancelled,) = Booking.objects.filter(status="cancelled")
    assert cancelled.page.slug == event("jazz-academy-trial-lesson", "tg").slug
    moves = BookingMove.objects.filter(booking=cancelled).values_list("from_status", "to_status")
    assert list(moves) == [("", "booked"), ("booked", "cancelled")]


def test_the_animation_workshop_is_full_with_two_people_waiting_in_order(client):
    workshop = event("digital-arts-academy-animation-workshop")

    first, second, *rest = labels(client, workshop)
    assert first.endswith("Full — join the waiting list")
    assert second.endswith("4 places left")
    waiting = Booking.objects.filter(status="waiting").order_by("created_at", "pk")
    assert [booking.name for booking in waiting] == ["Behruz Qodirov", "Elena Sokolova"]
    assert {booking.start for booking in waiting} == {workshop.start}


def test_loading_the_demo_again_books_nothing_more():
    before = list(Booking.objects.order_by("pk").values_list("reference", "status"))

    load_demo_content()

    assert list(Booking.objects.order_by("pk").values_list("reference", "status")) == before


def test_a_planner_signing_in_to_the_demo_sees_both_booked_dates_coming(client):
    planner = staff_member("planner")
    client.force_login(planner)

    coming = soup(client.get(reverse("wagtailadmin_home"))).select_one("#coming-bookings-section")

    dates = [item.select_one("a").get_text(strip=True) for item in coming.select("li")]
    assert [title.split(",")[0] for title in dates] == [
        "Jazz Academy: trial lesson",
        "Digital Arts Academy: animation workshop",
    ]
