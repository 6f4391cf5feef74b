"""
The demo content's data files, demo/content/*.yaml, read with their relative dates resolved.

A date is an ISO date (2021-09-17). A date counted from the day the demo is loaded, or
a time, is a mapping of these keys (one at least of the last four), applied in order:

    date: today (the default), academic_year_start (1 September) or an ISO date
    in_days: 14                      that many days later (or earlier, if negative)
    in_years: 1, month: 3, day: 1    1 March of the year that many years later
    next: tuesday                    the first Tuesday on or after that day
    at: "18:30"                      that day at 18:30 in the site's time zone (quoted:
                                     YAML reads 18:30 as a number)
"""

import datetime
from pathlib import Path

from django.utils import timezone

import yaml

CONTENT = Path(__file__).resolve().parent / "content"
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DATE_KEYS = {"date", "in_days", "in_years", "month", "day", "next", "at"}
RELATIVE_KEYS = {"in_days", "in_years", "next", "at"}


def academic_year_start(today):
    year = today.year if today.month >= 9 else today.year - 1
    return datetime.date(year, 9, 1)


def resolve_date(spec, today):
    day = spec.get("date", "today")
    if day == "today":
        day = today
    elif day == "academic_year_start":
        day = academic_year_start(today)
    day += datetime.timedelta(days=spec.get("in_days", 0))
    if "in_years" in spec:
        day = datetime.date(day.year + spec["in_years"], spec["month"], spec["day"])
    if "next" in spec:
        day += datetime.timedelta(days=(WEEKDAYS.index(spec["next"]) - day.weekday()) % 7)
    if "at" not in spec:
        return day
    moment = datetime.datetime.combine(day, datetime.time.fromisoformat(spec["at"]))
    return timezone.make_aware(moment, timezone.get_default_timezone())


def resolve(value, today):
    """`value` with each date mapping in it (see above) made a date or a datetime."""
    if isinstance(value, dict):
        if value.keys() <= DATE_KEYS and value.keys() & RELATIVE_KEYS:
            return resolve_date(value, today)
        return {key: resolve(item, today) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve(item, today) for item in value]
    return value


def read(name, today):
    """The data file demo/content/`name`.yaml, with dates counted from `today`."""
    with (CONTENT / f"{name}.yaml").open(encoding="utf-8") as file:
        return resolve(yaml.safe_load(file), today)
