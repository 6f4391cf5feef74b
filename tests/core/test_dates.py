"""Dates in the visitor's language, with the Tajik forms Django gets wrong corrected."""

import datetime

from django.utils import translation
from django.utils.formats import date_format

import pytest

from news.models import NewsPage
from tests.helpers import soup

EVENING = datetime.datetime(2026, 11, 24, 18, 30)  # a Tuesday


@pytest.mark.parametrize(
    ("language", "fmt", "expected"),
    [
        ("tg", "DATE_FORMAT", "24 ноябри 2026"),
        ("tg", "DATETIME_FORMAT", "Сш 24 ноябри 2026, 18:30"),
        ("tg", "TIME_FORMAT", "18:30"),
        ("tg", "l, j E", "Сешанбе, 24 ноябри"),
        ("tg", "D", "Сш"),
        ("tg", "YEAR_MONTH_FORMAT", "Ноябр 2026"),
        ("ru", "DATE_FORMAT", "24 ноября 2026 г."),
        ("ru", "l, j E", "Вторник, 24 ноября"),
        ("ru", "DATETIME_FORMAT", "Вт 24 ноября 2026, 18:30"),
        ("ru", "TIME_FORMAT", "18:30"),
        ("en", "l, j E", "Tuesday, 24 November"),
        # One style in English too, day first and a 24-hour clock (issue 19).
        ("en", "DATETIME_FORMAT", "Tue 24 Nov 2026, 18:30"),
        ("en", "DATE_FORMAT", "24 Nov 2026"),
        ("en", "TIME_FORMAT", "18:30"),
    ],
)
def test_dates_read_naturally_in_each_language(language, fmt, expected):
    with translation.override(language):
        assert date_format(EVENING, fmt) == expected


@pytest.mark.django_db
def test_a_tajik_news_page_shows_its_date_the_tajik_way(client):
    item = NewsPage.objects.filter(locale__language_code="tg").first()

    page = soup(client.get(item.url))

    with translation.override("tg"):
        expected = date_format(item.date, "DATE_FORMAT")
    assert expected in page.get_text()
    assert " г." not in expected and expected.split()[1].endswith("и")
