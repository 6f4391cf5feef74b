"""
The menu and the footer are cached fragments (under the content version of
core.page_cache). What a visitor sees must still change the moment staff change a
page, and private pages stay private.
"""

from wagtail.models import Locale, Page, PageViewRestriction, Site

import pytest
import redis

from core.page_cache import CONTENT_VERSION_KEY
from events.models import EventPage
from home.models import StandardPage
from programmes.models import ProgrammePage
from tests.helpers import REDIS_DB, page_at, redis_cache_settings, soup

pytestmark = pytest.mark.django_db


def menu(client, url):
    return [a.get_text(strip=True) for a in soup(client.get(url)).select("nav.main-nav a")]


def switcher_link(client, url, language):
    return soup(client.get(url)).select_one(f'nav.languages a[hreflang="{language}"]')


def test_a_page_published_in_the_menu_shows_at_once(client, home_pages):
    assert "Press" not in menu(client, "/en/")  # the menu is now cached
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


def test_a_change_of_site_shows_at_once(client):
    assert client.get("/en/about/").status_code == 200

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.is_default_site = "elsewhere.example", False
    site.save()

    assert client.get("/en/about/").status_code == 404


def test_a_page_shows_a_change_to_its_venue_at_once(client):
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
    assert russian["href"].startswith("/ru/")
    programme = ProgrammePage.objects.get(url_path__endswith=russian["href"][3:])
    programme.title = "Академия, переименованная"
    programme.save_revision().publish()
    assert programme_link().get_text() == "Академия, переименованная"

    programme.unpublish()

    assert not programme_link()["href"].startswith("/ru/")  # the page it was made from


def test_a_page_unpublished_or_made_private_is_gone_at_once(client):
    about = page_at("en", "about")
    assert client.get(about.url).status_code == 200
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    assert "/login/" in client.get(about.url)["Location"]

    PageViewRestriction.objects.filter(page=about).delete()
    assert client.get(about.url).status_code == 200
    about.unpublish()
    assert client.get(about.url).status_code == 404


def test_a_change_made_by_another_worker_shows_although_the_menu_is_cached(client, settings):
    """The menu's fragment is cached in Redis, under the content version that every
    worker reads from Redis on every request."""
    settings.CACHES = {**settings.CACHES, "default": redis_cache_settings()}
    from django.core.cache import cache

    try:
        assert "About the centre" in menu(client, "/en/news/")  # cached in Redis
        # Another worker renames the page: the database changes, and that worker's
        # signal deletes the content version in Redis.
        Page.objects.filter(pk=page_at("en", "about").pk).update(title="Who we are")
        redis.Redis(db=REDIS_DB).delete(cache.make_key(CONTENT_VERSION_KEY))

        assert "Who we are" in menu(client, "/en/news/")
    finally:
        cache.clear()
