"""A planner's registration settings for an event are refused, with the reason on the
field to change and nothing saved, when they could not work: a second set for the same
event in another language."""

from django.urls import reverse

import pytest

from bookings.models import Registration
from tests.bookings.conftest import page_in
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
