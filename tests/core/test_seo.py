"""Search engines and social networks get what they need from every page."""

from wagtail.models import Site

import pytest
from defusedxml import ElementTree

from tests.helpers import soup

pytestmark = pytest.mark.django_db


XML = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def test_programme_page_has_canonical_description_and_open_graph(client):
    page = soup(client.get("/tg/barnomaho/akademiyai-jaz/"))

    canonical = page.select_one('link[rel="canonical"]')["href"]
    assert canonical == "http://testserver/tg/barnomaho/akademiyai-jaz/"
    og = {tag["property"]: tag["content"] for tag in page.select("meta[property]")}
    assert og["og:title"] == "Академияи ҷаз"
    assert og["og:url"] == canonical
    assert og["og:locale"] == "tg_TJ"
    assert og["og:description"].startswith("Мактабе")
    assert og["og:image"].startswith("http://testserver/media/images/")
    assert og["og:image"].endswith(".jpg")
    assert page.select_one('meta[name="description"]')["content"] == og["og:description"]


def test_sitemap_lists_every_language_with_hreflang_and_x_default_alternates(client):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    sitemap = ElementTree.fromstring(response.content)
    urls = sitemap.findall("sm:url", XML)
    # Absolute addresses on the host name staff set in Settings > Sites.
    root = Site.objects.get(is_default_site=True).root_url
    locations = [url.findtext("sm:loc", namespaces=XML) for url in urls]
    assert f"{root}/en/" in locations
    assert f"{root}/ru/programmy/dzhazovaya-akademiya/" in locations
    assert f"{root}/tg/barnomaho/akademiyai-jaz/" in locations
    jazz = urls[locations.index(f"{root}/en/programmes/jazz-academy/")]
    alternates = {
        link.get("hreflang"): link.get("href") for link in jazz.findall("xhtml:link", XML)
    }
    # English is the x-default, as in the pages' heads.
    assert alternates == {
        "x-default": f"{root}/en/programmes/jazz-academy/",
        "en": f"{root}/en/programmes/jazz-academy/",
        "ru": f"{root}/ru/programmy/dzhazovaya-akademiya/",
        "tg": f"{root}/tg/barnomaho/akademiyai-jaz/",
    }


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_open_graph_names_the_language_with_its_country_and_the_other_versions(client):
    page = soup(client.get("/ru/programmy/dzhazovaya-akademiya/"))

    assert page.select_one('meta[property="og:locale"]')["content"] == "ru_RU"
    alternates = page.select('meta[property="og:locale:alternate"]')
    assert sorted(tag["content"] for tag in alternates) == ["en_GB", "tg_TJ"]


@pytest.mark.parametrize("url", ["/en/search/?q=jazz", "/ru/proekty/", "/tg/chorabiniho/"])
def test_filter_and_search_forms_have_no_empty_action(client, url):
    response = client.get(url, follow=True)

    forms = soup(response).select("main form")
    assert response.status_code == 200
    assert forms
    assert all(form.get("action") != "" for form in forms)


@pytest.mark.parametrize(
    ("url", "heading"),
    [("/en/programmes/jazz-academy/", "People"), ("/ru/programmy/dzhazovaya-akademiya/", "Люди")],
)
def test_the_people_on_a_programme_page_have_a_heading(client, url, heading):
    section = soup(client.get(url)).select_one("section.people")

    assert section.find("h2").get_text(strip=True) == heading
    assert section.select(".person__name")
