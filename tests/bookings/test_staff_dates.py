"""Staff see one date's people in order with its counts, and promote or remove people
there: each change asked for, confirmed on a second POST, made by the workflow and
logged with the staff member's name."""

from django.core import mail
from django.test import Client
from django.urls import reverse

import pytest

from bookings import workflow
from bookings.models import Booking, BookingMove
from tests.bookings.conftest import booked, date_url, run_mail_worker, statuses
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def names(page, table):
    return [
        row.select_one("td a").get_text()
        for row in page.select(f"#people-{table} tbody tr")
        if row.select_one("td a")
    ]


def test_a_date_lists_its_people_in_order_with_its_counts(client, planner, full_date):
    page = soup(client.get(date_url(full_date)))

    assert names(page, "booked") == ["Aziz", "Bahrom"]
    assert names(page, "waiting") == ["Dilnoza", "Firuza"]
    counts = page.select_one(".booking-date__counts").get_text(" ", strip=True)
    assert "3 of 3 places booked" in counts
    assert "2 people waiting" in counts
    assert "Jazz trial lesson" in page.select_one(".booking-date__title").get_text()


def test_the_dates_page_links_each_date_with_its_counts(client, planner, full_date):
    page = soup(client.get(reverse("bookings_admin:dates")))

    (row,) = page.select(".booking-dates tbody tr")
    assert row.select_one("a")["href"] == date_url(full_date)
    assert [cell.get_text(strip=True) for cell in row.select("td")][1:4] == ["3 / 3", "0", "2"]


def test_promoting_beyond_the_places_is_refused_with_the_reason_before_asking(
    client, planner, full_date
):
    firuza = Booking.objects.get(name="Firuza")
    url = reverse("bookings_admin:promote", args=[firuza.pk])

    assert client.get(url).status_code == 405
    for data in ({}, {"confirm": "1"}):  # the question is not asked; a forced POST fails
        response = client.post(url, data, follow=True)
        page = soup(response)
        assert page.select_one(".booking-confirm__explanation") is None
        assert (
            "Firuza asks for 1 place; places free on this date: 0. Raise the places in the "
            "registration settings or remove a booking first." in page.get_text()
        )
    assert statuses()[2:] == [("Dilnoza", "waiting"), ("Firuza", "waiting")]
    assert not BookingMove.objects.filter(booking=firuza).exclude(to_status="waiting").exists()
    assert mail.outbox == []


def test_promoting_asks_first_then_books_someone_whose_place_is_free(
    client, planner, weekly_class, django_capture_on_commit_callbacks
):
    # The 3 places taken, Dilnoza waits for 2, Firuza for 1; Bahrom's cancellation frees
    # 1, too few for Dilnoza, who is first: Firuza, who needs 1, fits.
    with django_capture_on_commit_callbacks(execute=True):
        booked(weekly_class, "Aziz", 2)
        bahrom = booked(weekly_class, "Bahrom", 1)
        booked(weekly_class, "Dilnoza", 2)
        booked(weekly_class, "Firuza", 1)
        workflow.cancel(bahrom)
    run_mail_worker()
    mail.outbox.clear()
    assert statuses()[2:] == [("Dilnoza", "waiting"), ("Firuza", "waiting")]
    firuza = Booking.objects.get(name="Firuza")
    url = reverse("bookings_admin:promote", args=[firuza.pk])

    asked = client.post(url)
    assert "Firuza" in soup(asked).select_one(".booking-confirm__explanation").get_text()
    assert statuses()[3] == ("Firuza", "waiting")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"confirm": "1"}, follow=True)
    run_mail_worker()

    assert "Firuza is promoted." in response.content.decode()
    assert statuses()[2:] == [("Dilnoza", "waiting"), ("Firuza", "booked")]
    assert BookingMove.objects.get(booking=firuza, to_status="booked").by == planner
    assert [m.to for m in mail.outbox] == [["firuza@example.org"]]


def test_removing_a_booking_offers_its_place_to_the_first_waiting(
    client, planner, full_date, django_capture_on_commit_callbacks
):
    bahrom = Booking.objects.get(name="Bahrom")
    url = reverse("bookings_admin:remove", args=[bahrom.pk])

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url)  # asks first
        assert statuses()[1] == ("Bahrom", "booked")
        response = client.post(url, {"confirm": "1"}, follow=True)
    run_mail_worker()

    assert "Bahrom is removed." in response.content.decode()
    assert statuses()[1:] == [
        ("Bahrom", "cancelled"),
        ("Dilnoza", "offered"),
        ("Firuza", "waiting"),
    ]
    assert [m.to for m in mail.outbox] == [["dilnoza@example.org"]]
    assert BookingMove.objects.get(booking=bahrom, to_status="cancelled").by == planner
    page = soup(client.get(date_url(full_date)))
    assert names(page, "offered") == ["Dilnoza"]


def test_removing_someone_waiting_keeps_the_others_in_order(client, planner, full_date):
    dilnoza = Booking.objects.get(name="Dilnoza")

    client.post(reverse("bookings_admin:remove", args=[dilnoza.pk]), {"confirm": "1"})

    assert names(soup(client.get(date_url(full_date))), "waiting") == ["Firuza"]


def test_a_change_without_the_form_token_is_refused(planner, full_date):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(planner)
    bahrom = Booking.objects.get(name="Bahrom")

    response = strict.post(reverse("bookings_admin:remove", args=[bahrom.pk]), {"confirm": "1"})

    assert response.status_code == 403
    assert statuses()[1] == ("Bahrom", "booked")


# The admin's own queries (session, user, menu...) and the page's: the registration
# and the date's people.
DATE_PAGE_QUERIES = 11


def test_the_date_page_costs_the_same_queries_for_one_person_or_many(
    client, planner, weekly_class, django_assert_max_num_queries
):
    booked(weekly_class, "Aziz")
    client.get(date_url(weekly_class))
    with django_assert_max_num_queries(DATE_PAGE_QUERIES):
        client.get(date_url(weekly_class))
    for number in range(12):
        booked(weekly_class, f"Guest{number}")
    with django_assert_max_num_queries(DATE_PAGE_QUERIES):
        response = client.get(date_url(weekly_class))
    assert len(soup(response).select(".booking-people__row")) == 13
