"""Bookings are personal data: only Festival planners (and superusers) open the
bookings' admin pages; Communication editors and Application reviewers are refused
(403) on every one of them, whatever the address."""

from django.urls import reverse

import pytest

from bookings.models import Booking
from bookings.staff import date_key
from tests.bookings.conftest import book, staff_member

pytestmark = pytest.mark.django_db


def bookings_addresses(booking):
    """Every address of the bookings' admin, reached by GET."""
    pk = [booking.pk]
    date = [booking.registration_id, date_key(booking.start)]
    event = [booking.registration_id]
    return [
        reverse("bookings_admin:index"),
        reverse("bookings_admin:inspect", args=pk),
        reverse("bookings_admin:edit", args=pk),
        reverse("bookings_admin:history", args=pk),
        reverse("wagtailsnippets_bookings_registration:list"),
        reverse("wagtailsnippets_bookings_registration:edit", args=event),
        reverse("bookings_admin:dates"),
        reverse("bookings_admin:date", args=date),
        reverse("bookings_admin:check_in", args=date),
        reverse("bookings_admin:attendance", args=date),
        reverse("bookings_admin:export_date", args=date),
        reverse("bookings_admin:export_event", args=event),
    ]


def actions(booking):
    """Every address that changes a booking (POST)."""
    pk = [booking.pk]
    return [
        reverse("bookings_admin:promote", args=pk),
        reverse("bookings_admin:remove", args=pk),
        reverse("bookings_admin:arrived", args=pk),
        reverse("bookings_admin:not_arrived", args=pk),
    ]


@pytest.mark.parametrize("who", ["editor", "reviewer"])
def test_editors_and_reviewers_are_refused_every_bookings_address(client, weekly_class, who):
    book(client)
    booking = Booking.objects.get()
    client.force_login(staff_member(who))

    for url in bookings_addresses(booking):
        assert client.get(url).status_code == 403, url
    for url in actions(booking):
        assert client.post(url, {"confirm": "1"}).status_code == 403, url
    assert Booking.objects.get().status == "booked"
    assert Booking.objects.get().arrived_at is None


def test_planners_open_every_bookings_address(client, weekly_class):
    book(client)
    booking = Booking.objects.get()
    client.force_login(staff_member("planner"))

    for url in bookings_addresses(booking):
        assert client.get(url).status_code == 200, url
