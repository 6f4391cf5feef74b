"""Every absolute address the site gives starts with its public address (SITE_URL),
whatever host name the request came by."""

import json
import re

from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Site

import pytest
from defusedxml import ElementTree

from core.site_url import apply_site_url
from events.models import EventPage
from news.models import NewsIndexPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

PUBLIC = "https://bactria.example"
# A priced event with no image of its own: it shows its programme's.
FILM_EVENING = "film-evening-jazz-on-screen"
XML = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "atom": "http://www.w3.org/2005/Atom"}


@pytest.fixture
def public_address():
    """The site configured at https://bactria.example; requests still come to testserver."""
    with override_settings(SITE_URL=PUBLIC):
        apply_site_url()
        yield PUBLIC


def test_migrate_gives_the_site_the_configured_host_name_and_port():
    with override_settings(SITE_URL="https://bactria.example:8443"):
        call_command("migrate", verbosity=0)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("bactria.example", 8443)


def test_the_demo_loader_sets_the_site_from_settings_too():
    from demo.loader import load_demo_content

    with override_settings(SITE_URL="http://127.0.0.1:8000"):
        load_demo_content()

    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8000"


def absolute_addresses(text):
    """The http(s) addresses in a text, up to the first quote, space or angle bracket."""
    return re.findall(r"https?://[^\s\"'<>]+", text)


def own_addresses(text):
    """Those of the site's own addresses, leaving out other sites' (schema.org, maps...)."""
    return [
        url
        for url in absolute_addresses(text)
        if "bactria" in url.split("/")[2] or "testserver" in url or "localhost" in url
    ]


def test_sitemap_robots_and_feed_use_the_public_address(client, public_address):
    robots = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots

    sitemap = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locations = [loc.text for loc in sitemap.iterfind("sm:url/sm:loc", XML)]
    assert locations
    assert all(location.startswith(f"{PUBLIC}/") for location in locations)

    index = NewsIndexPage.objects.get(locale__language_code="ru")
    feed = client.get(index.url + "feed/").content.decode()
    links = [link.get("href") for link in ElementTree.fromstring(feed).iter() if link.get("href")]
    assert links
    assert all(link.startswith(f"{PUBLIC}/ru/") for link in links)
    assert all(url.startswith(PUBLIC) for url in own_addresses(feed))


def test_a_page_head_and_its_json_ld_use_the_public_address(client, public_address):
    event = EventPage.objects.get(locale__language_code="en", slug=FILM_EVENING)

    response = client.get(event.url)

    page = soup(response)
    assert page.select_one('link[rel="canonical"]')["href"] == f"{PUBLIC}{event.url}"
    hreflang = [link["href"] for link in page.select('link[rel="alternate"][hreflang]')]
    assert len(hreflang) == 4  # en, x-default, ru, tg
    assert all(href.startswith(f"{PUBLIC}/") for href in hreflang)
    assert page.select_one('meta[property="og:image"]')["content"].startswith(f"{PUBLIC}/media/")
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["url"] == f"{PUBLIC}{event.url}"
    assert data["organizer"]["url"] == f"{PUBLIC}/en/"
    assert data["image"][0].startswith(f"{PUBLIC}/media/")
    google = page.select_one('a[href^="https://calendar.google.com/"]')["href"]
    assert "bactria.example" in google
    own = own_addresses(response.content.decode())
    assert own
    assert [url for url in own if not url.startswith(PUBLIC)] == []


def test_calendar_files_use_the_public_address(client, public_address):
    english = EventPage.objects.get(locale__language_code="en", slug=FILM_EVENING)
    event = EventPage.objects.get(
        locale__language_code="tg", translation_key=english.translation_key
    )

    ics = client.get(event.url.rstrip("/") + ".ics").content.decode()

    unfolded = ics.replace("\r\n ", "")
    assert f"URL:{PUBLIC}{event.url}" in unfolded
    assert "testserver" not in unfolded


def test_production_takes_the_public_address_from_the_first_allowed_host():
    from tests.core.test_settings import STRONG_KEY, manage

    shown = "from django.conf import settings; print(settings.SITE_URL)"
    derived = manage("shell", "-c", shown, SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="bactria.tj,x.tj")
    chosen = manage(
        "shell",
        "-c",
        shown,
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="bactria.tj",
        SITE_URL="https://www.bactria.tj/",
    )

    assert derived.stdout.split()[-1] == "https://bactria.tj", derived.stderr
    assert chosen.stdout.split()[-1] == "https://www.bactria.tj", chosen.stderr
