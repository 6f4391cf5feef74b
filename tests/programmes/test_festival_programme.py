"""A festival's programme page links to every edition and shows the schedule and
line-up of the edition on now or next, else of the latest one."""

import datetime
from zoneinfo import ZoneInfo

from wagtail.models import PageViewRestriction

import pytest

from events.models import EventIndexPage, EventPage, FestivalPage
from programmes.models import ProgrammePage
from tests.helpers import page_at, soup

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")
LANGUAGES = ["en", "ru", "tg"]
# The first day of the demo's 2021 edition, as its schedule's heading says it.
FIRST_DAY = {
    "en": "Friday, 17 September 2021",
    "ru": "Пятница, 17 сентября 2021",
    "tg": "Ҷумъа, 17 сентябри 2021",
}
LATEST = {"en": "The latest edition: ", "ru": "Последний выпуск: ", "tg": "Даври охирин: "}


def festival_programme(language):
    english = page_at("en", "programmes", "dushanbe-ethno-jazz-festival")
    return ProgrammePage.objects.get(
        translation_key=english.translation_key, locale__language_code=language
    )


def at(day, hour):
    return datetime.datetime.combine(day, datetime.time(hour), DUSHANBE)


@pytest.fixture
def edition_2027(time_machine):
    """A second edition, on 10 and 11 June 2027, seen from 1 December 2026."""
    time_machine.move_to(at(datetime.date(2026, 12, 1), 12))
    index = EventIndexPage.objects.get(locale__language_code="en")
    festival = FestivalPage(
        title="Dushanbe Ethno Jazz Festival 2027",
        slug="dushanbe-ethno-jazz-festival-2027",
        programme=festival_programme("en"),
    )
    index.add_child(instance=festival)
    festival.save_revision().publish()
    for title, day in [("Opening night", 10), ("Closing night", 11)]:
        event = EventPage(
            title=title,
            slug=title.lower().replace(" ", "-"),
            start=at(datetime.date(2027, 6, day), 19),
            end=at(datetime.date(2027, 6, day), 22),
        )
        festival.add_child(instance=event)
        event.save_revision().publish()
    return festival


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_festival_programme_shows_its_latest_edition_with_schedule_and_line_up(
    client, language
):
    edition = FestivalPage.objects.live().get(locale__language_code=language)
    festival_page = soup(client.get(edition.url))

    page = soup(client.get(festival_programme(language).url))

    links = page.select("#festival-editions ~ ul a")
    assert [(a.get_text(), a["href"]) for a in links] == [(edition.title, edition.url)]
    featured = page.select_one("#festival-featured a")
    assert featured.get_text() == LATEST[language] + edition.title
    assert featured["href"] == edition.url
    days = [h.get_text() for h in page.select("#festival-featured ~ .festival-day h3[id]")]
    assert days[0] == FIRST_DAY[language]
    assert days == [h.get_text() for h in festival_page.select(".festival-day h3[id]")]
    titles = [a.get_text() for a in page.select("section.festival .occurrence__title a")]
    assert titles == [a.get_text() for a in festival_page.select(".occurrence__title a")]
    lineup = [p.get_text() for p in page.select("#lineup ~ .people__list .person__name")]
    assert lineup
    assert lineup == [p.get_text() for p in festival_page.select(".person__name")]


def test_the_next_edition_is_shown_before_it_opens_and_every_edition_is_linked(
    client, edition_2027
):
    page = soup(client.get(festival_programme("en").url))

    links = [a.get_text() for a in page.select("#festival-editions ~ ul a")]
    assert links == ["Dushanbe Ethno Jazz Festival 2021", "Dushanbe Ethno Jazz Festival 2027"]
    dates = [span.get_text() for span in page.select("#festival-editions ~ ul .muted")]
    assert dates == ["17 Sep 2021 – 19 Sep 2021", "10 Jun 2027 – 11 Jun 2027"]
    featured = page.select_one("#festival-featured a")
    assert featured.get_text() == "Coming next: Dushanbe Ethno Jazz Festival 2027"
    assert featured["href"] == edition_2027.url
    days = [h.get_text() for h in page.select(".festival-day h3[id]")]
    assert days == ["Thursday, 10 June 2027", "Friday, 11 June 2027"]
    titles = [a.get_text() for a in page.select("section.festival .occurrence__title a")]
    assert titles == ["Opening night", "Closing night"]


def test_an_edition_on_now_is_the_one_shown(client, edition_2027, time_machine):
    time_machine.move_to(at(datetime.date(2027, 6, 11), 10))

    page = soup(client.get(festival_programme("en").url))

    featured = page.select_one("#festival-featured a")
    assert featured.get_text() == "On now: Dushanbe Ethno Jazz Festival 2027"


def test_a_restricted_edition_is_not_shown(client, edition_2027):
    PageViewRestriction.objects.create(page=edition_2027, restriction_type="login")

    page = soup(client.get(festival_programme("en").url))

    links = [a.get_text() for a in page.select("#festival-editions ~ ul a")]
    assert links == ["Dushanbe Ethno Jazz Festival 2021"]
    assert "2027" not in page.select_one("#festival-featured").get_text()
    assert "Opening night" not in page.get_text()


def test_a_programme_without_editions_shows_none(client):
    page = soup(client.get(page_at("en", "programmes", "jazz-academy").url))

    assert page.select_one("#festival-editions") is None
    assert page.select_one("#festival-featured") is None


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_festival_editions_schedule_headings_carry_its_year(client, language):
    edition = FestivalPage.objects.live().get(locale__language_code=language)

    page = soup(client.get(edition.url))

    assert page.select_one(".festival-day h3").get_text() == FIRST_DAY[language]
