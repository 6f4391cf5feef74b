"""The home page shows what the centre does, chosen by staff, in each language."""

import pytest

from partners.models import Organisation
from tests.helpers import page_at, soup

pytestmark = pytest.mark.django_db


def section(page, heading_id):
    return page.find(attrs={"aria-labelledby": heading_id})


def programme_titles(page):
    return [a.get_text(strip=True) for a in section(page, "programmes-heading").select("h3 a")]


def test_home_shows_the_featured_programmes_in_the_chosen_order(client):
    page = soup(client.get("/ru/"))

    programmes = [
        a.get_text(strip=True) for a in section(page, "programmes-heading").select("h3 a")
    ]
    assert programmes == [
        "Джазовая академия",
        "Музыкальная премия Боба",
        "Душанбинский фестиваль этно-джаза",
        "Академия цифровых искусств",
    ]


def test_staff_change_the_featured_programmes(client):
    home = page_at("en")
    home.featured_programmes.all()[0].delete()

    page = soup(client.get("/en/"))

    programmes = [
        a.get_text(strip=True) for a in section(page, "programmes-heading").select("h3 a")
    ]
    assert programmes[0] == "Bob's Music Award"
    assert len(programmes) == 3


def test_home_shows_the_three_latest_news_in_the_visitors_language(client):
    page = soup(client.get("/tg/"))

    news = section(page, "news-heading")
    assert len(news.select(".card")) == 3
    assert all(a["href"].startswith("/tg/") for a in news.select("h3 a"))


def test_partner_strip_shows_only_the_organisations_staff_chose(client):
    Organisation.objects.filter(name="UNESCO").update(show_on_home_page=False)

    page = soup(client.get("/en/"))

    names = [img["alt"] for img in page.select(".partners img")] + [
        span.get_text(strip=True) for span in page.select(".partners .partners__name")
    ]
    assert "European Union" in names
    assert "UNESCO" not in names


def test_no_events_section_until_there_are_events(client):
    page = soup(client.get("/en/"))

    assert "event" not in " ".join(h.get_text().lower() for h in page.find_all("h2"))


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_home_leads_with_the_next_events_and_the_open_call(client, language):
    html = client.get(f"/{language}/").content.decode()

    events = html.index('id="events-heading"')
    open_calls = html.index('id="open-calls-heading"')
    programmes = html.index('id="programmes-heading"')
    assert events < programmes
    assert open_calls < programmes
    page = soup(client.get(f"/{language}/"))
    assert section(page, "events-heading").select(".next-event a")
    assert section(page, "open-calls-heading").select(".open-call-item a")
