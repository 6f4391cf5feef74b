"""A booking's history names it by its reference, never by its person: Wagtail's log
entries keep their label after the booking is erased."""

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from bookings.models import Booking
from tests.bookings.conftest import booked_in
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def test_a_planners_change_to_a_booking_is_logged_under_its_reference(
    client, planner, weekly_class
):
    booking = booked_in(weekly_class, "Dilnoza Karimova", "tg")

    response = client.post(
        reverse("bookings_admin:edit", args=[booking.pk]),
        {"name": "Dilnoza Karimova", "email": "dilnoza@example.org", "phone": "+992 900 00 00"},
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    (entry,) = ModelLogEntry.objects.filter(object_id=str(booking.pk), action="wagtail.edit")
    assert entry.label == booking.reference
    history = soup(client.get(reverse("wagtailadmin_reports:site_history"))).get_text()
    assert booking.reference in history
    assert "Dilnoza" not in history
    assert "Dilnoza" not in str(Booking.objects.get())


def test_history_written_before_loses_the_names_when_migrated(weekly_class):
    from importlib import import_module

    from django.apps import apps

    relabel = import_module("bookings.migrations.0006_history_labels_without_names").relabel
    kept = booked_in(weekly_class, "Aziz Rahimov", "en")
    erased = booked_in(weekly_class, "Dilnoza Karimova", "tg")
    for booking in (kept, erased):
        ModelLogEntry.objects.log_action(booking, "wagtail.edit")
    bookings_history = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Booking)
    )
    bookings_history.update(label="BK-2026-0001 Dilnoza Karimova")  # as written before
    erased_id = str(erased.pk)
    erased.delete()

    relabel(apps, None)

    labels = dict(bookings_history.values_list("object_id", "label"))
    assert labels == {str(kept.pk): kept.reference, erased_id: "—"}
