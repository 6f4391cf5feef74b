"""An event with bookings is not deleted from the page tree: the planner is told why
(the bookings are the record of who booked, kept until the retention period ends) and
what to do instead; an event without bookings is deleted with its registration."""

from django.urls import reverse

from wagtail.models import Page
from wagtail.users.models import UserProfile

import pytest

from bookings.models import Booking, Registration
from events.models import EventPage
from tests.bookings.conftest import booked, page_in, staff_member
from tests.helpers import soup

pytestmark = pytest.mark.django_db

REFUSAL = (
    "Not deleted: this event has 1 booking, kept as the record of who booked until the "
    "retention period ends. To call the event off, set its status to Cancelled and "
    "publish: the people booked are told."
)


def delete(client, page):
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    return client.post(url, {"confirm_site_name": "Bactria Culture Centre"}, follow=True)


def test_a_planner_deleting_an_event_with_bookings_is_told_why_and_nothing_is_lost(
    client, planner, weekly_class
):
    booked(weekly_class, "Aziz")

    response = delete(client, weekly_class)

    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == reverse(
        "wagtailadmin_pages:edit", args=[weekly_class.pk]
    )
    assert REFUSAL in soup(response).get_text(" ", strip=True)
    assert EventPage.objects.filter(pk=weekly_class.pk).exists()
    assert Booking.objects.filter(name="Aziz").exists()
    # The confirmation page is not even shown.
    asked = client.get(reverse("wagtailadmin_pages:delete", args=[weekly_class.pk]), follow=True)
    assert REFUSAL in soup(asked).get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("language", "refusal"),
    [
        ("ru", "Не удалено: у этого события 1 бронь;"),
        ("tg", "Нест карда нашуд: ин чорабинӣ 1 брон дорад;"),
    ],
)
def test_an_editor_is_told_why_in_their_admin_language_never_a_server_error(
    client, weekly_class, language, refusal
):
    """Communication editors may delete pages but never see bookings: they are told
    the same, in the language of their admin, and nothing is deleted."""
    booked(weekly_class, "Aziz")
    editor = staff_member("editor")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)

    response = delete(client, weekly_class)

    assert response.status_code == 200
    assert refusal in soup(response).get_text(" ", strip=True)
    assert EventPage.objects.filter(pk=weekly_class.pk).exists()
    assert Booking.objects.filter(name="Aziz").exists()


def test_a_translation_or_the_events_index_with_a_booked_event_below_is_kept_too(
    client, planner, weekly_class
):
    booked(weekly_class, "Aziz")
    russian = page_in(weekly_class, "ru")

    delete(client, russian)
    delete(client, weekly_class.get_parent())

    assert Page.objects.filter(pk__in=[russian.pk, weekly_class.get_parent().pk]).count() == 2
    assert Booking.objects.count() == 1


def test_several_pages_deleted_at_once_are_kept_when_one_has_bookings(
    client, planner, weekly_class
):
    booked(weekly_class, "Aziz")
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={weekly_class.pk}&next=/admin/"
    )

    response = client.post(url, follow=True)

    assert REFUSAL in soup(response).get_text(" ", strip=True)
    assert EventPage.objects.filter(pk=weekly_class.pk).exists()


def test_an_event_without_bookings_is_deleted_with_its_registration(client, planner, weekly_class):
    booked(weekly_class, "Aziz")
    Booking.objects.all().delete()  # after the retention period, say

    delete(client, weekly_class)

    assert not EventPage.objects.filter(pk=weekly_class.pk).exists()
    assert not Registration.objects.exists()
