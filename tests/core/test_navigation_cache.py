"""
The menu, the home pages and the language switcher are kept in the cache for every
visitor, and each page is found in one query per step of its address. What a visitor
sees must still change the moment staff change a page, and private pages stay private.
"""

import uuid

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Locale, Page, PageViewRestriction, Site

import pytest
import redis

from core.navigation import VERSION_KEY
from events.models import EventPage
from home.models import StandardPage
from programmes.models import ProgrammePage
from tests.helpers import page_at, soup

pytestmark = pytest.mark.django_db


def menu(client, url):
    return [a.get_text(strip=True) for a in soup(client.get(url)).select("nav.main-nav a")]


def switcher_link(client, url, language):
    return soup(client.get(url)).select_one(f'nav.languages a[hreflang="{language}"]')


def test_a_page_published_in_the_menu_shows_at_once(client, home_pages):
    assert "Press" not in menu(client, "/en/")  # the menu is now in the cache
    press = home_pages["en"].add_child(
        instance=StandardPage(title="Press", slug="press", show_in_menus=True)
    )
    press.save_revision().publish()

    assert menu(client, "/en/")[-1] == "Press"
    assert "Press" not in menu(client, "/ru/")


def test_a_renamed_or_unpublished_menu_page_changes_the_menu_at_once(client):
    assert "About the centre" in menu(client, "/en/news/")
    about = page_at("en", "about")
    about.title = "Who we are"
    about.save_revision().publish()

    assert "Who we are" in menu(client, "/en/news/")

    about.unpublish()

    assert "Who we are" not in menu(client, "/en/news/")


def test_the_switcher_follows_a_translation_unpublished_and_published_again(client):
    url = "/en/programmes/jazz-academy/"
    assert switcher_link(client, url, "tg")["href"] == "/tg/barnomaho/akademiyai-jaz/"
    tajik = ProgrammePage.objects.get(slug="jazz-academy").get_translation(
        Locale.objects.get(language_code="tg")
    )
    tajik.unpublish()

    assert switcher_link(client, url, "tg")["href"] == "/tg/"

    tajik.save_revision().publish()

    assert switcher_link(client, url, "tg")["href"] == "/tg/barnomaho/akademiyai-jaz/"


def test_a_page_under_a_password_protected_section_asks_for_the_password(client):
    assert client.get("/en/programmes/jazz-academy/").status_code == 200
    PageViewRestriction.objects.create(
        page=page_at("en", "programmes"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="members-only",  # noqa: S106
    )

    for url in ("/en/programmes/", "/en/programmes/jazz-academy/"):
        page = soup(client.get(url))
        assert page.select_one('input[name="password"]') is not None, url
        assert "Jazz Academy" not in page.get_text(), url
    assert client.get("/en/news/").status_code == 200


def test_an_alias_of_a_protected_page_is_protected_too(client, home_pages):
    original = page_at("en", "about")
    PageViewRestriction.objects.create(page=original, restriction_type=PageViewRestriction.LOGIN)
    original.create_alias(parent=home_pages["en"], update_slug="about-again")

    response = client.get("/en/about-again/")

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_page_of_an_unexpected_type_or_a_missing_one_is_routed_as_before(client, home_pages):
    programmes = page_at("en", "programmes")
    # Staff cannot put a plain page under the programmes; a script can.
    programmes.add_child(instance=StandardPage(title="Odd one", slug="odd-one"))

    assert soup(client.get("/en/programmes/odd-one/")).h1.get_text(strip=True) == "Odd one"
    assert client.get("/en/programmes/no-such-programme/").status_code == 404
    assert client.get("/en/programmes/jazz-academy/no-such-call/").status_code == 404


def test_pages_find_their_site_in_the_cache_and_see_a_change_of_site_at_once(client):
    client.get("/en/about/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/en/about/").status_code == 200
    assert not [q for q in captured if "wagtailcore_site" in q["sql"]]

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.is_default_site = "elsewhere.example", False
    site.save()

    assert client.get("/en/about/").status_code == 404


def routed_queries(client, url):
    """The queries of a second request for `url` that look up a site or a page by slug."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [
        q["sql"]
        for q in captured
        if "wagtailcore_site" in q["sql"] or '"wagtailcore_page"."slug" = ' in q["sql"]
    ]


def test_a_page_visited_before_is_routed_without_reading_the_page_tree(client):
    assert routed_queries(client, "/en/programmes/jazz-academy/") == []
    assert routed_queries(client, "/en/events/") == []


def test_an_address_below_a_kept_page_is_routed_from_it(client):
    month = f"/ru/sobytiya/{timezone.localdate():%Y/%m}/"
    assert client.get("/ru/sobytiya/").status_code == 200  # the calendar is kept

    assert routed_queries(client, month) == []
    assert routed_queries(client, "/ru/sobytiya/2027/01/") == []  # a month not seen yet
    assert client.get("/ru/sobytiya/2027/13/").status_code == 404
    assert client.get("/ru/sobytiya/no-such-event/").status_code == 404


def test_a_routed_page_shows_a_change_to_its_venue_at_once(client):
    event = EventPage.objects.live().filter(locale__language_code="en").exclude(venue=None).first()
    assert event.venue.name in soup(client.get(event.url)).select_one(".facts").get_text()
    venue = event.venue
    venue.name = "The New Hall"
    venue.save()

    assert "The New Hall" in soup(client.get(event.url)).select_one(".facts").get_text()


def test_the_programme_an_event_links_to_shows_its_new_title_and_translation_at_once(client):
    event = EventPage.objects.live().filter(locale__language_code="ru").exclude(programme=None)[0]

    def programme_link():
        return soup(client.get(event.url)).select_one(".eyebrow a")

    russian = programme_link()
    assert russian["href"].startswith("/ru/")  # kept in the cache from now on
    programme = ProgrammePage.objects.get(url_path__endswith=russian["href"][3:])
    programme.title = "Академия, переименованная"
    programme.save_revision().publish()
    assert programme_link().get_text() == "Академия, переименованная"

    programme.unpublish()

    assert not programme_link()["href"].startswith("/ru/")  # the page it was made from


def test_a_routed_page_unpublished_or_made_private_is_gone_at_once(client):
    about = page_at("en", "about")
    assert client.get(about.url).status_code == 200
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    assert "/login/" in client.get(about.url)["Location"]

    PageViewRestriction.objects.filter(page=about).delete()
    assert client.get(about.url).status_code == 200
    about.unpublish()
    assert client.get(about.url).status_code == 404


def test_where_the_cache_is_not_shared_pages_are_routed_through_the_page_tree(client, settings):
    settings.ROUTING_CACHE = False  # production without Redis: one cache per worker

    assert routed_queries(client, "/en/programmes/jazz-academy/") != []


def test_a_change_made_by_another_worker_shows_although_this_one_kept_the_menu(client, settings):
    """Each process keeps the entries it read under the current version in its own
    memory; the version itself is read from the shared cache on every request."""
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"bactria-test-{uuid.uuid4().hex}",
        },
    }
    from django.core.cache import cache

    try:
        assert "About the centre" in menu(client, "/en/news/")  # kept in this process
        # Another worker renames the page: the database changes, and that worker's
        # signal forgets the version in Redis. Nothing reaches this process's memory.
        Page.objects.filter(pk=page_at("en", "about").pk).update(title="Who we are")
        redis.Redis(db=15).delete(cache.make_key(VERSION_KEY))

        assert "Who we are" in menu(client, "/en/news/")
    finally:
        cache.clear()
