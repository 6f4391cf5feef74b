"""Visitors read the centre's news in their language, filter it and subscribe to it."""

from django.utils import translation

from wagtail.models import Locale, Page

import pytest
from defusedxml import ElementTree

from news.models import NewsIndexPage, NewsPage, NewsTag, NewsTagLink
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


def in_language(english, language):
    return NewsPage.objects.get(
        locale__language_code=language, translation_key=english.translation_key
    )


def jazz_concert():
    return NewsPage.objects.get(slug="jazz-academy-end-of-year-concert")


@pytest.mark.parametrize(
    ("language", "names"),
    [("en", ["jazz", "education"]), ("ru", ["джаз", "образование"]), ("tg", ["ҷаз", "маориф"])],
)
def test_news_tags_are_shown_in_the_visitors_language(client, language, names):
    item = in_language(jazz_concert(), language)

    tags = soup(client.get(item.url)).select(".tags a")

    assert [tag.get_text() for tag in tags] == names
    assert [tag["href"].split("?")[1] for tag in tags] == ["tag=jazz", "tag=education"]
    assert all(not tag.has_attr("lang") for tag in tags)


@pytest.mark.parametrize("language", ["ru", "tg"])
def test_a_tag_filters_the_news_in_every_language(client, language):
    index = NewsIndexPage.objects.get(locale__language_code=language)
    expected = [in_language(jazz_concert(), language).title]
    festival = NewsPage.objects.get(slug="preparing-dushanbe-ethno-jazz-festival-2021")
    expected.append(in_language(festival, language).title)

    assert titles(client.get(index.url, {"tag": "jazz"})) == expected


def test_the_preview_shows_the_tags_as_the_editor_left_them_unsaved():
    """In the admin's preview the page's tag links are the form's, unsaved, held in
    memory: the tags shown are those, in their order, each in the page's language."""
    item = in_language(jazz_concert(), "tg")
    draft = NewsPage.objects.get(pk=item.pk)
    links = sorted(draft.tag_links.all(), key=lambda link: link.sort_order)
    strings = NewsTag.objects.create(locale=Locale.get_default(), name="strings")
    # The editor puts the second tag first and adds one, without saving.
    draft.tag_links = [
        NewsTagLink(tag=links[1].tag, sort_order=0),
        NewsTagLink(tag=strings, sort_order=1),
        NewsTagLink(tag=links[0].tag, sort_order=2),
    ]

    with translation.override("tg"):
        shown = [tag["name"] for tag in draft.tags_in_active_language()]

    assert shown == ["маориф", "strings", "ҷаз"]
    assert NewsTagLink.objects.filter(page=item).count() == 2  # nothing saved


def test_a_tag_not_yet_translated_is_shown_in_english_and_marked_so(client):
    strings = NewsTag.objects.create(locale=Locale.get_default(), name="strings")
    item = in_language(jazz_concert(), "tg")
    NewsTagLink.objects.create(page=item, tag=strings, sort_order=5)

    tags = soup(client.get(item.url)).select(".tags a")

    assert [(tag.get_text(), tag.get("lang")) for tag in tags] == [
        ("ҷаз", None),
        ("маориф", None),
        ("strings", "en"),
    ]
    assert tags[-1]["href"].endswith("?tag=strings")


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
        assert (
            entry.find("atom:link", ATOM).get("href").startswith(f"http://testserver/{language}/")
        )
    author = feed.find("atom:author", ATOM)
    assert (
        author.findtext("atom:name", namespaces=ATOM)
        == {
            "en": "Bactria Culture Centre",
            "ru": "Культурный центр «Бактрия»",
            "tg": "Маркази фарҳангии «Бактрия»",
        }[language]
    )
    assert author.findtext("atom:uri", namespaces=ATOM) == f"http://testserver/{language}/"


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
