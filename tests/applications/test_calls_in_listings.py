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
