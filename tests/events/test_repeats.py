"""How an event repeats, told on its page in the visitor's language."""

import datetime

from django.utils import translation

import pytest
from recurrence import MONTHLY, WEEKLY, Rule, Weekday

from events.repeats import in_words


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "every Tuesday, every Saturday, 8 times"),
        ("ru", "по вторникам, по субботам, 8 раз"),
        ("tg", "ҳар сешанбе, ҳар шанбе, 8 маротиба"),
    ],
)
def test_a_weekly_class_on_two_days_a_number_of_times(language, words):
    rule = Rule(WEEKLY, byday=[Weekday(5), Weekday(1)], count=8)

    with translation.override(language):
        assert in_words(rule) == words


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ru", "по средам, до 20 декабря 2026 г."),
        ("tg", "ҳар чоршанбе, то 20 декабри 2026"),
    ],
)
def test_a_weekly_class_until_a_date(language, words):
    rule = Rule(WEEKLY, byday=[Weekday(2)], until=datetime.datetime(2026, 12, 20, 23, 59, 59))

    with translation.override(language):
        assert in_words(rule) == words


def test_a_count_of_one_is_said_in_the_singular():
    with translation.override("ru"):
        assert in_words(Rule(WEEKLY, byday=[Weekday(0)], count=1)) == "по понедельникам, 1 раз"
        assert in_words(Rule(WEEKLY, byday=[Weekday(0)], count=3)) == "по понедельникам, 3 раза"


def test_any_other_rule_is_told_in_the_librarys_words():
    rule = Rule(MONTHLY, byday=[Weekday(0, index=1)])

    with translation.override("en"):
        assert in_words(rule) == rule.to_text()
