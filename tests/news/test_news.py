"""Visitors read the centre's news in their language, filter it and subscribe to it."""

from wagtail.models import Page

import pytest
from defusedxml import ElementTree

from news.models import NewsIndexPage, NewsPage
from tests.helpers import soup, warm_query_count

pytestmark = pytest.mark.django_db


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".card__title a")]


def test_news_index_lists_newest_first(client):
    shown = titles(client.get("/en/news/"))

    assert shown == [
        "Bob's Music Award opens applications",
        "New intake for the Digital Arts Academy",
        "Jazz Academy students give their end-of-year concert",
        "Preparing the Dushanbe Ethno Jazz Festival 2021",
    ]


def test_news_index_filters_by_kind_and_tag(client):
    assert titles(client.get("/en/news/", {"kind": "press-release"})) == [
        "New intake for the Digital Arts Academy"
    ]
    assert titles(client.get("/en/news/", {"tag": "festival"})) == [
        "Preparing the Dushanbe Ethno Jazz Festival 2021"
    ]
    assert titles(client.get("/en/news/", {"tag": "no-such-tag"})) == []


def test_news_page_shows_date_kind_and_programme_in_russian(client):
    english = NewsPage.objects.get(slug="preparing-dushanbe-ethno-jazz-festival-2021")
    russian = english.get_translation(english.locale.__class__.objects.get(language_code="ru"))

    response = client.get(russian.url)

    page = soup(response)
    assert response.status_code == 200
    assert "15 апреля 2021" in page.select_one(".eyebrow").get_text()
    programme_link = page.find("a", string="Душанбинский фестиваль этно-джаза")
    assert programme_link["href"].startswith("/ru/")


ATOM = {"atom": "http://www.w3.org/2005/Atom"}


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_each_language_has_its_own_atom_feed(client, language):
    index = NewsPage.objects.filter(locale__language_code=language).first().get_parent()

    response = client.get(index.url + "feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    entries = feed.findall("atom:entry", ATOM)
    assert len(entries) == 4
    for entry in entries:
        assert f"/{language}/" in entry.find("atom:link", ATOM).get("href")


def test_news_index_links_its_feed(client):
    page = soup(client.get("/en/news/"))

    assert page.select_one('link[type="application/atom+xml"]')["href"] == "/en/news/feed/"


def test_news_index_costs_the_same_queries_with_one_item_or_thirty(
    client, django_assert_max_num_queries
):
    english = list(NewsPage.objects.filter(locale__language_code="en").order_by("date"))
    Page.objects.filter(pk__in=[item.pk for item in english[1:]]).update(live=False)
    one = warm_query_count(client, "/en/news/", django_assert_max_num_queries, 7)
    assert len(titles(client.get("/en/news/"))) == 1

    for number in range(29):
        english[0].copy(
            to=english[0].get_parent(),
            update_attrs={"slug": f"copy-{number}", "title": f"Copy {number}"},
        ).save_revision().publish()
    thirty = warm_query_count(client, "/en/news/", django_assert_max_num_queries, 7)

    assert len(titles(client.get("/en/news/"))) == NewsIndexPage.per_page  # page 1 of 3
    assert thirty == one
