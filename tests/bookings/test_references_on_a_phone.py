"""A booking reference (BK-2026-0042) is never broken at its hyphens on a phone (360
px): every page that shows one, to the person booked or to staff, puts it in an element
its styles keep on one line (tests/e2e/test_booking_browser.py and
test_check_in_browser.py measure it in Chromium)."""

import re

from django.urls import reverse

import pytest

from bookings.staff import date_key
from tests.bookings.conftest import booked
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def kept_on_one_line(page, reference):
    """The class of the element holding `reference`, when the page's own styles keep
    that class on one line."""
    element = page.find(string=reference).parent
    styles = " ".join(style.get_text() for style in page.select("style"))
    for name in element.get("class", []):
        if re.search(rf"\.{name}\s*\{{[^}}]*white-space:\s*nowrap", styles):
            return name
    return None


@pytest.fixture
def booking(weekly_class):
    return booked(weekly_class, "Aziz")


def date_args(booking):
    return [booking.registration_id, date_key(booking.start)]


@pytest.mark.parametrize("view", ["check_in", "date", "attendance"])
def test_staff_read_each_reference_on_one_line(client, planner, booking, view):
    page = soup(client.get(reverse(f"bookings_admin:{view}", args=date_args(booking))))

    assert kept_on_one_line(page, booking.reference)


def test_the_cancel_page_keeps_the_reference_whole_in_its_sentence(client, booking):
    page = soup(client.get(reverse("bookings:cancel", args=[booking.private_token])))

    reference = page.select_one("article p .reference")
    assert reference is not None
    assert reference.get_text() == booking.reference
    assert "Are you sure you want to cancel your booking" in reference.parent.get_text()
