"""Links to pages: reversed once per process (core.page_urls), the same as Wagtail's."""

from django.test import RequestFactory
from django.urls import set_script_prefix
from django.utils import translation

from wagtail.models import Page

import pytest

from core.models import BasePage
from tests.helpers import page_at, soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_every_page_has_the_address_wagtail_gives_it(language):
    request = RequestFactory().get("/", HTTP_HOST="localhost")
    pages = [page for page in Page.objects.specific() if isinstance(page, BasePage)]
    assert len(pages) > 50
    with translation.override(language):
        for page in pages:
            assert page.get_url(request) == Page.get_url(page, request), page.url_path


def test_the_address_served_is_the_page(client):
    page = page_at("tg", "barnomaho", "akademiyai-jaz")
    response = client.get(page.url)
    assert response.status_code == 200
    assert response.context["page"].pk == page.pk


def test_a_renamed_page_is_linked_at_its_new_address_at_once():
    page = page_at("en", "programmes", "jazz-academy")
    assert page.url == "/en/programmes/jazz-academy/"

    page.slug = "jazz-school"
    page.save_revision().publish()

    assert Page.objects.get(pk=page.pk).specific.url == "/en/programmes/jazz-school/"


def test_a_site_served_below_a_prefix_links_below_it():
    page = page_at("ru", "programmy", "dzhazovaya-akademiya")
    try:
        set_script_prefix("/centre/")
        assert page.url == "/centre/ru/programmy/dzhazovaya-akademiya/"
    finally:
        set_script_prefix("/")
    assert page.url == "/ru/programmy/dzhazovaya-akademiya/"


def test_links_stay_right_when_the_home_page_moves_in_the_tree(client):
    # The sites' root paths are kept with the menu (core.navigation): a new slug for
    # the home page changes every page's path in the tree, not its address.
    def menu_links():
        return [a["href"] for a in soup(client.get("/en/")).select(".main-nav a")]

    before = menu_links()
    assert "/en/programmes/" in before
    home = Page.objects.get(url_path="/home/").specific
    home.slug = "start"
    home.save_revision().publish()

    assert Page.objects.get(pk=home.pk).url_path == "/start/"
    assert menu_links() == before
