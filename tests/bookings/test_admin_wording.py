"""A planner reads the bookings' admin in their own language, in words that fit it."""

from django.urls import reverse

import pytest

from bookings.models import Booking, Registration
from bookings.staff import date_key
from tests.bookings.conftest import book, class_event, in_days
from tests.helpers import soup, warm_query_count

pytestmark = pytest.mark.django_db


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


def registration_settings_events(client):
    page = soup(client.get(reverse("wagtailsnippets_bookings_registration:list")))
    return [row.select_one("td a").get_text(strip=True) for row in page.select("tbody tr")]


def test_the_registration_settings_name_the_event_in_the_planners_language(
    russian_planner, weekly_class
):
    response = russian_planner.get(reverse("wagtailsnippets_bookings_registration:list"))

    assert registration_settings_events(russian_planner) == ["Пробный урок джаза"]
    assert "Jazz trial lesson" not in response.content.decode()  # nor in the buttons' labels


def test_the_registration_settings_cost_the_same_queries_with_one_event_or_several(
    russian_planner, weekly_class, django_assert_max_num_queries
):
    url = reverse("wagtailsnippets_bookings_registration:list")
    one = warm_query_count(russian_planner, url, django_assert_max_num_queries, 40)
    for number in range(1, 5):
        event = class_event(f"Jazz class {number}", f"jazz-class-{number}", in_days(number))
        Registration.objects.create(event=event, capacity=10)

    assert len(registration_settings_events(russian_planner)) == 5
    assert warm_query_count(russian_planner, url, django_assert_max_num_queries, 40) == one


@pytest.mark.parametrize("page", ["date", "check_in", "attendance"])
def test_a_dates_pages_name_the_event_in_the_planners_language(
    client, russian_planner, weekly_class, page
):
    book(client)
    dates = soup(russian_planner.get(reverse("bookings_admin:dates")))
    args = [weekly_class.registration.pk, date_key(Booking.objects.get().start)]

    text = soup(russian_planner.get(reverse(f"bookings_admin:{page}", args=args))).get_text()

    assert dates.select_one("a[href*='/date/']").get_text().startswith("Пробный урок джаза")
    assert "Пробный урок джаза" in text
    assert "Jazz trial lesson" not in text


def test_a_bookings_page_tells_its_times_in_dushanbe_and_keeps_its_link_secret(
    client, russian_planner, weekly_class
):
    book(client, "tg")
    booking = Booking.objects.get()
    page = soup(russian_planner.get(reverse("bookings_admin:inspect", args=[booking.pk])))

    facts = {
        term.get_text(strip=True): term.find_next("dd").get_text(" ", strip=True)
        for term in page.select("dt")
    }
    assert facts["Событие"] == "Пробный урок джаза"  # booked in Tajik, read in Russian
    assert facts["Дата"].endswith(", 18:00")  # in_days(7): 18:00 in Dushanbe, 13:00 UTC
    assert facts["Номер брони"] == booking.reference
    assert facts["Пришёл"] == "-"
    text = page.get_text()
    for secret in (str(booking.submission_token), booking.access_key):
        assert secret not in text
    assert "None" not in facts.values()
