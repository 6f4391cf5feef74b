"""At the door: staff find people by name or reference on a phone and tick them
arrived; the date's counts (booked, arrived, no-show) on the page, on the printable
attendance list and in the spreadsheets for donor reports."""

from io import BytesIO

from django.test import Client
from django.urls import reverse

import pytest
from openpyxl import load_workbook

from bookings.models import Booking
from bookings.staff import date_key
from tests.bookings.conftest import booked
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def date_args(event):
    return [event.registration.pk, date_key(event.start)]


def check_in_url(event, search=""):
    url = reverse("bookings_admin:check_in", args=date_args(event))
    return f"{url}?q={search}" if search else url


def shown(page):
    return [name.get_text() for name in page.select(".check-in__name")]


def counts(page, selector=".check-in__counts"):
    return " ".join(page.select_one(selector).get_text(" ", strip=True).split())


@pytest.fixture
def evening(weekly_class):
    """Three places booked by Aziz (2) and Шаҳло (1); Firuza waits."""
    booked(weekly_class, "Aziz", 2)
    booked(weekly_class, "Шаҳло", 1)
    booked(weekly_class, "Firuza", 1)
    return weekly_class


def test_the_check_in_page_lists_the_booked_with_their_counts(client, planner, evening):
    page = soup(client.get(check_in_url(evening)))

    assert shown(page) == ["Aziz", "Шаҳло"]  # not Firuza, who waits
    assert counts(page) == "Booked: 3 Arrived: 0 No-show: 3"


def test_search_finds_by_name_in_any_case_or_by_reference_without_javascript(
    client, planner, evening
):
    reference = Booking.objects.get(name="Aziz").reference

    assert shown(soup(client.get(check_in_url(evening, "шаҲ")))) == ["Шаҳло"]
    assert shown(soup(client.get(check_in_url(evening, reference.lower())))) == ["Aziz"]
    page = soup(client.get(check_in_url(evening, "nobody")))
    assert shown(page) == []
    assert "No booking matches." in page.get_text()
    assert counts(page) == "Booked: 3 Arrived: 0 No-show: 3"  # the date's, not the search's


def test_ticking_arrived_keeps_the_search_and_updates_the_counts(client, planner, evening):
    aziz = Booking.objects.get(name="Aziz")

    assert client.get(reverse("bookings_admin:arrived", args=[aziz.pk])).status_code == 405
    response = client.post(reverse("bookings_admin:arrived", args=[aziz.pk]), {"q": "Az"})

    assert response.status_code == 302
    assert response["Location"] == check_in_url(evening, "Az")
    page = soup(client.get(response["Location"]))
    assert page.select_one(".check-in__arrived").get_text().startswith("Arrived at")
    assert counts(soup(client.get(check_in_url(evening)))) == "Booked: 3 Arrived: 2 No-show: 1"
    assert Booking.objects.get(name="Aziz").arrived_at is not None


def test_a_tick_given_by_mistake_is_undone_from_the_check_in_page(client, planner, evening):
    aziz = Booking.objects.get(name="Aziz")
    client.post(reverse("bookings_admin:arrived", args=[aziz.pk]))
    page = soup(client.get(check_in_url(evening, "Az")))
    undo = page.select_one(".check-in__undo").find_parent("form")

    assert client.get(undo["action"]).status_code == 405
    response = client.post(undo["action"], {"q": "Az"}, follow=True)

    assert response.redirect_chain[-1][0] == check_in_url(evening, "Az")
    page = soup(response)
    assert "Aziz is no longer ticked as arrived." in page.get_text()
    assert page.select_one(".check-in__arrived") is None
    assert page.select_one(".check-in__tick") is not None
    assert counts(page) == "Booked: 3 Arrived: 0 No-show: 3"
    assert Booking.objects.get(name="Aziz").arrived_at is None


def test_someone_waiting_cannot_be_ticked_arrived(client, planner, evening):
    firuza = Booking.objects.get(name="Firuza")

    client.post(reverse("bookings_admin:arrived", args=[firuza.pk]))

    assert Booking.objects.get(name="Firuza").arrived_at is None


def test_ticking_needs_the_form_token(planner, evening):
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(planner)
    aziz = Booking.objects.get(name="Aziz")

    assert strict.post(reverse("bookings_admin:arrived", args=[aziz.pk])).status_code == 403
    assert Booking.objects.get(name="Aziz").arrived_at is None


def test_the_attendance_list_prints_the_same_people_and_counts(client, planner, evening):
    client.post(reverse("bookings_admin:arrived", args=[Booking.objects.get(name="Aziz").pk]))

    page = soup(client.get(reverse("bookings_admin:attendance", args=date_args(evening))))

    rows = [
        [cell.get_text(strip=True) for cell in row.select("td")]
        for row in page.select(".attendance__row")
    ]
    assert [row[0] for row in rows] == ["Aziz", "Шаҳло"]
    assert [row[3] for row in rows] == ["✓", ""]
    assert counts(page, ".attendance__counts") == "Booked: 3 · Arrived: 2 · No-show: 1"
    assert "@media print" in page.select_one("style").get_text()


def workbook(response):
    assert response["Content-Type"].endswith("spreadsheetml.sheet")
    return load_workbook(BytesIO(response.content))


def values(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def test_the_date_spreadsheet_has_its_counts_and_names(client, planner, evening):
    client.post(reverse("bookings_admin:arrived", args=[Booking.objects.get(name="Aziz").pk]))
    Booking.objects.filter(name="Шаҳло").update(name="=HYPERLINK(1)")

    book = workbook(client.get(reverse("bookings_admin:export_date", args=date_args(evening))))

    counts_sheet, people = book.worksheets
    assert values(counts_sheet)[0] == ["Event", "Date", "Booked", "Arrived", "No-show"]
    assert values(counts_sheet)[1][2:] == [3, 2, 1]
    assert [row[0] for row in values(people)[1:]] == ["Aziz", "'=HYPERLINK(1)"]


def test_the_event_spreadsheet_counts_every_date_without_names(client, planner, evening):
    client.post(reverse("bookings_admin:arrived", args=[Booking.objects.get(name="Aziz").pk]))

    response = client.get(reverse("bookings_admin:export_event", args=[evening.registration.pk]))

    (sheet,) = workbook(response).worksheets
    rows = values(sheet)
    assert rows[1] == ["Date", "Booked", "Arrived", "No-show"]
    assert rows[2][1:] == [3, 2, 1]
    assert "Aziz" not in str(rows)


def test_the_spreadsheets_are_named_after_the_event_in_latin_letters(
    client, russian_planner, evening
):
    """A Russian planner's downloads are named after the event's Russian title, in the
    Latin letters every computer takes: one event's files are told from another's."""
    date = client.get(reverse("bookings_admin:export_date", args=date_args(evening)))
    event = client.get(reverse("bookings_admin:export_event", args=[evening.registration.pk]))

    key = date_args(evening)[1]
    assert date["Content-Disposition"] == f'attachment; filename="probnyy-urok-dzhaza-{key}.xlsx"'
    assert (
        event["Content-Disposition"] == 'attachment; filename="probnyy-urok-dzhaza-bookings.xlsx"'
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ru", "Забронировано: 3 Пришли: 0 Не пришли: 3"),
        ("tg", "Брон шудааст: 3 Омаданд: 0 Наомаданд: 3"),
    ],
)
def test_the_check_in_page_speaks_the_planners_language(
    client, planner, evening, language, expected
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(planner)
    profile.preferred_language = language
    profile.save()

    page = soup(client.get(check_in_url(evening)))

    assert counts(page) == expected


def test_the_tick_and_its_undo_are_in_the_bookings_history_with_who_gave_them(
    client, planner, evening
):
    aziz = Booking.objects.get(name="Aziz")
    client.post(reverse("bookings_admin:arrived", args=[aziz.pk]))
    client.post(reverse("bookings_admin:arrived", args=[aziz.pk]))  # a second tap: one entry
    client.post(reverse("bookings_admin:not_arrived", args=[aziz.pk]))

    history = soup(client.get(reverse("bookings_admin:history", args=[aziz.pk])))

    rows = [row.get_text(" ", strip=True) for row in history.select("tbody tr")]
    ticks = [row for row in rows if "arrived" in row.lower()]
    assert len(ticks) == 2, rows
    assert "Arrived tick undone" in ticks[0] and "planner" in ticks[0]  # newest first
    assert "Ticked arrived" in ticks[1] and "planner" in ticks[1]
