"""On a phone (360 px), in Tajik, the animation workshop's form (its first Saturday full,
the next ones open): the button says "Join the waiting list" while the full date is
chosen and "Book" for an open one (static/js/booking.js). Sent with the full date, the
visitor is on the waiting list and reads their number in the line: after the demo's two
people waiting, the third."""

import pytest

from bookings.models import Booking
from tests.e2e.test_booking_browser import WORKSHOP, event_url, fits_the_screen, in_tajik

pytestmark = pytest.mark.e2e


def test_the_button_follows_the_date_chosen_and_a_full_one_joins_the_waiting_list(
    site_url, phone, screenshot
):
    phone.goto(event_url(site_url, WORKSHOP) + "book/")
    send = phone.locator("article form button[type=submit]")
    dates = phone.locator("input[name=date]")
    assert send.inner_text() == in_tajik("Book")

    dates.nth(0).check()  # the first Saturday: full
    assert send.inner_text() == in_tajik("Join the waiting list")
    dates.nth(1).check()
    assert send.inner_text() == in_tajik("Book")
    dates.nth(0).check()
    assert send.inner_text() == in_tajik("Join the waiting list")
    fits_the_screen(phone)
    screenshot(phone, "booking-waiting-button-tg-360")

    phone.fill("#id_name", "Фарход Алиев")
    phone.fill("#id_email", "farhod@example.tj")
    phone.get_by_role("button", name=in_tajik("Join the waiting list")).click()
    phone.wait_for_url("**/bookings/*/")
    assert Booking.objects.get(email="farhod@example.tj").status == "waiting"
    assert phone.locator(".booking__status").inner_text() == in_tajik("On the waiting list")
    assert "3" in phone.locator(".booking__place-in-line").inner_text()
    fits_the_screen(phone)
    screenshot(phone, "booking-place-in-line-tg-360")
