"""With DEBUG on (`make run`), a missing page still looks like the site; every page
names the site's icons, and browsers find them."""

from django.http import Http404
from django.test import RequestFactory, override_settings

import pytest

from core.middleware import SiteNotFoundPageMiddleware
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@override_settings(DEBUG=True)
@pytest.mark.parametrize(
    ("language", "heading"), [("en", "Page not found"), ("tg", "Саҳифа ёфт нашуд")]
)
def test_with_debug_on_a_missing_page_is_the_sites_own_404(client, language, heading):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    page = soup(response)
    assert page.h1.get_text(strip=True) == heading
    assert page.select_one("nav.main-nav") is not None
    assert page.select_one("footer.site-footer") is not None
    assert b"technical_404" not in response.content
    assert b"Using the URLconf" not in response.content


@override_settings(DEBUG=True)
def test_with_debug_on_the_admin_keeps_djangos_own_404():
    middleware = SiteNotFoundPageMiddleware(lambda request: None)

    public = middleware.process_exception(RequestFactory().get("/en/gone/"), Http404())
    admin = middleware.process_exception(RequestFactory().get("/admin/pages/9/"), Http404())

    assert public.status_code == 404
    assert admin is None  # Django's technical page, with what was looked for


def test_the_favicon_is_served_at_the_sites_root(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 200
    assert response["Content-Type"] in {"image/x-icon", "image/vnd.microsoft.icon"}
    assert b"".join(response.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file


def test_every_page_names_the_icons_and_they_are_served(client):
    head = soup(client.get("/tg/")).head

    svg = head.select_one('link[rel="icon"][type="image/svg+xml"]')["href"]
    touch = head.select_one('link[rel="apple-touch-icon"]')["href"]
    assert head.select_one('link[rel="icon"][href="/favicon.ico"]') is not None
    svg_response = client.get(svg)
    assert svg_response.status_code == 200
    assert b"<svg" in b"".join(svg_response.streaming_content)
    assert client.get(touch)["Content-Type"] == "image/png"
