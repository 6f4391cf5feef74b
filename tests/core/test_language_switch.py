"""Changing language keeps the visitor's place: the same month, listing, search or status."""

from urllib.parse import parse_qs, urlsplit

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT

from wagtail.models import Locale

import pytest

from events.models import EventPage
from programmes.models import ProgrammePage
from projects.models import ProjectTheme
from tests.applications.conftest import open_call, submitted_application
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def switcher(response):
    """{language code: href} of the language switcher's links."""
    links = soup(response).select("nav.languages a[hreflang]")
    return {link["hreflang"]: link["href"] for link in links}


def head_links(response):
    page = soup(response)
    alternates = {
        link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')
    }
    return page.select_one('link[rel="canonical"]')["href"], alternates


def translation_of(obj, language):
    return obj.get_translation(Locale.objects.get(language_code=language))


def test_a_month_of_the_calendar_links_to_the_same_month_in_each_language(client):
    response = client.get("/en/events/2027/01/")

    assert response.status_code == 200
    assert switcher(response) == {"ru": "/ru/sobytiya/2027/01/", "tg": "/tg/chorabiniho/2027/01/"}
    assert client.get("/ru/sobytiya/2027/01/").status_code == 200


def test_a_month_has_its_own_canonical_address_and_alternates(client):
    canonical, alternates = head_links(client.get("/ru/sobytiya/2027/01/"))

    assert canonical == "http://testserver/ru/sobytiya/2027/01/"
    assert alternates == {
        "en": "http://testserver/en/events/2027/01/",
        "ru": "http://testserver/ru/sobytiya/2027/01/",
        "tg": "http://testserver/tg/chorabiniho/2027/01/",
        "x-default": "http://testserver/en/events/2027/01/",
    }


def test_the_past_events_link_to_the_past_events_in_each_language(client):
    response = client.get("/tg/chorabiniho/past/")

    assert switcher(response) == {"en": "/en/events/past/", "ru": "/ru/sobytiya/past/"}
    canonical, alternates = head_links(response)
    assert canonical == "http://testserver/tg/chorabiniho/past/"
    assert alternates["x-default"] == "http://testserver/en/events/past/"


def test_two_months_do_not_share_their_cached_language_links(client):
    assert switcher(client.get("/en/events/2027/01/"))["ru"] == "/ru/sobytiya/2027/01/"

    assert switcher(client.get("/en/events/2027/02/"))["ru"] == "/ru/sobytiya/2027/02/"
    assert switcher(client.get("/en/events/"))["ru"] == "/ru/sobytiya/"
    _canonical, alternates = head_links(client.get("/en/events/"))
    assert alternates["ru"] == "http://testserver/ru/sobytiya/"


def test_search_keeps_the_query(client):
    response = client.get("/en/search/", {"q": "jazz academy"})

    assert switcher(response) == {
        "ru": "/ru/search/?q=jazz+academy",
        "tg": "/tg/search/?q=jazz+academy",
    }
    assert switcher(client.get("/en/search/", {"q": "ethno"}))["ru"] == "/ru/search/?q=ethno"


def test_the_events_filters_are_kept_with_the_programme_and_venue_in_that_language(client):
    event = EventPage.objects.live().filter(locale__language_code="en").exclude(venue=None)
    event = event.exclude(programme=None).first()
    programme, venue = event.programme, event.venue
    query = f"?programme={programme.pk}&venue={venue.pk}&category={event.category}&page=1"

    links = switcher(client.get("/en/events/" + query))

    russian = urlsplit(links["ru"])
    assert russian.path == "/ru/sobytiya/"
    assert parse_qs(russian.query) == {
        "programme": [str(translation_of(programme, "ru").pk)],
        "venue": [str(translation_of(venue, "ru").pk)],
        "category": [event.category],
        "page": ["1"],
    }
    # The Russian listing shows that programme's events.
    listed = soup(client.get(links["ru"])).select_one("main").get_text()
    assert translation_of(event, "ru").title in listed


def test_a_filter_on_something_not_translated_is_left_out(client):
    programme = ProgrammePage.objects.get(slug="jazz-academy")
    translation_of(programme, "tg").unpublish()

    links = switcher(client.get(f"/en/events/?programme={programme.pk}&category=workshop"))

    assert links["tg"] == "/tg/chorabiniho/?category=workshop"
    assert links["ru"] == (
        f"/ru/sobytiya/?programme={translation_of(programme, 'ru').pk}&category=workshop"
    )


def test_the_project_filters_are_kept_with_the_theme_in_that_language(client):
    theme = ProjectTheme.objects.filter(locale__language_code="ru").first()

    links = switcher(client.get(f"/ru/proekty/?status=completed&theme={theme.pk}&page=1"))

    assert links["tg"] == (
        f"/tg/loihaho/?status=completed&theme={translation_of(theme, 'tg').pk}&page=1"
    )


def test_a_value_that_is_not_an_id_is_kept_as_it_is(client):
    links = switcher(client.get("/en/events/?venue=the-big-hall"))

    assert links["ru"] == "/ru/sobytiya/?venue=the-big-hall"


def test_news_filters_are_kept(client):
    assert switcher(client.get("/en/news/?kind=story"))["ru"] == "/ru/novosti/?kind=story"


def test_the_applicants_status_page_links_to_itself_in_each_language(client, monkeypatch):
    token = submitted_application(open_call("ru"), "BMA-2026-TEST").status_token
    kept = []
    default_cache = caches["default"]
    store = default_cache.set

    def record(key, value, timeout=DEFAULT_TIMEOUT, **kwargs):
        if timeout != 0:
            kept.append(str(value))
        return store(key, value, timeout, **kwargs)

    monkeypatch.setattr(default_cache, "set", record)

    response = client.get(f"/ru/applications/{token}/")

    assert switcher(response) == {
        "en": f"/en/applications/{token}/",
        "tg": f"/tg/applications/{token}/",
    }
    assert soup(client.get(f"/tg/applications/{token}/")).h1.get_text() == "BMA-2026-TEST"
    # Its address stays out of the cache, header included.
    assert kept
    assert not any(token in value for value in kept)


def test_a_page_not_found_links_to_each_languages_home(client):
    assert switcher(client.get("/en/no-such-page/")) == {"ru": "/ru/", "tg": "/tg/"}
