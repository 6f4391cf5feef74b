"""The language switcher on a booking form leads to the same event's booking form in
each language, whose address differs by language (core.same_place.route_place)."""

from wagtail.models import Page

import pytest

from tests.bookings.conftest import book_url, page_in
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def switcher(response):
    """{language code: href} of the language switcher's links."""
    links = soup(response).select("nav.languages a[hreflang]")
    return {link["hreflang"]: link["href"] for link in links}


def test_the_tajik_booking_form_links_to_each_languages_booking_form(client, weekly_class):
    response = client.get(book_url("tg"))

    assert response.status_code == 200
    links = switcher(response)
    assert links == {"en": book_url("en"), "ru": book_url("ru")}
    # Each leads to that language's form: the event's page there, "book/" after it.
    assert links["ru"] != book_url("tg").replace("/tg/", "/ru/", 1)
    for language, address in links.items():
        answer = client.get(address)
        assert answer.status_code == 200, address
        assert answer.context["event"] == page_in(weekly_class, language)


def test_an_event_not_translated_links_to_that_languages_home(client, weekly_class):
    Page.objects.filter(pk=page_in(weekly_class, "ru").pk).update(live=False)

    page = soup(client.get(book_url("tg")))

    russian = page.select_one('nav.languages a[hreflang="ru"]')
    assert russian["href"] == "/ru/"
    assert "languages__missing" in russian["class"]
    assert page.select_one('nav.languages a[hreflang="en"]')["href"] == book_url("en")


def test_the_booking_form_of_an_event_not_found_links_to_each_languages_home(client):
    response = client.get("/tg/chorabiniho/no-such-event/book/")

    assert response.status_code == 404
    assert switcher(response) == {"en": "/en/", "ru": "/ru/"}
