"""The month calendar: weeks of days, each with what happens on it."""

import calendar
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.dates import WEEKDAYS_ABBR


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    occurrences: list = field(default_factory=list)


def weekday_names():
    """Monday first, as calendars are read in Tajikistan and Russia."""
    return [WEEKDAYS_ABBR[number] for number in range(7)]


def month_grid(year, month, occurrences, today):
    by_day = defaultdict(list)
    for occurrence in occurrences:
        for day in occurrence.days:
            by_day[day].append(occurrence)
    weeks = calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(year, month)
    return [
        [Day(day, day.month == month, day == today, by_day.get(day, [])) for day in week]
        for week in weeks
    ]


def neighbours(year, month):
    """(year, month) of the month before and the month after."""
    previous = (year - 1, 12) if month == 1 else (year, month - 1)
    following = (year + 1, 1) if month == 12 else (year, month + 1)
    return previous, following
