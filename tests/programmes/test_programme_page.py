"""A programme page tells visitors what the programme is, who runs it and what is new."""

import pytest

from people.models import Person
from tests.helpers import page_at, soup

pytestmark = pytest.mark.django_db


def test_programme_page_in_tajik_shows_its_people_and_contact_in_tajik(client):
    page = soup(client.get("/tg/barnomaho/akademiyai-jaz/"))

    assert page.select_one("h1").get_text() == "Академияи ҷаз"
    assert page.select_one(".person__name").get_text() == "Фаррух Назаров"
    assert "Малика Раҳимова" in page.select_one(".contact").get_text()
    # A phone picks the 480 px WebP; wider screens the larger ones.
    srcset = page.select_one(".page-hero img")["srcset"]
    assert ".webp 480w" in srcset
    assert ".webp 960w" in srcset


def test_programme_page_lists_the_news_of_that_programme_only(client):
    page = soup(client.get("/en/programmes/digital-arts-academy/"))

    news = [a.get_text(strip=True) for a in page.select("#programme-news ~ .cards .card__title a")]
    assert news == ["New intake for the Digital Arts Academy"]
    card = page.select_one("#programme-news ~ .cards .card")
    assert card.select_one(".card__title a")["href"] == (
        "/en/news/digital-arts-academy-new-intake/"
    )
    assert card.select_one(".card__meta").get_text() == "5 Sep 2026"
    assert "Twenty young designers" in card.get_text()
    assert card.select_one("img.card__image")["srcset"]


def test_a_persons_links_show_under_their_profile(client):
    person = Person.objects.get(name="Farrukh Nazarov")
    person.links = [("link", {"label": "SoundCloud", "url": "https://soundcloud.com/example"})]
    person.save()

    page = soup(client.get(page_at("en", "programmes", "jazz-academy").url))

    link = page.select_one(".person__links a")
    assert (link.get_text(), link["href"]) == ("SoundCloud", "https://soundcloud.com/example")


def test_news_naming_the_programme_in_another_language_is_listed_too(client):
    from news.models import NewsPage

    english = page_at("en", "programmes", "jazz-academy")
    item = (
        NewsPage.objects.live()
        .filter(locale__language_code="ru")
        .exclude(related_programme__translation_key=english.translation_key)
        .first()
    )
    NewsPage.objects.filter(pk=item.pk).update(related_programme=english, date="2030-01-01")

    page = soup(client.get("/ru/programmy/dzhazovaya-akademiya/"))

    news = [a.get_text(strip=True) for a in page.select("#programme-news ~ .cards .card__title a")]
    assert news[0] == item.title
