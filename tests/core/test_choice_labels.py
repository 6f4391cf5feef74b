"""What a page shows of a choice (an event's category, a news item's kind, a project's
countries) is its label in the visitor's language, on the page and on its cards."""

from django.utils import translation

import pytest

from core.choices import label_of
from events.enums import EventCategory
from events.models import EventPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def test_project_cards_name_their_countries_in_the_visitors_language(client):
    russian = soup(client.get("/ru/proekty/"))
    english = soup(client.get("/en/projects/"))

    facts = " ".join(p.get_text() for p in russian.select(".card__facts"))
    assert "Таджикистан" in facts and "Tajikistan" not in facts
    assert "Tajikistan" in " ".join(p.get_text() for p in english.select(".card__facts"))


def test_an_event_shows_its_category_in_the_visitors_language(client):
    event = EventPage.objects.live().filter(locale__language_code="ru", category="concert").first()

    eyebrow = soup(client.get(event.url)).select_one(".eyebrow").get_text()

    assert "Концерт" in eyebrow


def test_a_value_that_is_no_longer_a_choice_shows_as_it_is_stored():
    event = EventPage(category="opera")

    assert event.get_category_display() == "opera"
    with translation.override("en"):
        assert label_of("category", EventCategory)(EventPage(category="jam")) == "Jam session"
