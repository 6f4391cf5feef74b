"""A planner reads the bookings' admin in their own language, in words that fit it."""

from django.urls import reverse

from wagtail.users.models import UserProfile

import pytest

from tests.bookings.conftest import book, staff_member
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def russian_planner(client):
    planner = staff_member("planner")
    profile = UserProfile.get_for_user(planner)
    profile.preferred_language = "ru"
    profile.save()
    client.force_login(planner)
    return client


def test_the_registration_settings_say_yes_or_no_to_a_waiting_list(russian_planner, weekly_class):
    page = soup(russian_planner.get(reverse("wagtailsnippets_bookings_registration:list")))

    headers = [header.get_text(strip=True) for header in page.select("thead th")]
    assert "Лист ожидания" in headers
    row = page.select_one("tbody tr")
    cells = [cell.get_text(strip=True) for cell in row.find_all("td")]
    assert cells[headers.index("Лист ожидания")] == "Да"
    assert "True" not in row.get_text()


def test_a_bookings_number_is_not_called_an_application_number(
    client, russian_planner, weekly_class
):
    book(client)
    page = soup(russian_planner.get(reverse("bookings_admin:index")))

    headers = [header.get_text(" ", strip=True) for header in page.select("thead th")]
    assert any("Номер брони" in header for header in headers), headers
    assert not any("заявк" in header for header in headers), headers


def test_bookings_made_in_three_languages_name_the_event_in_the_planners(
    client, russian_planner, weekly_class
):
    for language in ("en", "tg"):
        book(client, language)

    page = soup(russian_planner.get(reverse("bookings_admin:index")))

    events = [row.find_all("td")[2].get_text(strip=True) for row in page.select("tbody tr")]
    assert events == ["Пробный урок джаза", "Пробный урок джаза"]
