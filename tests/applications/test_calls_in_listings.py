"""Programme pages list their open calls with the status, in the visitor's language."""

import pytest

from tests.helpers import page_at, soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "slugs", "statuses"),
    [
        ("en", ("programmes", "bobs-music-award"), ["Open"]),
        ("ru", ("programmy", "dzhazovaya-akademiya"), ["Скоро откроется"]),
        ("tg", ("barnomaho", "festivali-etno-jazi-dushanbe"), []),
    ],
)
def test_a_programme_lists_its_calls_that_are_not_closed(client, language, slugs, statuses):
    programme = page_at(language, *slugs)

    page = soup(client.get(programme.url))

    shown = [item.select_one(".call-status").get_text() for item in page.select(".open-call-item")]
    assert shown == statuses
    for link in page.select(".open-call-item a"):
        assert link["href"].startswith(programme.url)


@pytest.mark.parametrize(
    ("language", "title"), [("en", "Bob's Music Award"), ("tg", "Ҷоизаи мусиқии Боб")]
)
def test_the_home_page_shows_the_calls_open_now(client, language, title):
    page = soup(client.get(f"/{language}/"))

    items = page.select(".open-call-item")
    assert len(items) == 1  # the academy intake opens later; the festival call has closed
    assert items[0].a.get_text(strip=True).startswith(title)
