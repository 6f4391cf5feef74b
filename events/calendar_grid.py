"""The month calendar: weeks of days, each with what happens on it."""

import calendar
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.dates import WEEKDAYS_ABBR

# A day shows this many of its events; a busier day links to its full list instead.
SHOWN_PER_DAY = 4


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    occurrences: list = field(default_factory=list)  # those shown
    more: int = 0  # how many more happen that day
    list_url: str = ""  # the events list of that day, where they all are


def weekday_names():
    """Monday first, as calendars are read in Tajikistan and Russia."""
    return [WEEKDAYS_ABBR[number] for number in range(7)]


def month_grid(year, month, occurrences, today, day_list_url):
    """Weeks of `Day`s; `day_list_url(date)` is the address of that day's events list."""
    by_day = defaultdict(list)
    for occurrence in occurrences:
        for day in occurrence.days:
            by_day[day].append(occurrence)
    weeks = calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(year, month)
    return [
        [_day(day, month, today, by_day.get(day, []), day_list_url) for day in week]
        for week in weeks
    ]


def _day(date, month, today, found, day_list_url):
    day = Day(date, date.month == month, date == today, found[:SHOWN_PER_DAY])
    if len(found) > SHOWN_PER_DAY:
        day.more = len(found) - SHOWN_PER_DAY
        day.list_url = day_list_url(date)
    return day


def neighbours(year, month):
    """(year, month) of the month before and the month after."""
    previous = (year - 1, 12) if month == 1 else (year, month - 1)
    following = (year + 1, 1) if month == 12 else (year, month + 1)
    return previous, following
