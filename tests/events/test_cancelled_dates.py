"""Staff enter a cancelled date once, in Cancelled dates (with a note if they like):
the page, the calendar, the stored dates and the .ics follow from it."""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield

import icalendar
import pytest

from events.models import EventIndexPage, EventOccurrence, EventPage
from tests.helpers import soup

pytestmark = pytest.mark.django_db

DUSHANBE = ZoneInfo("Asia/Dushanbe")
# Within the two years ahead whose dates are stored, seen from the day the tests set.
OFF = datetime.date(2027, 9, 21)


@pytest.fixture(autouse=True)
def before_the_class_starts(time_machine):
    """The tests' dates stay ahead whatever the real date: the clock is set before them."""
    time_machine.move_to(datetime.datetime(2026, 12, 1, 12, tzinfo=DUSHANBE))


@pytest.fixture
def planner(client):
    user = get_user_model().objects.create_superuser("planner", "planner@example.org", "x" * 16)
    client.force_login(user)
    return client


@pytest.fixture
def index():
    return EventIndexPage.objects.get(locale__language_code="en")


def weekly_class(planner, index, recurrences, cancelled):
    """The planner publishes a weekly class from the editor; `cancelled`: (date, note)s."""
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])
    response = planner.post(
        url,
        nested_form_data(
            {
                "action-publish": "publish",
                "title": "Guitar class",
                "slug": "guitar-class",
                "summary": "",
                "category": "class",
                "start": "2027-09-07 18:00",
                "end": "2027-09-07 19:30",
                "recurrences": recurrences,
                "status": "scheduled",
                "body": streamfield([]),
                "date_notes": streamfield(
                    [("note", {"date": day.isoformat(), "note": note}) for day, note in cancelled]
                ),
                "performers": streamfield([]),
                "booking_questions": streamfield([]),
            }
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    return EventPage.objects.get(slug="guitar-class", locale=index.locale)


def september_cells(client, index):
    page = soup(client.get(f"{index.url}2027/09/"))
    return {
        int(cell.select_one(".calendar__number").get_text()): cell
        for cell in page.select("td:not(.calendar__other)")
    }


def test_a_date_entered_once_in_cancelled_dates_is_cancelled_everywhere(planner, client, index):
    event = weekly_class(
        planner, index, "RRULE:FREQ=WEEKLY;BYDAY=TU", [(OFF, "The hall is being painted.")]
    )

    cells = september_cells(client, index)
    assert cells[21].select_one(".calendar__cancelled") is not None
    assert cells[14].select_one(".calendar__cancelled") is None
    stored = EventOccurrence.objects.get(
        event=event, start=datetime.datetime(2027, 9, 21, 18, tzinfo=DUSHANBE)
    )
    assert (stored.cancelled, stored.note) == (True, "The hall is being painted.")
    listed = soup(client.get(index.url, {"date_from": "2027-09-21", "date_to": "2027-09-21"}))
    status = listed.select_one(".occurrence .status").get_text()
    assert status == "Cancelled: The hall is being painted."
    calendar = icalendar.Calendar.from_ical(client.get("/en/events/guitar-class.ics").content)
    (vevent,) = calendar.walk("VEVENT")
    assert [value.dt for value in vevent["EXDATE"].dts] == [
        datetime.datetime(2027, 9, 21, 18, tzinfo=DUSHANBE)
    ]


def test_a_cancelled_date_needs_no_note(planner, client, index):
    event = weekly_class(planner, index, "RRULE:FREQ=WEEKLY;BYDAY=TU", [(OFF, "")])

    assert september_cells(client, index)[21].select_one(".calendar__cancelled") is not None
    assert EventOccurrence.objects.filter(event=event, cancelled=True).count() == 1


def test_a_date_excluded_in_the_widget_moves_to_the_cancelled_dates(planner, client, index):
    event = weekly_class(planner, index, "RRULE:FREQ=WEEKLY;BYDAY=TU\nEXDATE:20270921T000000Z", [])

    assert event.recurrences.exdates == []
    assert [(block.value["date"], block.value["note"]) for block in event.date_notes] == [(OFF, "")]
    assert september_cells(client, index)[21].select_one(".calendar__cancelled") is not None

    # Removed from the cancelled dates, the date takes place again: nothing else holds it.
    edit = reverse("wagtailadmin_pages:edit", args=[event.pk])
    form = {
        "action-publish": "publish",
        "title": "Guitar class",
        "slug": "guitar-class",
        "summary": "",
        "category": "class",
        "start": "2027-09-07 18:00",
        "end": "2027-09-07 19:30",
        "recurrences": "RRULE:FREQ=WEEKLY;BYDAY=TU",
        "status": "scheduled",
        "body": streamfield([]),
        "date_notes": streamfield([]),
        "performers": streamfield([]),
        "booking_questions": streamfield([]),
    }
    assert planner.post(edit, nested_form_data(form)).status_code == 302
    cell = september_cells(client, index)[21]
    assert "Guitar class" in cell.get_text()
    assert cell.select_one(".calendar__cancelled") is None
