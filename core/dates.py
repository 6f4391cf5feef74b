"""Times and time ranges in the visitor's language, in the site's one style per language
(bactria_site/formats/): "Tue 8 Dec 2026, 18:00–21:00".

A day heading names the year only when the day is not in this one: "Tuesday, 8 December",
"Friday, 8 January 2027".

A range never breaks across lines: word joiners (U+2060) hold the dash to the times
on either side, so a phone never shows "18:00– / 21:00".
"""

from django.utils import timezone
from django.utils.formats import date_format, time_format

WORD_JOINER = "\u2060"
RANGE_DASH = f"{WORD_JOINER}–{WORD_JOINER}"
DAY_HEADING_FORMAT = "l, j E"
DAY_HEADING_WITH_YEAR_FORMAT = "l, j E Y"


def local(moment):
    return timezone.localtime(moment) if timezone.is_aware(moment) else moment


def time_of(moment):
    """'18:00'."""
    return time_format(local(moment), "TIME_FORMAT")


def time_range(start, end):
    """'18:00–21:00'; '18:00' when there is no end."""
    text = time_of(start)
    if end:
        text += RANGE_DASH + time_of(end)
    return text


def date_time_range(start, end):
    """'Tue 8 Dec 2026, 18:00–21:00': the day and hour of the start, the hour of the end."""
    text = date_format(local(start), "DATETIME_FORMAT")
    if end:
        text += RANGE_DASH + time_of(end)
    return text


def day_heading(day):
    """'Tuesday, 8 December' for a day of this year; 'Friday, 8 January 2027' otherwise.
    The month is in the genitive where the language has one ("E")."""
    this_year = day.year == timezone.localdate().year
    return date_format(day, DAY_HEADING_FORMAT if this_year else DAY_HEADING_WITH_YEAR_FORMAT)
