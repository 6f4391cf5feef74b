"""Planners manage events in the admin: recurring classes, the listing, venues, copies."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

import pytest

from events.models import EventIndexPage, EventPage, FestivalPage, Venue
from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def planner(client):
    user = get_user_model().objects.create_superuser("planner", "planner@example.org", "x" * 16)
    client.force_login(user)
    return client


def admin_language(user_client, language):
    """The planner's admin language, as chosen in their account settings."""
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="planner"))
    profile.preferred_language = language
    profile.save()


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_planner_creates_a_weekly_class_with_an_excluded_date(planner, client, language):
    admin_language(planner, language)
    index = EventIndexPage.objects.get(locale__language_code=language)
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])

    form = planner.get(url)
    assert form.status_code == 200
    catalogue = reverse("events_recurrence_jsi18n")
    assert f'<script src="{catalogue}"'.encode() in form.content  # before the widget's script
    assert form.content.index(catalogue.encode()) < form.content.index(b"recurrence-widget.js")

    response = planner.post(
        url,
        nested_form_data(
            {
                "action-publish": "publish",
                "title": "Guitar class",
                "slug": "guitar-class",
                "summary": "",
                "category": "class",
                "start": "2030-09-03 18:00",
                "end": "2030-09-03 19:30",
                "recurrences": "RRULE:FREQ=WEEKLY;BYDAY=TU\nEXDATE:20300917T000000Z",
                "status": "scheduled",
                "body": streamfield([]),
                "date_notes": streamfield([("note", {"date": "2030-09-17", "note": "Holiday"})]),
                "performers": streamfield([]),
                "booking_questions": streamfield([]),
            }
        ),
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    event = EventPage.objects.get(slug="guitar-class", locale=index.locale)
    assert event.live and event.last_end is None
    september = soup(client.get(f"{index.url}2030/09/"))
    cells = {
        cell.select_one(".calendar__number").get_text(): cell
        for cell in september.select("td:not(.calendar__other)")
    }
    assert "Guitar class" in cells["3"].get_text()
    assert "Guitar class" in cells["10"].get_text()
    assert cells["17"].select_one(".calendar__cancelled") is not None
    assert "Guitar class" in cells["24"].get_text()


def test_event_listing_filters_by_category_and_date(planner):
    listing = reverse("events:index")

    everything = soup(planner.get(listing))
    classes = soup(planner.get(listing, {"category": "class"}))
    in_2021 = soup(
        planner.get(
            listing, {"first_start_after": "2021-01-01", "first_start_before": "2021-12-31"}
        )
    )

    def titles(page):
        return {a.get_text(strip=True) for a in page.select("td.title a")}

    assert titles(classes) and titles(classes) < titles(everything)
    festival = FestivalPage.objects.get(locale__language_code="en")
    festival_titles = {e.title for e in EventPage.objects.child_of(festival)}
    assert festival_titles <= titles(in_2021)


def test_venues_have_their_own_admin(planner):
    response = planner.get(reverse("wagtailsnippets_events_venue:list"))

    assert response.status_code == 200
    venue = Venue.objects.filter(locale__language_code="en").first()
    assert venue.name in response.content.decode()


def test_an_event_can_be_copied_to_another_festival_edition(planner):
    festival = FestivalPage.objects.get(locale__language_code="en")
    next_year = festival.copy(
        update_attrs={"title": "Next edition", "slug": "next-edition"}, copy_revisions=False
    )
    event = EventPage.objects.child_of(festival).first()

    response = planner.post(
        reverse("wagtailadmin_pages:copy", args=[event.pk]),
        {"new_title": event.title, "new_slug": event.slug, "new_parent_page": next_year.pk},
    )

    assert response.status_code == 302
    copy = EventPage.objects.child_of(next_year).get(slug=event.slug)
    assert copy.start == event.start


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("ru", {"Add rule": "Добавить правило", "weekly": "еженедельно"}),
        ("tg", {"Add rule": "Илова кардани қоида", "weekly": "ҳар ҳафта"}),
    ],
)
def test_recurrence_widget_labels_follow_the_planners_language(planner, language, labels):
    admin_language(planner, language)

    script = planner.get(reverse("events_recurrence_jsi18n")).content.decode()

    for english, translated in labels.items():  # the catalogue is JSON, non-ASCII escaped
        assert f"{json.dumps(english)}: {json.dumps(translated)}" in script


def served_recurrence_catalogue(planner, language):
    admin_language(planner, language)
    script = planner.get(reverse("events_recurrence_jsi18n")).content.decode()
    catalogue = re.search(r"const newcatalog = (\{.*?\n  \});", script, re.DOTALL)
    return json.loads(catalogue.group(1))


# django-recurrence's widget builds its "On the" position list from the text before
# "%(weekday)s" of each message (recurrence-widget.js: .split('%(weekday)s')[0]); a
# translation that starts with the weekday gives an empty option.
POSITIONS = [
    "first %(weekday)s",
    "second %(weekday)s",
    "third %(weekday)s",
    "fourth %(weekday)s",
    "last %(weekday)s",
    "second last %(weekday)s",
    "third last %(weekday)s",
]


@pytest.mark.parametrize(("language", "first"), [("ru", "на первой неделе"), ("tg", "якумин")])
def test_recurrence_widget_position_options_are_not_empty(planner, language, first):
    catalogue = served_recurrence_catalogue(planner, language)

    options = [catalogue[message].split("%(weekday)s")[0].strip() for message in POSITIONS]

    assert all(options), options
    assert len(set(options)) == len(POSITIONS), options
    assert options[0] == first


# The count ("Occurs [5] times") is two labels round the field, the text before and
# after "%(number)s"; the widget writes each into its label's text node when the
# count changes, and an empty label has none (a script error, the count not set).
@pytest.mark.parametrize("language", ["ru", "tg"])
def test_recurrence_widget_count_labels_are_not_empty(planner, language):
    catalogue = served_recurrence_catalogue(planner, language)

    for message in ("Occurs %(number)s time", "Occurs %(number)s times"):
        before, after = catalogue[message].split("%(number)s")
        assert before.strip() and after.strip(), catalogue[message]


@pytest.mark.parametrize(
    ("language", "shown"),
    [("en", "Mon 3 Mar 2031, 19:00"), ("ru", "Пн 3 марта 2031, 19:00")],
)
def test_the_event_listing_shows_when_an_event_starts_in_dushanbe_time(planner, language, shown):
    admin_language(planner, language)
    index = EventIndexPage.objects.get(locale__language_code="en")
    start = datetime.datetime(2031, 3, 3, 19, tzinfo=ZoneInfo("Asia/Dushanbe"))
    event = EventPage(title="Spring gala", slug="spring-gala", start=start)
    index.add_child(instance=event)
    event.save_revision().publish()

    listing = soup(planner.get(reverse("events:index"), {"q": "Spring gala"}))

    (row,) = [row for row in listing.select("tbody tr") if "Spring gala" in row.get_text()]
    cells = [cell.get_text(" ", strip=True) for cell in row.select("td")]
    assert shown in cells
    assert "Just now" not in row.get_text()


def test_the_event_listing_gives_an_all_day_event_its_date_alone(planner):
    admin_language(planner, "ru")
    index = EventIndexPage.objects.get(locale__language_code="en")
    start = datetime.datetime(2031, 3, 12, tzinfo=ZoneInfo("Asia/Dushanbe"))
    event = EventPage(
        title="Spring exhibition", slug="spring-exhibition", start=start, all_day=True
    )
    index.add_child(instance=event)
    event.save_revision().publish()

    listing = soup(planner.get(reverse("events:index"), {"q": "Spring exhibition"}))

    (row,) = [row for row in listing.select("tbody tr") if "Spring exhibition" in row.get_text()]
    cells = [cell.get_text(" ", strip=True) for cell in row.select("td")]
    assert "12 марта 2031 г." in cells
    assert "00:00" not in row.get_text()


def event_form(**fields):
    """The event form as a planner publishes it, with `fields` changed."""
    return nested_form_data(
        {
            "action-publish": "publish",
            "title": "Spring gala",
            "slug": "spring-gala",
            "summary": "",
            "category": "concert",
            "start": "2031-03-12 19:00",
            "end": "2031-03-12 21:00",
            "recurrences": "",
            "status": "scheduled",
            "body": streamfield([]),
            "date_notes": streamfield([]),
            "performers": streamfield([]),
            "booking_questions": streamfield([]),
            **fields,
        }
    )


def add_event_url():
    index = EventIndexPage.objects.get(locale__language_code="en")
    return reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])


@pytest.mark.parametrize(
    "fields",
    [
        {"end": "2031-03-12 18:00"},  # an hour before it starts
        {"end": "2031-03-11 21:00"},  # the day before
        {"end": "2031-03-11 00:00", "all_day": "on"},  # all day, the day before
    ],
)
def test_an_event_that_ends_before_it_starts_is_refused(planner, fields):
    response = planner.post(add_event_url(), event_form(**fields))

    assert response.status_code == 200
    errors = soup(response).select_one('[data-contentpath="end"] [data-field-errors]')
    assert errors.get_text(" ", strip=True) == "The end comes before the start."
    assert not EventPage.objects.filter(slug="spring-gala").exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"end": ""},  # the end is not known
        {"end": "2031-03-12 19:00"},  # over as it starts: not before
        {"end": "2031-03-12 00:00", "all_day": "on"},  # all day: its last day is its first
        {"start": "2031-03-12 00:00", "end": "2031-03-14 00:00", "all_day": "on"},
    ],
)
def test_an_event_with_no_end_or_an_end_on_or_after_its_start_is_published(planner, fields):
    response = planner.post(add_event_url(), event_form(**fields))

    assert response.status_code == 302, response.content.decode()[:2000]
    assert EventPage.objects.get(slug="spring-gala").live
