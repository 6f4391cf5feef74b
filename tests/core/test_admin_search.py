"""Staff search every snippet listing of the admin (People, Partners and donors, Venues...):
on SQLite, the site's default database, as on PostgreSQL."""

from django.urls import reverse

from wagtail.snippets.models import get_snippet_models

import pytest

from tests.helpers import soup

pytestmark = pytest.mark.django_db


def found(client, model, words):
    response = client.get(reverse(model.snippet_viewset.get_url_name("list")), {"q": words})
    assert response.status_code == 200, (model.__name__, words)
    return [cell.get_text(strip=True) for cell in soup(response).select("tbody td.title a")]


@pytest.mark.parametrize("model", get_snippet_models(), ids=lambda model: model.__name__)
def test_every_snippet_listing_answers_a_search(admin_client, model):
    found(admin_client, model, "jazz")


@pytest.mark.parametrize(
    ("listing", "words", "expected"),
    [
        ("person", "Malika", "Malika Rahimova"),
        ("person", "piano", "Farrukh Nazarov"),  # by role
        ("organisation", "Eurasia", "Eurasia Foundation of Central Asia"),
        ("venue", "main stage", "Festival main stage"),
        ("venue", "Rudaki Park", "Festival main stage"),  # by address
    ],
)
def test_staff_find_people_partners_and_venues_by_their_words(
    admin_client, listing, words, expected
):
    model = next(m for m in get_snippet_models() if m._meta.model_name == listing)

    assert expected in found(admin_client, model, words)
