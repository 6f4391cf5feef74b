"""Someone on a waiting list reads their number in the line on their private page, in
their language, counted as places are offered: the first in line is offered the next
place free, and the others move up."""

import datetime

from django.utils import timezone, translation

import pytest

from bookings.models import Booking
from tests.bookings.conftest import booked, booked_in
from tests.helpers import soup, warm_query_count

pytestmark = pytest.mark.django_db


def private_page(client, name, language="en"):
    with translation.override(language):
        url = Booking.objects.get(name=name).get_private_url()
    return soup(client.get(url))


def place_in_line(client, name, language="en"):
    found = private_page(client, name, language).select_one(".booking__place-in-line")
    return found and found.get_text(strip=True)


def test_each_person_waiting_reads_their_number_in_the_line(client, full_date):
    """Aziz and Bahrom hold the places; Dilnoza then Firuza wait (conftest.full_date)."""
    assert place_in_line(client, "Dilnoza") == "You are number 1 on the waiting list."
    assert place_in_line(client, "Firuza") == "You are number 2 on the waiting list."
    assert place_in_line(client, "Aziz") is None
    status = private_page(client, "Firuza").select_one(".booking__status").get_text()
    assert status == "On the waiting list"


def test_the_number_is_shown_in_russian_and_tajik_too(client, full_date):
    for language in ("ru", "tg"):
        page = private_page(client, "Firuza", language)
        assert page.html["lang"] == language
        assert "2" in page.select_one(".booking__place-in-line").get_text()


def test_the_first_in_line_is_the_one_offered_a_place_and_the_others_move_up(
    client, full_date, django_capture_on_commit_callbacks
):
    """Two people waiting since the same instant are in line in the order they came,
    as `workflow.waiting` offers them places."""
    Booking.objects.filter(status="waiting").update(created_at=timezone.now())
    assert place_in_line(client, "Dilnoza").startswith("You are number 1 ")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{Booking.objects.get(name='Bahrom').get_private_url()}cancel/")

    assert Booking.objects.get(name="Dilnoza").status == "offered"
    assert place_in_line(client, "Dilnoza") is None
    assert place_in_line(client, "Firuza") == "You are number 1 on the waiting list."


def test_people_waiting_for_another_date_are_another_line(client, full_date):
    """The next week's three places are taken, then Jasur and Karim wait for it."""
    for name in ("Gulnora", "Hamid", "Iskandar", "Jasur", "Karim"):
        booked_in(full_date, name, "en", week=1)
    earlier = timezone.now() - datetime.timedelta(days=1)
    Booking.objects.filter(name="Karim").update(created_at=earlier)

    assert place_in_line(client, "Firuza").startswith("You are number 2 ")
    assert place_in_line(client, "Karim").startswith("You are number 1 ")
    assert place_in_line(client, "Jasur").startswith("You are number 2 ")


def test_the_number_costs_the_same_queries_with_one_or_many_ahead(
    client, full_date, django_assert_max_num_queries
):
    firuza = Booking.objects.get(name="Firuza").get_private_url()
    one = warm_query_count(client, firuza, django_assert_max_num_queries, 20)
    for name in ("Gulnora", "Hamid", "Iskandar", "Jasur"):
        booked(full_date, name)
    Booking.objects.filter(name="Firuza").update(created_at=timezone.now())

    assert place_in_line(client, "Firuza") == "You are number 6 on the waiting list."
    assert warm_query_count(client, firuza, django_assert_max_num_queries, 20) == one
