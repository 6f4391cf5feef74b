"""Visitors find the centre's address, hours, email, phone and map on the contact page,
its contact details at the foot of every page, and an email on every programme page."""

from wagtail.models import Locale

import pytest

from core.models import ContactDetails
from news.models import NewsPage
from programmes.models import ProgrammePage
from tests.helpers import page_at, soup

pytestmark = pytest.mark.django_db

ADDRESS = {"en": "17 Bokhtar Street", "ru": "ул. Бохтар, 17", "tg": "кӯчаи Бохтар, 17"}
HOURS = {
    "en": "Monday to Friday: 10:00–19:00",
    "ru": "Понедельник — пятница: 10:00–19:00",
    "tg": "Душанбе — ҷумъа: 10:00–19:00",
}
HOURS_HEADING = {"en": "Opening hours", "ru": "Часы работы", "tg": "Соатҳои корӣ"}
MAP = "https://www.openstreetmap.org/?mlat=38.5737&mlon=68.7838#map=17/38.5737/68.7838"


def contact_page_url(language):
    return page_at("en", "contact").get_translation(Locale.objects.get(language_code=language)).url


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_the_contact_page_says_where_and_when_and_how_to_reach_the_centre(client, language):
    response = client.get(contact_page_url(language))

    assert response.status_code == 200
    details = soup(response).select_one("main .contact-details")
    text = details.get_text(" ", strip=True)
    assert ADDRESS[language] in text
    assert HOURS_HEADING[language] in text
    assert HOURS[language] in text
    assert details.select_one('a[href="mailto:info@bactria.tj"]').get_text() == "info@bactria.tj"
    assert details.select_one('a[href="tel:+992372214567"]').get_text() == "+992 37 221 45 67"
    assert details.select_one(f'a[href="{MAP}"]') is not None
    profiles = [a["href"] for a in details.select(".contact-details__profiles a")]
    assert "https://www.instagram.com/bactriaculturecentre/" in profiles
    page_text = soup(response).select_one("main").get_text()
    assert "to be completed" not in page_text
    assert "demo" not in page_text.lower()


def test_the_contact_page_loads_nothing_from_other_sites(client):
    page = soup(client.get(contact_page_url("en")))

    sources = [tag.get("src", "") for tag in page.select("main img, main iframe, main script")]
    assert all(source.startswith("/") for source in sources)


def test_the_map_link_follows_the_position_set_in_the_settings(client):
    details = ContactDetails.load()
    details.latitude, details.longitude = "38.5600", "68.7700"
    details.save()

    page = soup(client.get(contact_page_url("en")))

    assert page.select_one('main a[href^="https://www.openstreetmap.org/"]')["href"] == (
        "https://www.openstreetmap.org/?mlat=38.56&mlon=68.77#map=17/38.56/68.77"
    )


@pytest.mark.parametrize("language", ["en", "tg"])
def test_the_footer_of_a_news_page_and_a_programme_page_shows_the_contact(client, language):
    news = NewsPage.objects.live().filter(locale__language_code=language).first()
    programme = ProgrammePage.objects.live().filter(locale__language_code=language).first()

    for page in (news, programme):
        footer = soup(client.get(page.url)).select_one("footer.site-footer")
        text = footer.get_text(" ", strip=True)
        assert ADDRESS[language] in text
        assert HOURS[language] in text
        assert footer.select_one('a[href="mailto:info@bactria.tj"]') is not None
        assert footer.select_one('a[href="tel:+992372214567"]') is not None


def test_a_change_to_the_contact_details_shows_in_the_footer_at_once(client):
    client.get("/en/")  # the footer is now in the cache
    details = ContactDetails.load()
    details.phone = "+992 44 600 00 00"
    details.save()

    footer = soup(client.get("/en/")).select_one("footer.site-footer")

    assert footer.select_one('a[href="tel:+992446000000"]').get_text() == "+992 44 600 00 00"


def programme_contact(client, programme):
    return soup(client.get(programme.url)).select_one("aside.contact")


def test_a_programme_without_its_own_email_gives_the_centres(client):
    programme = page_at("en", "programmes", "jazz-academy")
    assert programme.contact_email == ""

    contact = programme_contact(client, programme)

    assert contact.select_one('a[href="mailto:info@bactria.tj"]') is not None
    assert "Malika Rahimova" in contact.get_text()


def test_a_programme_with_its_own_email_gives_that_one(client):
    programme = page_at("en", "programmes", "jazz-academy")
    programme.contact_email = "jazz@bactria.tj"
    programme.save_revision().publish()

    contact = programme_contact(client, programme)

    assert [a["href"] for a in contact.select("a")] == ["mailto:jazz@bactria.tj"]
