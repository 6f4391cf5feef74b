"""Every calendar file the site offers, found through its links as a visitor finds them
and read back with icalendar and recurring-ical-events: it has its events, UIDs of
its language, and cancelled dates as EXDATEs; a calendar with no event is not offered."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

import icalendar
import pytest
import recurring_ical_events

from events.models import EventIndexPage, EventPage, FestivalPage
from programmes.models import ProgrammeIndexPage, ProgrammePage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")
LANGUAGES = ["en", "ru", "tg"]
LABELS = {
    "en": (
        "Add this programme's events to your calendar app (.ics)",
        "Add this festival's events to your calendar app (.ics)",
    ),
    "ru": (
        "Добавить события программы в своё приложение-календарь (.ics)",
        "Добавить события фестиваля в своё приложение-календарь (.ics)",
    ),
    "tg": (
        "Чорабиниҳои барномаро ба барномаи тақвими худ илова кунед (.ics)",
        "Чорабиниҳои фестивалро ба барномаи тақвими худ илова кунед (.ics)",
    ),
}


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def calendar_link(client, page):
    """(address, text) of the calendar link the page shows, or None."""
    link = soup(client.get(page.url)).select_one(".feed-link a")
    return (link["href"], link.get_text(strip=True)) if link else None


def offered_calendars(client, language):
    """The address of every calendar file the pages of a language link to."""
    pages = [
        EventIndexPage.objects.get(locale__language_code=language),
        *ProgrammePage.objects.live().filter(locale__language_code=language),
        *FestivalPage.objects.live().filter(locale__language_code=language),
    ]
    links = [calendar_link(client, page) for page in pages]
    found = [link[0] for link in links if link]
    for event in EventPage.objects.live().filter(locale__language_code=language):
        download = soup(client.get(event.url)).select_one(".add-to-calendar a[download]")
        if download:
            found.append(download["href"])
    return found


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_every_calendar_offered_has_events_and_uids_of_its_language(client):
    uids = {}
    for language in LANGUAGES:
        urls = offered_calendars(client, language)
        assert f"/{language}/" in urls[0] and urls[0].endswith("/feed.ics")
        assert len(urls) > 6  # the feed, programmes, the festival and events
        uids[language] = set()
        for url in urls:
            calendar = read(client, url)
            events = calendar.walk("VEVENT")
            assert events, f"{url} has no VEVENT"
            # Each expands, its dates in the centre's zone.
            expanded = recurring_ical_events.of(calendar).between(
                datetime.date(2020, 1, 1), datetime.date(2040, 1, 1)
            )
            assert expanded, url
            found = {str(event["UID"]) for event in events}
            assert all(uid.endswith(f"-{language}@bactria-culture-centre") for uid in found)
            uids[language] |= found

    assert not uids["en"] & uids["ru"]
    assert not uids["en"] & uids["tg"]
    assert not uids["ru"] & uids["tg"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_cancelled_date_of_the_weekly_class_is_an_exdate_in_every_language(client, language):
    weekly = EventPage.objects.get(locale__language_code="en", slug="jazz-academy-ensemble-class")
    event = EventPage.objects.get(
        locale__language_code=language, translation_key=weekly.translation_key
    )
    (cancelled,) = [block.value["date"] for block in event.date_notes]
    index = EventIndexPage.objects.get(locale__language_code=language)
    off = datetime.datetime.combine(cancelled, datetime.time(18), DUSHANBE)

    for url in [f"{index.url}feed.ics", event.ics_url()]:
        calendar = read(client, url)
        (vevent,) = [e for e in calendar.walk("VEVENT") if e["SUMMARY"] == event.title]
        assert [value.dt for value in vevent["EXDATE"].dts] == [off]
        around = recurring_ical_events.of(calendar).between(
            off - datetime.timedelta(days=8), off + datetime.timedelta(days=8)
        )
        starts = [e["DTSTART"].dt for e in around if e["SUMMARY"] == event.title]
        assert starts == [off - datetime.timedelta(days=7), off + datetime.timedelta(days=7)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_past_festival_edition_keeps_all_its_events_and_links_its_calendar(client, language):
    festival = FestivalPage.objects.get(locale__language_code=language)
    titles = {event.title for event in EventPage.objects.live().child_of(festival)}

    url, label = calendar_link(client, festival)
    calendar = read(client, url)

    assert url == festival.url.rstrip("/") + ".ics"
    assert label == LABELS[language][1]
    assert {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")} == titles
    assert len(titles) == 5
    assert all(e["DTSTART"].dt.year == 2021 for e in calendar.walk("VEVENT"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_festival_programme_holds_its_last_edition_and_links_its_calendar(client, language):
    festival = FestivalPage.objects.get(locale__language_code=language)
    programme = ProgrammePage.objects.get(
        locale__language_code=language, translation_key=festival.programme.translation_key
    )

    url, label = calendar_link(client, programme)
    calendar = read(client, url)

    assert url == programme.url.rstrip("/") + ".ics"
    assert label == LABELS[language][0]
    in_festival = {event.title for event in EventPage.objects.live().child_of(festival)}
    assert {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")} >= in_festival


def test_a_programme_keeps_the_year_up_to_its_latest_past_event(client):
    jazz = ProgrammePage.objects.get(locale__language_code="en", slug="jazz-academy")
    index = EventIndexPage.objects.get(locale__language_code="en")
    now = timezone.now()
    for title, days_ago in [("Spring concert", 10), ("Old concert", 400)]:
        start = now - datetime.timedelta(days=days_ago)
        publish(
            index,
            EventPage(
                title=title,
                slug=title.lower().replace(" ", "-"),
                programme=jazz,
                start=start,
                end=start + datetime.timedelta(hours=2),
            ),
        )

    titles = {
        str(e["SUMMARY"]) for e in read(client, "/en/programmes/jazz-academy.ics").walk("VEVENT")
    }

    assert "Spring concert" in titles
    assert "Jazz Academy: ensemble class" in titles  # what is coming
    assert "Old concert" not in titles


def test_a_programme_or_festival_without_events_offers_no_calendar(client):
    programmes = ProgrammeIndexPage.objects.get(locale__language_code="en")
    choir = publish(programmes, ProgrammePage(title="Choir", slug="choir"))
    index = EventIndexPage.objects.get(locale__language_code="en")
    edition = publish(index, FestivalPage(title="Next edition", slug="next-edition"))

    for page in [choir, edition]:
        assert client.get(page.url).status_code == 200
        assert calendar_link(client, page) is None
        assert client.get(page.url.rstrip("/") + ".ics").status_code == 404

    # Its first event, published, brings its calendar.
    start = timezone.now() + datetime.timedelta(days=5)
    publish(edition, EventPage(title="Opening", slug="opening", start=start))
    url, _label = calendar_link(client, edition)
    assert [str(e["SUMMARY"]) for e in read(client, url).walk("VEVENT")] == ["Opening"]
