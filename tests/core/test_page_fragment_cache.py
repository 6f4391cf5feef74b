"""
Parts of pages are cached fragments under the content version of core.page_cache: a
programme's hero, body, next dates and news, the project index's filters and cards, the
blank application form. What a visitor sees must still change, in each language, the
moment staff publish the page or something it shows; what belongs to one visitor (the
form's tokens, its errors) is never cached.
"""

from django.test import Client

from wagtail.models import Locale, Page

import pytest

from applications.models import OpenCallPage
from core import navigation
from events.models import EventPage
from news.models import NewsPage
from projects.models import ProjectIndexPage, ProjectPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "ru", "tg"]


def jazz_academy(language):
    english = Page.objects.get(slug="jazz-academy", locale__language_code="en")
    return english.get_translation(Locale.objects.get(language_code=language)).specific


def texts(client, url, selector):
    return [element.get_text(" ", strip=True) for element in soup(client.get(url)).select(selector)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_programme_published_again_shows_its_new_title_and_body_at_once(client, language):
    programme = jazz_academy(language)
    client.get(programme.url)  # its fragments are now in the cache
    programme.title = "Jazz Academy 2027"
    programme.body = [("paragraph", "<p>Auditions move to the big hall.</p>")]
    programme.save_revision().publish()

    page = soup(client.get(programme.url))

    assert page.select_one("h1").get_text() == "Jazz Academy 2027"
    assert "Auditions move to the big hall." in page.select_one(".stream").get_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_news_item_published_for_a_programme_shows_on_it_at_once(client, language):
    programme = jazz_academy(language)
    news = texts(client, programme.url, "#programme-news ~ .cards .card__title")
    item = (
        NewsPage.objects.live()
        .filter(locale=programme.locale)
        .exclude(title__in=news)
        .order_by("pk")
        .first()
    )
    item.related_programme = programme
    item.date = "2030-01-01"
    item.save_revision().publish()

    news = texts(client, programme.url, "#programme-news ~ .cards .card__title")

    assert news[0] == item.title


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_event_published_again_shows_in_the_programmes_next_dates_at_once(client, language):
    programme = jazz_academy(language)
    dates = texts(client, programme.url, "#programme-events ~ .next-events a")
    assert dates, "the demo programme has dates coming"
    event = EventPage.objects.get(
        locale=programme.locale,
        programme_id__in=navigation.translation_ids(programme),
        title=dates[0],
    )
    event.title = "Jam session in the courtyard"
    event.save_revision().publish()

    dates = texts(client, programme.url, "#programme-events ~ .next-events a")

    assert "Jam session in the courtyard" in dates


def project_index_url(language):
    return ProjectIndexPage.objects.get(locale__language_code=language).url


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_project_published_again_shows_its_new_title_in_the_index_at_once(client, language):
    url = project_index_url(language)
    first = texts(client, url, ".cards .card__title")[0]
    project = ProjectPage.objects.get(locale__language_code=language, title=first)
    project.title = "Silk Road sound archive"
    project.save_revision().publish()

    assert texts(client, url, ".cards .card__title")[0] == "Silk Road sound archive"


def test_each_filter_of_the_project_index_has_its_own_cards(client):
    url = project_index_url("en")
    every = texts(client, url, ".cards .card__title")
    completed = texts(client, f"{url}?status=completed", ".cards .card__title")

    assert completed != every
    assert (
        soup(client.get(f"{url}?status=completed")).select_one(
            "select[name=status] option[selected]"
        )["value"]
        == "completed"
    )


def open_call(language):
    return OpenCallPage.objects.get(locale__language_code=language, reference_prefix="BMA")


def labels(client, url):
    return texts(client, url, "form .field label, form .field legend")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_question_published_again_shows_on_the_blank_form_at_once(client, language):
    call = open_call(language)
    assert labels(client, call.url)  # the blank form is now in the cache
    call.questions[0].value["label"] = "Your band's name"
    call.save_revision().publish()

    assert any(label.startswith("Your band's name") for label in labels(client, call.url))


def test_each_visitor_gets_their_own_tokens_with_the_cached_form():
    url = open_call("en").url
    forms = [soup(Client().get(url)).select_one("form[method=post]") for _ in range(2)]

    for name in ("csrfmiddlewaretoken", "submission_token"):
        first, second = (form.select_one(f"input[name={name}]")["value"] for form in forms)
        assert first != second, name


def test_a_form_sent_with_errors_shows_them_not_the_blank_form(client):
    url = open_call("en").url
    client.get(url)  # the blank form is now in the cache

    page = soup(client.post(url, {"name": "", "email": "not an address"}))

    assert page.select_one("#form-errors") is not None
    assert page.select(".field--invalid")
    assert page.select_one("input[name=email]")["value"] == "not an address"
