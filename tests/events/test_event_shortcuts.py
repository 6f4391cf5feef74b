"""The events list's shortcuts, "This week" and "This weekend", and its filters folded
under a button (open when a filter is set)."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from events.models import EventIndexPage, EventPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")
WEDNESDAY = datetime.date(2026, 12, 2)


def at(day, hour):
    return datetime.datetime.combine(day, datetime.time(hour), DUSHANBE)


def days_after(days):
    return WEDNESDAY + datetime.timedelta(days=days)


@pytest.fixture
def index(time_machine):
    """The English events list on a Wednesday morning, with an event on Thursday, on
    Saturday, on Sunday evening and on the next Monday."""
    time_machine.move_to(at(WEDNESDAY, 10))
    index = EventIndexPage.objects.get(locale__language_code="en")
    for title, day in [
        ("Thursday talk", days_after(1)),
        ("Saturday concert", days_after(3)),
        ("Sunday jam", days_after(4)),
        ("Monday class", days_after(5)),
    ]:
        event = EventPage(
            title=title,
            slug=title.lower().replace(" ", "-"),
            start=at(day, 19),
            end=at(day, 21),
        )
        index.add_child(instance=event)
        event.save_revision().publish()
    return index


MINE = {"Thursday talk", "Saturday concert", "Sunday jam", "Monday class"}


def listed(client, url, **query):
    page = soup(client.get(url, query))
    return {a.get_text(strip=True) for a in page.select(".occurrence__title a")} & MINE


def test_this_week_lists_the_events_until_sunday(client, index):
    assert listed(client, index.url, when="week") == {
        "Thursday talk",
        "Saturday concert",
        "Sunday jam",
    }


def test_this_weekend_lists_saturday_and_sunday(client, index):
    assert listed(client, index.url, when="weekend") == {"Saturday concert", "Sunday jam"}


def test_on_a_sunday_evening_this_weekend_is_what_is_left_of_it(client, index, time_machine):
    time_machine.move_to(at(days_after(4), 18))

    assert listed(client, index.url, when="weekend") == {"Sunday jam"}


def test_a_shortcut_keeps_the_other_filters_and_shows_as_current(client, index):
    page = soup(client.get(index.url, {"category": "class", "when": "weekend"}))

    links = {a.get_text(strip=True): a for a in page.select("nav.chips a")}
    assert links["This weekend"]["aria-current"] == "true"
    assert links["This week"]["href"] == f"{index.url}?category=class&when=week"
    assert links["Any date"]["href"] == f"{index.url}?category=class"
    # The filters keep the shortcut when they are changed.
    assert page.select_one("form.filters input[type=hidden][name=when]")["value"] == "weekend"


def test_the_shortcuts_speak_russian_and_tajik(client, index):
    russian, tajik = (
        soup(client.get(EventIndexPage.objects.get(locale__language_code=language).url))
        for language in ("ru", "tg")
    )

    assert "На этой неделе" in [a.get_text(strip=True) for a in russian.select("nav.chips a")]
    assert "Ҳамин ҳафта" in [a.get_text(strip=True) for a in tajik.select("nav.chips a")]


def test_the_filters_fold_under_a_button_that_counts_those_set(client, index):
    """Folded even when set, so that on a phone the events come first (open, they put the
    first event two screens down); the button says how many are set."""
    plain = soup(client.get(index.url))
    shortcut = soup(client.get(index.url, {"when": "week"}))
    filtered = soup(client.get(index.url, {"category": "concert", "venue": "1"}))

    panel = plain.select_one("details.filters-panel")
    assert panel.select_one("summary").get_text(strip=True) == "Filter events"
    assert panel.select_one("form.filters select[name=programme]")
    assert not panel.has_attr("open")
    assert shortcut.select_one("details.filters-panel summary").get_text(strip=True) == (
        "Filter events"
    )
    panel = filtered.select_one("details.filters-panel")
    assert not panel.has_attr("open")
    assert panel.select_one("summary").get_text(strip=True) == "Filter events (2)"
