"""Someone who booked several places and learns that fewer of them can come gives the
others back on their private page: they choose the places they still need, confirm,
and the places freed are offered to the people waiting, as a cancellation's are."""

import datetime

from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

import pytest
import time_machine

from bookings.models import Booking, BookingMove
from tests.bookings.conftest import booked, run_mail_worker, statuses
from tests.bookings.test_place_in_line import place_in_line
from tests.helpers import soup, warm_query_count

pytestmark = pytest.mark.django_db


@pytest.fixture
def four_places(weekly_class, django_capture_on_commit_callbacks):
    """4 places a date, 3 a booking: Aziz takes 3, Bahrom 1; Dilnoza (1 place) then
    Firuza (2) wait."""
    registration = weekly_class.registration
    registration.capacity, registration.max_places = 4, 3
    registration.save()
    with django_capture_on_commit_callbacks(execute=True):
        for name, places in (("Aziz", 3), ("Bahrom", 1), ("Dilnoza", 1), ("Firuza", 2)):
            booked(weekly_class, name, places)
    run_mail_worker()
    mail.outbox.clear()
    return weekly_class


def url_of(name, language="en"):
    with translation.override(language):
        return Booking.objects.get(name=name).get_private_url()


def give_back_url(name, language="en"):
    return f"{url_of(name, language)}give-back/"


def page_of(client, name, language="en"):
    return soup(client.get(url_of(name, language)))


def places_shown(page):
    facts = {
        div.dt.get_text(strip=True): div.dd.get_text(strip=True)
        for div in page.select("dl.facts > div")
    }
    return facts["Places"]


def give_back(client, captured, name, keep):
    """Choose on the private page, read the confirmation, then confirm it."""
    asked = client.get(give_back_url(name), {"places": keep})
    assert asked.status_code == 200
    with captured(execute=True):
        response = client.post(give_back_url(name), {"places": keep}, follow=True)
    run_mail_worker()
    return soup(response)


def test_giving_back_one_of_three_places_leaves_two_and_offers_the_place_freed(
    client, four_places, django_capture_on_commit_callbacks
):
    form = page_of(client, "Aziz").select_one("form.booking__give-back")
    assert form.select_one("label").get_text(strip=True).startswith("Places you still need")
    options = [option["value"] for option in form.select("select[name=places] option")]
    assert options == ["1", "2"]
    assert form.select_one("button").get_text(strip=True) == "Give back places"

    asked = soup(client.get(give_back_url("Aziz"), {"places": "2"}))
    assert "You keep 2 places of the 3" in asked.select_one(".booking__give-back").get_text()
    assert Booking.objects.get(name="Aziz").places == 3  # nothing changes before confirming
    assert asked.select_one("article form button").get_text(strip=True) == (
        "Yes, give back 1 place"
    )

    page = give_back(client, django_capture_on_commit_callbacks, "Aziz", 2)

    assert "Done: your booking is now for 2 places." in page.select_one(".notice").get_text()
    assert places_shown(page) == "2"
    assert Booking.objects.get(name="Aziz").places == 2
    assert statuses() == [
        ("Aziz", "booked"),
        ("Bahrom", "booked"),
        ("Dilnoza", "offered"),  # the first waiting, and her 1 place fits
        ("Firuza", "waiting"),
    ]
    (offer,) = mail.outbox  # the offer only: a cancellation sends the person nothing either
    assert offer.to == ["dilnoza@example.org"]
    assert url_of("Dilnoza") in offer.body


def test_the_places_freed_wait_for_the_first_in_line_as_after_a_cancellation(
    client, four_places, django_capture_on_commit_callbacks
):
    """Firuza (2 places) is first in line now: one place freed is not enough for her, and
    nobody behind her is offered it ahead of her."""
    Booking.objects.filter(name="Dilnoza").update(created_at=timezone.now())
    booked(four_places, "Gulnora", 1)

    give_back(client, django_capture_on_commit_callbacks, "Aziz", 2)

    assert dict(statuses())["Firuza"] == "waiting"
    assert dict(statuses())["Dilnoza"] == "waiting"
    assert not mail.outbox

    give_back(client, django_capture_on_commit_callbacks, "Aziz", 1)

    assert dict(statuses())["Firuza"] == "offered"
    assert [message.to for message in mail.outbox] == [["firuza@example.org"]]


def test_someone_waiting_who_needs_fewer_places_keeps_their_number(
    client, four_places, django_capture_on_commit_callbacks
):
    booked(four_places, "Gulnora", 3)
    assert place_in_line(client, "Gulnora") == "You are number 3 on the waiting list."

    asked = soup(client.get(give_back_url("Gulnora"), {"places": "1"}))
    assert "You keep your number on the waiting list." in asked.get_text()
    page = give_back(client, django_capture_on_commit_callbacks, "Gulnora", 1)

    assert places_shown(page) == "1"
    assert dict(statuses())["Gulnora"] == "waiting"
    assert place_in_line(client, "Gulnora") == "You are number 3 on the waiting list."


@pytest.mark.parametrize("keep", ["0", "3", "4", "-1", "two", ""])
def test_a_number_of_places_refused_changes_nothing(
    client, four_places, django_capture_on_commit_callbacks, keep
):
    moves = BookingMove.objects.count()
    for method in (client.get, client.post):
        response = method(give_back_url("Aziz"), {"places": keep})

        assert response.status_code == 400
        error = soup(response).select_one(".field--invalid .error").get_text()
        assert error == (
            "Choose how many places you still need: fewer than you booked, and at least one."
        )
    assert Booking.objects.get(name="Aziz").places == 3
    assert BookingMove.objects.count() == moves
    assert dict(statuses())["Dilnoza"] == "waiting"


def test_the_refusal_is_said_in_tajik(client, four_places):
    response = client.post(give_back_url("Aziz", "tg"), {"places": "0"})

    page = soup(response)
    assert page.html["lang"] == "tg"
    error = page.select_one(".field--invalid .error").get_text()
    with translation.override("tg"):
        assert error == translation.gettext(
            "Choose how many places you still need: fewer than you booked, and at least one."
        )


def test_a_booking_of_one_place_has_no_places_to_give_back(client, four_places):
    assert page_of(client, "Bahrom").select_one("form.booking__give-back") is None
    assert page_of(client, "Bahrom").select_one(f'a[href="{url_of("Bahrom")}cancel/"]')

    response = client.post(give_back_url("Bahrom"), {"places": "1"}, follow=True)

    assert "This booking cannot be changed any more." in response.content.decode()
    assert Booking.objects.get(name="Bahrom").places == 1


def test_a_cancelled_booking_has_no_places_to_give_back(client, four_places):
    client.post(f"{url_of('Aziz')}cancel/")

    assert page_of(client, "Aziz").select_one("form.booking__give-back") is None
    response = client.post(give_back_url("Aziz"), {"places": "1"}, follow=True)
    assert "This booking cannot be changed any more." in response.content.decode()
    assert Booking.objects.get(name="Aziz").places == 3


def test_a_date_begun_or_past_has_no_places_to_give_back(client, four_places):
    aziz = Booking.objects.get(name="Aziz")
    for moment in (aziz.start + datetime.timedelta(minutes=1), aziz.end):
        with time_machine.travel(moment):
            assert page_of(client, "Aziz").select_one("form.booking__give-back") is None
            client.post(give_back_url("Aziz"), {"places": "1"})
    assert Booking.objects.get(name="Aziz").places == 3


def test_a_forged_link_finds_nothing(client, four_places):
    assert client.get("/en/bookings/forged:token/give-back/").status_code == 404
    assert client.post("/en/bookings/forged:token/give-back/", {"places": "1"}).status_code == 404


def test_planners_read_the_change_in_the_bookings_history(
    client, four_places, planner, django_capture_on_commit_callbacks
):
    give_back(client, django_capture_on_commit_callbacks, "Aziz", 2)
    aziz = Booking.objects.get(name="Aziz")

    history = soup(client.get(reverse("bookings_admin:history", args=[aziz.pk])))

    rows = [row.get_text(" ", strip=True) for row in history.select("tbody tr")]
    assert any("Places given back: 3 → 2" in row for row in rows), rows
    move = aziz.moves.last()
    assert (move.from_status, move.to_status) == ("booked", "booked")
    assert move.note == "Places given back through the private link."


def test_the_form_costs_the_private_page_no_query(
    client, four_places, django_assert_max_num_queries
):
    """Aziz's page (3 places, with the form) costs what Bahrom's (1 place) does."""
    with_form = warm_query_count(client, url_of("Aziz"), django_assert_max_num_queries, 20)
    without = warm_query_count(client, url_of("Bahrom"), django_assert_max_num_queries, 20)

    assert with_form == without
