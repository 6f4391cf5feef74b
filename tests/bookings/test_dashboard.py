"""The dashboard, where staff land after signing in, shows Festival planners the dates of
the next two weeks with someone booked or waiting: the counts, the way to the date's people and to
the check-in at the door."""

import datetime

from django.urls import reverse

import pytest
import time_machine

from bookings.staff import date_key
from tests.bookings.conftest import booked_in, date_url, staff_member
from tests.helpers import admin_language, soup

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("wagtailadmin_home")


def panel(response):
    return soup(response).select_one("#coming-bookings-section")


def dashboard_of(client, who, on, language=""):
    """The dashboard of a new member of the group `who` (their admin in `language`), on
    the day `on`."""
    with time_machine.travel(on, tick=False):
        user = staff_member(who)
        admin_language(user, language)
        client.force_login(user)
        return client.get(DASHBOARD)


def test_a_planner_sees_the_coming_dates_with_their_counts_and_the_check_in(client, full_date):
    booked_in(full_date, "Zarina", "en", week=2)  # a date two weeks later: not yet shown
    two_days_before = full_date.start - datetime.timedelta(days=2)

    found = panel(dashboard_of(client, "planner", two_days_before))

    (item,) = found.select("li")
    date, check_in = item.select("a")
    assert date["href"] == date_url(full_date)
    assert date.get_text(strip=True).startswith("Jazz trial lesson, ")
    counts = item.get_text(" ", strip=True)
    assert "Places booked: 3 / 3" in counts
    assert "Waiting: 2" in counts
    registration = full_date.registration
    assert check_in["href"] == reverse(
        "bookings_admin:check_in", args=[registration.pk, date_key(full_date.start)]
    )


def test_a_date_under_way_today_is_still_shown(client, full_date):
    an_hour_after_the_start = full_date.start + datetime.timedelta(hours=1)

    found = panel(dashboard_of(client, "planner", an_hour_after_the_start))

    assert len(found.select("li")) == 1


def test_without_bookings_in_the_next_two_weeks_the_panel_says_so(client, full_date):
    two_weeks_and_a_day_before = full_date.start - datetime.timedelta(days=15)

    found = panel(dashboard_of(client, "planner", two_weeks_and_a_day_before))

    assert "No one is booked on a date in the next two weeks." in found.get_text()
    assert found.select_one("p a")["href"] == reverse("bookings_admin:dates")


@pytest.mark.parametrize("who", ["editor", "reviewer", "moderator"])
def test_staff_who_do_not_see_bookings_have_no_bookings_panel(client, full_date, who):
    found = panel(dashboard_of(client, who, full_date.start - datetime.timedelta(days=2)))

    assert found is None


def test_the_panel_speaks_the_planners_language(client, full_date):
    two_days_before = full_date.start - datetime.timedelta(days=2)

    found = panel(dashboard_of(client, "planner", two_days_before, language="ru"))

    assert found.select_one("h2").get_text(strip=True) == "Бронирования на две недели вперёд"
    assert found.select_one("li a").get_text(strip=True).startswith("Пробный урок джаза, ")
