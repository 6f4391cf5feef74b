"""The month calendar: weeks of days, each with what happens on it."""

import calendar
import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.dates import WEEKDAYS_ABBR
from django.utils.formats import date_format

from core import dates

# A day shows this many of its events; a busier day links to its full list instead.
SHOWN_PER_DAY = 4


@dataclass(frozen=True)
class Entry:
    """One event in a day's cell: "18:00 Jazz jam", linked; all-day events show no time."""

    label: str
    url: str
    cancelled: bool


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool
    entries: list = field(default_factory=list)  # those shown
    more: int = 0  # how many more happen that day
    list_url: str = ""  # the events list of that day, where they all are

    @property
    def label(self):
        """The date in words, for screen readers and for phones, where days are a list."""
        return date_format(self.date, "l, j E")

    @property
    def css_class(self):
        classes = []
        if not self.in_month:
            classes.append("calendar__other")
        if self.is_today:
            classes.append("calendar__today")
        if not self.entries or not self.in_month:
            classes.append("calendar__empty")
        return " ".join(classes)


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


def _entry(occurrence):
    title = occurrence.event.title
    label = title if occurrence.all_day else f"{dates.time_of(occurrence.start)} {title}"
    return Entry(label, occurrence.event.url, occurrence.cancelled)


def _day(date, month, today, found, day_list_url):
    day = Day(date, date.month == month, date == today, [_entry(o) for o in found[:SHOWN_PER_DAY]])
    if len(found) > SHOWN_PER_DAY:
        day.more = len(found) - SHOWN_PER_DAY
        day.list_url = day_list_url(date)
    return day


def neighbours(year, month):
    """(year, month) of the month before and the month after."""
    previous = (year - 1, 12) if month == 1 else (year, month - 1)
    following = (year + 1, 1) if month == 12 else (year, month + 1)
    return previous, following
