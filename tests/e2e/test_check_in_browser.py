"""A Festival planner checks someone in at the door on a phone (360 px), in Russian:
finds them by a few letters of their name, ticks them arrived, sees the counts move;
the booking's reference stays on one line."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from bookings.models import Booking, Registration
from bookings.staff import date_key
from tests.bookings.conftest import booked, class_event, in_days
from tests.e2e.test_booking_browser import one_line

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"


def evening_class():
    event = class_event("Jazz trial lesson", "jazz-trial-lesson", in_days(2, hour=18))
    Registration.objects.create(event=event, capacity=10)
    for name in ("Азиз Каримов", "Шаҳло Раҳимова", "Farrukh Nazarov"):
        booked(event, name)
    return event


def test_a_planner_checks_someone_in_on_a_phone(site_url, phone, sign_in, screenshot):
    event = evening_class()
    user = get_user_model().objects.create_user("door", "door@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Festival planners"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    sign_in(phone, "door", PASSWORD)
    url = reverse("bookings_admin:check_in", args=[event.registration.pk, date_key(event.start)])

    phone.goto(f"{site_url}{url}")
    assert "Jazz trial lesson" in phone.locator(".booking-date__title").inner_text()
    assert "Не пришли: 3" in phone.locator(".check-in__counts").inner_text()
    phone.fill("#check-in-q", "шаҳ")
    phone.locator(".check-in__search button").click()
    phone.wait_for_url("**?q=*")
    assert phone.locator(".check-in__name").all_inner_texts() == ["Шаҳло Раҳимова"]
    phone.locator(".check-in__tick").click()

    phone.wait_for_selector(".check-in__arrived")
    counts = phone.locator(".check-in__counts").inner_text()
    assert "Пришли: 1" in counts and "Не пришли: 2" in counts
    assert phone.input_value("#check-in-q") == "шаҳ"
    assert Booking.objects.get(name="Шаҳло Раҳимова").arrived_at is not None
    assert one_line(phone, ".check-in__reference")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, width
    screenshot(phone, "admin-check-in-ru-360")


def test_the_bookings_listing_keeps_each_reference_on_one_line_on_a_phone(
    site_url, phone, sign_in, screenshot
):
    evening_class()
    user = get_user_model().objects.create_user("lister", "lister@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name="Festival planners"))
    sign_in(phone, "lister", PASSWORD)

    phone.goto(f"{site_url}{reverse('bookings_admin:index')}")

    count = phone.locator("tbody td.title a").count()
    assert count >= 3
    for number in range(1, count + 1):
        reference = f":nth-match(tbody td.title a, {number})"
        assert one_line(phone, reference), phone.inner_text(reference)
    screenshot(phone, "admin-bookings-listing-360")
