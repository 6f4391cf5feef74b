"""Expanding 300 recurring events over a month, and the month view that shows them."""

import datetime
from zoneinfo import ZoneInfo

from django.test import Client

import recurrence

from core.demo.loader import load_demo_content
from events import occurrences
from events.models import EventIndexPage, EventPage
from home.models import HomePage

DUSHANBE = ZoneInfo("Asia/Dushanbe")
COUNT = 300


def build():
    load_demo_content()
    index = EventIndexPage.objects.filter(locale__language_code="en").first()
    if index is None:
        home = HomePage.objects.get(locale__language_code="en")
        index = home.add_child(instance=EventIndexPage(title="Events", slug="events"))
    weekdays = [recurrence.MO, recurrence.TU, recurrence.WE, recurrence.TH, recurrence.FR]
    for number in range(COUNT):
        start = datetime.datetime(2029, 9, 1 + number % 28, 9 + number % 10, tzinfo=DUSHANBE)
        rule = recurrence.Rule(recurrence.WEEKLY, byday=[weekdays[number % 5]])
        index.add_child(
            instance=EventPage(
                title=f"Class {number}",
                slug=f"bench-class-{number}",
                category="class",
                start=start,
                end=start + datetime.timedelta(minutes=90),
                recurrences=recurrence.Recurrence(rrules=[rule]),
            )
        )
    return index


def measure(timed):
    index = build()
    month_start = datetime.datetime(2030, 3, 1, tzinfo=DUSHANBE)
    month_end = datetime.datetime(2030, 4, 1, tzinfo=DUSHANBE)
    events = list(index.events())
    found = occurrences.occurrences(events, month_start, month_end)
    client = Client()
    url = f"{index.url}2030/03/"
    if client.get(url).status_code != 200:
        raise RuntimeError(f"{url} does not answer 200")
    return [
        (
            f"expand {len(events)} events ({COUNT} recurring) over a month: {len(found)} dates",
            *timed(lambda: occurrences.occurrences(events, month_start, month_end)),
        ),
        (f"month view {url} (server time, test client)", *timed(lambda: client.get(url))),
    ]
