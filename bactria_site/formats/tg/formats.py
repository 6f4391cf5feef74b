"""Tajik date formats, corrected where Django's own get them wrong.

Django writes Tajik dates the Russian way, "25 ноябр 2026 г.": "г." is the Russian
abbreviation of "year", and a Tajik day-month needs the izofa ending. Here dates read
"25 ноябри 2026", and with their time "Сш 25 ноябри 2026, 18:00", as in English and
Russian; the month names with their ending come from the project's catalogue (see
core/tajik_months.py).
"""

from django.conf.locale.tg.formats import *  # noqa: F403

DATE_FORMAT = "j E Y"
DATETIME_FORMAT = "D j E Y, H:i"
TIME_FORMAT = "H:i"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j E"
