import datetime
import uuid
from zoneinfo import ZoneInfo

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

import pytest
import recurrence

from bookings import workflow
from bookings.models import Booking, Registration
from bookings.staff import date_key
from events.models import EventIndexPage, EventPage
from tests.applications.conftest import run_mail_worker

DUSHANBE = ZoneInfo("Asia/Dushanbe")
WEEKLY = recurrence.Recurrence(rrules=[recurrence.Rule(recurrence.WEEKLY)])

__all__ = ["run_mail_worker"]


@pytest.fixture(autouse=True)
def without_demo_bookings(db):
    """Each test starts with no booking: the demo's (demo/content/bookings.yaml) are out of
    the way, and their registrations with them."""
    Booking.objects.all().delete()
    Registration.objects.all().delete()


def in_days(days, hour=18):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), DUSHANBE)


def publish(page):
    page.save_revision().publish()
    return page


def class_event(title, slug, start, hours=2, **fields):
    """A class published in English under the events' index."""
    index = EventIndexPage.objects.get(locale__language_code="en")
    event = EventPage(
        title=title,
        slug=slug,
        category="class",
        start=start,
        end=start + datetime.timedelta(hours=hours),
        **fields,
    )
    index.add_child(instance=event)
    return publish(event)


@pytest.fixture
def weekly_class(db):
    """A weekly trial lesson from next week, in English, Russian and Tajik, with 3 places a date."""
    event = class_event("Jazz trial lesson", "jazz-trial-lesson", in_days(7), recurrences=WEEKLY)
    for language, title in (("ru", "Пробный урок джаза"), ("tg", "Дарси озмоишии ҷаз")):
        translated = event.copy_for_translation(Locale.objects.get(language_code=language))
        translated.title = title
        publish(translated)
    Registration.objects.create(event=event, capacity=3, max_places=2, waiting_list=True)
    return event


def book_url(language="en"):
    """The booking form's address: the event's own address with "book/"."""
    event = EventPage.objects.get(slug="jazz-trial-lesson", locale__language_code=language)
    return event.url + "book/"


def form_data(client, language="en", date_index=0, **overrides):
    """The booking form as a browser posts it, for the `date_index`th date offered."""
    form = client.get(book_url(language)).context["form"]
    data = {
        "date": form.fields["date"].choices[date_index][0],
        "places": "1",
        "name": "Farrukh Karimov",
        "email": "farrukh@example.org",
        "phone": "+992 93 000 0000",
        "submission_token": form["submission_token"].value(),
        "website": "",
    }
    data.update(overrides)
    return data


def book(client, language="en", **overrides):
    return client.post(book_url(language), form_data(client, language, **overrides))


def statuses():
    return list(Booking.objects.order_by("pk").values_list("name", "status"))


def sent_to(address):
    return [message for message in mail.outbox if address in message.to]


STAFF_GROUPS = {
    "editor": "Communication editors",
    "planner": "Festival planners",
    "reviewer": "Application reviewers",
    "moderator": "Resource moderators",
}


def staff_member(who):
    """A user in one staff group only (README, "Staff groups")."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(who, f"{who}@example.org")
    user.groups.add(Group.objects.get(name=STAFF_GROUPS[who]))
    return user


def booked(event, name, places=1, language="en"):
    """`name` books `places` on the event's first date through the workflow (booked or
    waiting, as the places left allow)."""
    details = {"name": name, "email": f"{name.lower()}@example.org", "places": places}
    return workflow.book(
        event.registration,
        event,
        event.start,
        event.end,
        details,
        language,
        uuid.uuid4(),
    )


@pytest.fixture
def planner(client):
    """A Festival planner, signed in with `client`."""
    user = staff_member("planner")
    client.force_login(user)
    return user


@pytest.fixture
def russian_planner(client):
    """A Festival planner whose admin is in Russian, signed in: `client`."""
    from wagtail.users.models import UserProfile

    user = staff_member("planner")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    client.force_login(user)
    return client


def page_in(event, language):
    return EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code=language
    )


def booked_in(event, name, language, week=0, phone=""):
    """A booking made as the form makes it, on the event's `week`th date."""
    start = event.start + datetime.timedelta(weeks=week)
    details = {"places": 1, "name": name, "email": f"{name.lower()}@example.org", "phone": phone}
    return workflow.book(
        Registration.objects.get(event=event),
        page_in(event, language),
        start,
        start + datetime.timedelta(hours=2),
        details,
        language,
        uuid.uuid4(),
    )


def date_url(event):
    return reverse("bookings_admin:date", args=[event.registration.pk, date_key(event.start)])


@pytest.fixture
def full_date(weekly_class, django_capture_on_commit_callbacks):
    """Aziz (2) and Bahrom (1) take the 3 places; Dilnoza then Firuza wait."""
    with django_capture_on_commit_callbacks(execute=True):
        for name, places in (("Aziz", 2), ("Bahrom", 1), ("Dilnoza", 1), ("Firuza", 1)):
            booked(weekly_class, name, places)
    run_mail_worker()
    mail.outbox.clear()
    return weekly_class
