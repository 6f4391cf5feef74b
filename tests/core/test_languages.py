"""A visitor reads the site in English, Russian or Tajik, and is sent to their language."""

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from programmes.models import ProgrammePage

pytestmark = pytest.mark.django_db

HEADINGS = {
    "en": "Art, music and learning in the heart of Dushanbe",
    "ru": "Искусство, музыка и обучение в сердце Душанбе",
    "tg": "Санъат, мусиқӣ ва таълим дар қалби Душанбе",
}
SKIP_LINKS = {
    "en": "Skip to main content",
    "ru": "Перейти к основному содержанию",
    "tg": "Ба мундариҷаи асосӣ гузаред",
}


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_home_page_renders_in_each_language(client, language):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == HEADINGS[language]
    assert page.select_one("a.skip-link").get_text(strip=True) == SKIP_LINKS[language]
    assert page.select_one("a.skip-link")["href"] == "#main"
    assert page.select_one("main#main") is not None


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_home_page_lists_every_translation_as_hreflang_alternate(client, language):
    page = soup(client.get(f"/{language}/"))

    alternates = {
        link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')
    }
    assert alternates == {
        "en": "http://testserver/en/",
        "ru": "http://testserver/ru/",
        "tg": "http://testserver/tg/",
        "x-default": "http://testserver/en/",
    }


def test_programme_page_alternates_use_each_languages_own_address(client):
    page = soup(client.get("/ru/programmy/dzhazovaya-akademiya/"))

    alternates = {
        link["hreflang"]: link["href"] for link in page.select('link[rel="alternate"][hreflang]')
    }
    assert alternates["en"] == "http://testserver/en/programmes/jazz-academy/"
    assert alternates["tg"] == "http://testserver/tg/barnomaho/akademiyai-jaz/"
    assert page.h1.get_text(strip=True) == "Джазовая академия"


def test_language_switcher_links_to_the_translation_of_the_current_page(client):
    page = soup(client.get("/en/programmes/bobs-music-award/"))

    switcher = page.select_one("nav.languages")
    links = {a["hreflang"]: a for a in switcher.select("a")}
    assert links["ru"]["href"] == "/ru/programmy/muzykalnaya-premiya-boba/"
    assert links["ru"].get_text(strip=True) == "Русский"
    assert links["tg"]["href"] == "/tg/barnomaho/joizai-musiqii-bob/"
    assert links["tg"].get_text(strip=True) == "Тоҷикӣ"
    current = switcher.select_one('[aria-current="true"]')
    assert current.get_text(strip=True) == "English"


def test_switcher_leads_to_that_languages_home_when_a_page_is_not_translated(client):
    english = ProgrammePage.objects.get(slug="jazz-academy")
    tajik = english.get_translation(Locale.objects.get(language_code="tg"))
    tajik.unpublish()

    page = soup(client.get("/en/programmes/jazz-academy/"))

    tajik_link = page.select_one('nav.languages a[hreflang="tg"]')
    assert tajik_link["href"] == "/tg/"
    assert "languages__missing" in tajik_link["class"]
    hreflangs = {link["hreflang"] for link in page.select('link[rel="alternate"][hreflang]')}
    assert hreflangs == {"en", "ru", "x-default"}


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("ru-RU,ru;q=0.9,en;q=0.8", "/ru/"), ("tg", "/tg/"), ("en-GB", "/en/"), ("fr, de", "/en/")],
)
def test_root_redirects_to_the_visitors_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected


def test_root_without_accept_language_goes_to_english(client):
    response = client.get("/")

    assert response["Location"] == "/en/"


def test_root_follows_the_language_the_visitor_chose_before(client, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "tg"

    response = client.get("/", headers={"accept-language": "ru"})

    assert response["Location"] == "/tg/"


def test_menu_shows_the_programmes_in_the_visitors_language(client):
    page = soup(client.get("/tg/"))

    menu = [(a.get_text(strip=True), a["href"]) for a in page.select("nav.main-nav a")]
    assert menu == [
        ("Барномаҳо", "/tg/barnomaho/"),
        ("Лоиҳаҳои шарикӣ", "/tg/loihaho/"),
        ("Хабарҳо", "/tg/khabarho/"),
        ("Чорабиниҳо", "/tg/chorabiniho/"),
        ("Дар бораи марказ", "/tg/dar-borai-markaz/"),
        ("Тамос", "/tg/tamos/"),
        ("Маркази захираҳо", "/tg/zakhiraho/"),
    ]


def test_footer_is_translated(client):
    page = soup(client.get("/ru/"))

    footer = page.select_one("footer.site-footer")
    assert "Культурный центр «Бактрия», Душанбе, Таджикистан." in footer.get_text()
    assert "ул. Бохтар, 17" in footer.get_text()
    links = [(a.get_text(strip=True), a["href"]) for a in footer.select(".site-footer__links a")]
    assert links == [
        ("О центре", "/ru/o-tsentre/"),
        ("Контакты", "/ru/kontakty/"),
        ("Конфиденциальность", "/ru/konfidentsialnost/"),
    ]


def test_listings_in_a_language_leave_out_what_is_not_translated_into_it(client):
    from news.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(locale__language_code="en")
    item = NewsPage(title="Only in English", slug="only-in-english", date="2026-11-20")
    index.add_child(instance=item)
    item.save_revision().publish()
    russian_news = NewsIndexPage.objects.get(locale__language_code="ru")

    english_listing = soup(client.get(index.url)).get_text()
    russian_listing = soup(client.get(russian_news.url)).get_text()
    russian_home = soup(client.get("/ru/")).get_text()
    russian_search = soup(client.get("/ru/search/", {"q": "English"})).get_text()

    assert "Only in English" in english_listing
    assert "Only in English" not in russian_listing + russian_home + russian_search
