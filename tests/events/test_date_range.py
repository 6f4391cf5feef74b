"""A period the events list cannot show (it ends before it starts, or before today)
is explained in the visitor's language, where the list would be, not left empty."""

import datetime

from django.utils import timezone

import pytest

from events.models import EventIndexPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

REVERSED = {
    "en": "The end of the period comes before its start.",
    "ru": "Конец периода раньше его начала.",
    "tg": "Охири давра пеш аз оғози он аст.",
}
IN_THE_PAST = {
    "en": "The end of the period is in the past: this list starts today. "
    "Earlier events are under Past events.",
    "ru": "Конец периода уже прошёл: этот список начинается с сегодняшнего дня. "
    "Более ранние события — в разделе «Прошедшие события».",
    "tg": "Охири давра аллакай гузаштааст: ин рӯйхат аз имрӯз оғоз мешавад. "
    "Чорабиниҳои пештара дар бахши «Чорабиниҳои гузашта» ҳастанд.",
}


def day(days):
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


def listing(client, language, **period):
    index = EventIndexPage.objects.get(locale__language_code=language)
    page = soup(client.get(index.url, period))
    message = page.select_one("details.filters-panel ~ p")
    return page, message.get_text(strip=True) if message else ""


@pytest.mark.parametrize("language", list(REVERSED))
def test_a_reversed_period_says_so(client, language):
    page, message = listing(client, language, date_from=day(10), date_to=day(5))

    assert message == REVERSED[language]
    field = page.select_one("#id_date_to")
    assert field["aria-invalid"] == "true"
    # A screen reader reads the error with the field it belongs to.
    error = page.select_one(f"#{field['aria-describedby'].split()[-1]}")
    assert error.get_text(strip=True) == REVERSED[language]
    assert page.select(".occurrence") == []


@pytest.mark.parametrize("language", list(IN_THE_PAST))
def test_a_period_that_ended_says_where_earlier_events_are(client, language):
    _page, message = listing(client, language, date_to=day(-1))

    assert message == IN_THE_PAST[language]


def test_a_period_from_today_lists_events_and_no_message(client):
    page, message = listing(client, "en", date_from=day(0), date_to=day(60))

    assert page.select(".occurrence")
    assert message != REVERSED["en"]
    assert page.select(".filters .error") == []


def test_a_period_with_nothing_in_it_says_no_event_matches(client):
    _page, message = listing(client, "en", date_from="2199-01-01", date_to="2199-01-02")

    assert message == "No events match these filters."
