"""Bookings are personal data: they go after the retention period, or on request with
the person's applications (`erase_person`)."""

import datetime

from django.core.management import CommandError, call_command

import pytest

from applications.models import Application
from bookings.models import Booking, BookingMove
from tests.applications.conftest import application_data, open_call, private_files
from tests.bookings.conftest import book, booked_in, statuses

pytestmark = pytest.mark.django_db

__all__ = ["private_files"]


def test_bookings_go_a_retention_period_after_their_date(weekly_class, capsys, settings):
    settings.BOOKING_RETENTION_DAYS = 30
    old = booked_in(weekly_class, "Aziz", "en")
    recent = booked_in(weekly_class, "Bahrom", "ru")
    coming = booked_in(weekly_class, "Dilnoza", "tg")
    Booking.objects.filter(pk=old.pk).update(
        start=old.start - datetime.timedelta(days=60), end=old.end - datetime.timedelta(days=60)
    )
    Booking.objects.filter(pk=recent.pk).update(
        start=old.start - datetime.timedelta(days=20), end=old.end - datetime.timedelta(days=20)
    )

    call_command("delete_old_bookings")

    assert sorted(Booking.objects.values_list("name", flat=True)) == ["Bahrom", "Dilnoza"]
    assert not BookingMove.objects.filter(booking_id=old.pk).exists()
    assert BookingMove.objects.filter(booking_id=coming.pk).exists()
    assert "Deleted 1 bookings" in capsys.readouterr().out


def test_a_year_is_the_retention_period_by_default(weekly_class, capsys):
    booking = booked_in(weekly_class, "Aziz", "en")
    Booking.objects.filter(pk=booking.pk).update(
        start=booking.start - datetime.timedelta(days=300),
        end=booking.end - datetime.timedelta(days=300),
    )

    call_command("delete_old_bookings")

    assert Booking.objects.filter(pk=booking.pk).exists()
    assert "Deleted 0 bookings" in capsys.readouterr().out


@pytest.mark.usefixtures("private_files")
def test_one_persons_applications_and_bookings_are_erased_on_request(
    weekly_class, client, django_capture_on_commit_callbacks, capsys
):
    call = open_call()
    client.post(call.url, application_data(call, client))
    booked_in(weekly_class, "Dilnoza", "tg")  # dilnoza@example.org
    booked_in(weekly_class, "Aziz", "en")
    applications = Application.objects.exclude(email="dilnoza@example.org").count()

    with django_capture_on_commit_callbacks(execute=True):
        call_command("erase_person", "Dilnoza@Example.org")

    assert not Application.objects.filter(email__iexact="dilnoza@example.org").exists()
    assert Application.objects.count() == applications
    assert list(Booking.objects.values_list("name", flat=True)) == ["Aziz"]
    out = capsys.readouterr().out
    assert out.strip() == "Erased 1 applications and 1 bookings."


def test_a_place_erased_before_its_date_goes_to_the_first_person_waiting(
    weekly_class, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        book(client, name="Aziz", email="aziz@example.org", places="2")
        book(client, name="Bahrom", email="bahrom@example.org")
        book(client, name="Dilnoza", email="dilnoza@example.org")

    call_command("erase_person", "bahrom@example.org")

    assert statuses() == [("Aziz", "booked"), ("Dilnoza", "offered")]


def test_erasing_an_unknown_address_says_so():
    with pytest.raises(CommandError):
        call_command("erase_person", "nobody@example.org")
