"""A planner's registration settings for an event are refused, with the reason on the
field to change and nothing saved, when they could not work: a second set for the same
event in another language, or settings under which nobody could book."""

from django.urls import reverse

import pytest

from bookings.models import Registration
from tests.bookings.conftest import class_event, in_days, page_in
from tests.helpers import soup

pytestmark = pytest.mark.django_db

ADD = "wagtailsnippets_bookings_registration:add"


def settings_form(event, **fields):
    """The registration settings' form as a planner fills it in for `event`."""
    return {"event": event.pk, "mode": "per_date", "capacity": "40", "max_places": "2", **fields}


def field_errors(response, name):
    """The error message the form shows on its field `name` ("" for none)."""
    errors = soup(response).select_one(f'[data-contentpath="{name}"] [data-field-errors]')
    return errors.get_text(" ", strip=True)


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_an_event_with_settings_in_any_language_cannot_have_a_second_set(
    client, planner, weekly_class, language
):
    response = client.post(reverse(ADD), settings_form(page_in(weekly_class, language)))

    assert response.status_code == 200
    assert field_errors(response, "event") == (
        "This event already has registration settings, in this language or another: "
        "change those instead."
    )
    assert Registration.objects.get().capacity == 3  # the event's settings, unchanged


@pytest.mark.parametrize(
    ("fields", "field", "error"),
    [
        ({"capacity": "0"}, "capacity", "There must be at least one place."),
        ({"max_places": "0"}, "max_places", "One booking must be able to take at least one place."),
        (
            {"capacity": "3", "max_places": "4"},
            "max_places",
            "One booking cannot take more places than there are (3).",
        ),
        (
            {"opens_at": "2031-03-10 09:00", "closes_at": "2031-03-01 18:00"},
            "closes_at",
            "Booking must close after it opens.",
        ),
        (
            {"opens_at": "2031-03-10 09:00", "closes_at": "2031-03-10 09:00"},
            "closes_at",
            "Booking must close after it opens.",
        ),
    ],
)
def test_settings_under_which_nobody_could_book_are_refused(client, planner, fields, field, error):
    concert = class_event("Ethno jazz evening", "ethno-jazz-evening", in_days(10))

    response = client.post(reverse(ADD), settings_form(concert, **fields))

    assert response.status_code == 200
    assert field_errors(response, field) == error
    assert not Registration.objects.exists()


def test_settings_that_work_are_saved_with_their_empty_dates_left_open(client, planner):
    concert = class_event("Ethno jazz evening", "ethno-jazz-evening", in_days(10))

    response = client.post(
        reverse(ADD),
        settings_form(concert, capacity="2", max_places="2", closes_at="2031-03-01 18:00"),
    )

    assert response.status_code == 302
    registration = Registration.objects.get(event=concert)
    assert (registration.capacity, registration.max_places) == (2, 2)
    assert registration.opens_at is None
