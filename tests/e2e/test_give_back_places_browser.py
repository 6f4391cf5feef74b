"""Someone who booked 2 places on the trial lesson learns that only one of them can
come: on their private page, on a phone (360 px), in Tajik, they give one place back,
confirm, read 1 place on the page, and the event's page has one place more."""

import re

from django.utils import translation

import pytest

from bookings.models import Booking
from tests.e2e.test_booking_browser import TRIAL, fits_the_screen, in_tajik, places_left

pytestmark = pytest.mark.e2e


def places_on_the_page(phone):
    """The booking's "Places" fact, as the page shows it."""
    label = phone.locator("dt", has_text=re.compile(f"^{in_tajik('Places')}$"))
    return phone.locator("dl.facts > div", has=label).locator("dd")


def test_a_person_gives_back_one_of_their_two_places_in_tajik(site_url, phone, screenshot):
    assert places_left(phone, site_url, TRIAL) == 2
    zarina = Booking.objects.get(email="zarina.rahimova@example.org")  # 2 places (demo)
    with translation.override("tg"):
        private_url = site_url + zarina.get_private_url()

    phone.goto(private_url)
    assert phone.locator("html").get_attribute("lang") == "tg"
    form = phone.locator("article form.booking__give-back")
    assert form.locator("select[name=places] option").all_inner_texts() == ["1"]
    fits_the_screen(phone)
    screenshot(phone, "booking-give-back-form-tg-360")
    form.locator("button[type=submit]").click()

    phone.wait_for_url("**/give-back/?places=1")
    fits_the_screen(phone)
    screenshot(phone, "booking-give-back-confirm-tg-360")
    assert Booking.objects.get(pk=zarina.pk).places == 2  # asked first, nothing changed yet
    phone.locator("article form button[type=submit]").click()

    phone.wait_for_url(re.compile(r".*/bookings/[^/]+/$"))
    assert places_on_the_page(phone).inner_text() == "1"
    assert phone.locator("article form.booking__give-back").count() == 0  # 1 place: no form
    assert Booking.objects.get(pk=zarina.pk).places == 1
    fits_the_screen(phone)
    screenshot(phone, "booking-give-back-done-tg-360")
    assert places_left(phone, site_url, TRIAL) == 3
