"""Bookings are personal data: only Festival planners (and superusers) open the
bookings' admin pages; Communication editors, Application reviewers and Resource
moderators are refused (403) on every one of them, whatever the address. Planners add
an event's registration settings themselves (bookings/0007)."""

from django.urls import reverse

import pytest

from bookings.models import Booking, Registration
from bookings.staff import date_key
from tests.bookings.conftest import book, class_event, in_days, staff_member
from tests.helpers import soup

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
        reverse("wagtailsnippets_bookings_registration:add"),
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


@pytest.mark.parametrize("who", ["editor", "reviewer", "moderator"])
def test_editors_reviewers_and_moderators_are_refused_every_bookings_address(
    client, weekly_class, who
):
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


def test_a_planner_adds_registration_settings_to_an_event(client, planner):
    concert = class_event("Ethno jazz evening", "ethno-jazz-evening", in_days(10))
    settings_list = reverse("wagtailsnippets_bookings_registration:list")
    add_url = reverse("wagtailsnippets_bookings_registration:add")

    listing = soup(client.get(settings_list))
    assert listing.select_one(f'a[href="{add_url}"]') is not None
    assert client.get(add_url).status_code == 200
    response = client.post(
        add_url,
        {"event": concert.pk, "mode": "per_date", "capacity": "40", "max_places": "2"},
        follow=True,
    )

    assert response.redirect_chain[-1][0] == settings_list
    assert "Ethno jazz evening" in soup(response).get_text()
    assert Registration.objects.get(event=concert).capacity == 40
    # and changes them afterwards
    edit_url = reverse("wagtailsnippets_bookings_registration:edit", args=[concert.registration.pk])
    client.post(
        edit_url, {"event": concert.pk, "mode": "per_date", "capacity": "50", "max_places": "2"}
    )
    assert Registration.objects.get(event=concert).capacity == 50
