"""The footer comes from the cache, and a change to it or its pages shows at once."""

import pytest

from core.models import Footer
from tests.helpers import page_at, soup

pytestmark = pytest.mark.django_db


def footer_of(client, url):
    return soup(client.get(url)).select_one("footer.site-footer")


def test_editing_the_footer_shows_on_the_next_page_view(client):
    footer_of(client, "/en/")  # now in the cache
    footer = Footer.objects.get(locale__language_code="en")
    footer.text = "<p>Open every day from 10:00.</p>"
    footer.save()

    assert "Open every day from 10:00." in footer_of(client, "/en/").get_text()


def test_a_renamed_page_in_the_footer_gets_its_new_address_at_once(client):
    footer_of(client, "/en/")
    about = page_at("en", "about")
    about.slug = "about-us"
    about.save_revision().publish()

    hrefs = [a["href"] for a in footer_of(client, "/en/").select("a")]

    assert "/en/about-us/" in hrefs


def test_each_language_has_its_own_cached_footer(client):
    english = footer_of(client, "/en/").get_text()
    russian = footer_of(client, "/ru/").get_text()

    assert english != russian
    assert "Душанбе" in russian
