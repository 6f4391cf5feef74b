"""Search engines read schema.org data (JSON-LD) on every public page type: the centre
on the home page, news articles, festival editions and events."""

import json

import pytest

from core.models import ContactDetails
from events.jsonld import amounts_in
from events.models import EventPage, FestivalPage
from news.models import NewsPage
from people.models import Person
from tests.helpers import page_at, soup

pytestmark = pytest.mark.django_db

SCHEMA = "https://schema.org"


def json_ld(response):
    """Every JSON-LD object on the page, parsed as a search engine parses it."""
    assert response.status_code == 200
    scripts = soup(response).select('script[type="application/ld+json"]')
    assert scripts, "no JSON-LD on the page"
    return [json.loads(script.string) for script in scripts]


def only_json_ld(response):
    (data,) = json_ld(response)
    assert data["@context"] == SCHEMA
    return data


def test_home_page_describes_the_centre_as_an_organization(client):
    details = ContactDetails.load()
    details.profiles = [("url", "https://www.instagram.com/bactria.centre/")]
    details.save()

    data = only_json_ld(client.get("/ru/"))

    assert data["@type"] == "Organization"
    assert data["name"] == "Культурный центр «Бактрия»"
    assert data["url"] == "http://testserver/ru/"
    assert data["logo"].startswith("http://testserver/media/images/")
    assert data["logo"].endswith(".png")
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "17 Bokhtar Street",
        "addressLocality": "Dushanbe",
        "postalCode": "734025",
        "addressCountry": "TJ",
    }
    assert data["sameAs"] == ["https://www.instagram.com/bactria.centre/"]


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_news_item_is_a_news_article(client, language):
    english = NewsPage.objects.get(slug="preparing-dushanbe-ethno-jazz-festival-2021")
    item = NewsPage.objects.get(
        locale__language_code=language, translation_key=english.translation_key
    )

    response = client.get(item.url)

    data = only_json_ld(response)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == item.title
    assert data["url"] == f"http://testserver{item.url}"
    assert data["datePublished"] == "2021-04-15T09:00:00+05:00"
    assert data["dateModified"] >= data["datePublished"]
    assert data["author"]["@type"] == "Organization"
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["logo"].startswith("http://testserver/media/")
    assert data["image"][0].startswith("http://testserver/media/images/")
    assert data["inLanguage"] == language
    assert len(data["keywords"]) == 2
    og = {tag["property"]: tag["content"] for tag in soup(response).select("meta[property]")}
    assert og["og:type"] == "article"
    assert og["article:published_time"] == data["datePublished"]


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_festival_edition_is_a_festival_of_its_events_in_a_series(client, language):
    festival = FestivalPage.objects.get(locale__language_code=language)

    data = only_json_ld(client.get(festival.url))

    assert data["@type"] == "Festival"
    assert data["name"] == festival.title
    assert data["startDate"].startswith("2021-09-17T")
    assert data["endDate"].startswith("2021-09-19T")
    events = EventPage.objects.live().child_of(festival)
    assert {event["url"] for event in data["subEvent"]} == {
        f"http://testserver{event.url}" for event in events
    }
    assert all(event["@type"] == "Event" for event in data["subEvent"])
    assert data["superEvent"]["@type"] == "EventSeries"
    assert data["superEvent"]["url"].startswith(f"http://testserver/{language}/")
    assert {place["address"]["postalCode"] for place in data["location"]} == {"734025"}
    types = {performer["name"]: performer["@type"] for performer in data["performer"]}
    assert "MusicGroup" in types.values()
    assert "Person" in types.values()
    assert data["image"][0].startswith("http://testserver/media/images/")


def test_festival_performers_are_typed_as_groups_or_people(client):
    quartet = Person.objects.get(locale__language_code="en", name="Pamir Ethno Quartet")
    festival = FestivalPage.objects.get(locale__language_code="en")

    data = only_json_ld(client.get(festival.url))

    types = {performer["name"]: performer["@type"] for performer in data["performer"]}
    assert types[quartet.name] == "MusicGroup"
    assert types["Nigora Saidova"] == "Person"


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_priced_event_has_an_offer_in_somoni_and_its_programmes_image(client, language):
    english = EventPage.objects.get(locale__language_code="en", slug="film-evening-jazz-on-screen")
    event = EventPage.objects.get(
        locale__language_code=language, translation_key=english.translation_key
    )
    assert event.image is None

    response = client.get(event.url)

    data = only_json_ld(response)
    assert data["@type"] == "Event"
    assert data["offers"] == {
        "@type": "Offer",
        "url": f"http://testserver{event.url}",
        "priceCurrency": "TJS",
        "price": "20",
        "description": event.price,
        "availability": "https://schema.org/InStock",
    }
    assert data["location"]["address"]["postalCode"] == "734025"
    programme_image = event.programme.hero_image
    assert data["image"] == [soup(response).select_one('meta[property="og:image"]')["content"]]
    assert programme_image.get_rendition("fill-1200x630|format-jpeg").url in data["image"][0]
    head = soup(response)
    assert head.select_one('meta[name="twitter:card"]')["content"] == "summary_large_image"


def test_event_with_its_own_image_shows_it(client):
    event = EventPage.objects.get(locale__language_code="en", slug="film-evening-jazz-on-screen")
    event.image = page_at("en").specific.hero_image
    event.save_revision().publish()

    data = only_json_ld(client.get(event.url))

    assert event.image.get_rendition("fill-1200x630|format-jpeg").url in data["image"][0]


def test_an_ensemble_performing_is_a_music_group(client):
    event = EventPage.objects.get(locale__language_code="en", slug="festival-2021-opening-concert")

    data = only_json_ld(client.get(event.url))

    assert {p["name"]: p["@type"] for p in data["performer"]} == {
        "Pamir Ethno Quartet": "MusicGroup",
        "Nigora Saidova": "Person",
    }


def test_several_amounts_make_a_price_range():
    assert amounts_in("20 somoni") == [20]
    assert amounts_in("Students 10, others 1 500 сомонӣ") == [10, 1500]
    assert amounts_in("12,50") == [12.5]
    assert amounts_in("by donation") == []


def test_json_ld_cannot_end_its_script_element(client):
    event = EventPage.objects.get(locale__language_code="en", slug="film-evening-jazz-on-screen")
    event.summary = "Films </script><script>alert(1)</script> & jazz"
    event.save_revision().publish()

    response = client.get(event.url)

    assert b"</script><script>alert(1)" not in response.content
    assert only_json_ld(response)["description"] == event.summary
