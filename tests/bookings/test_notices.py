"""When plans change (a date cancelled, the event cancelled or postponed, a new time or
venue), publishing the event records a notice; a planner reads it in each language and
sends it; the mail worker delivers it to everyone booked or waiting, in their language."""

import datetime
import logging
import re
import uuid

from django.contrib.auth.models import Permission
from django.core import mail
from django.template.defaultfilters import date as date_filter
from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest
import time_machine
from django_tasks_db.models import DBTaskResult

from bookings import workflow
from bookings.models import Booking, BookingMove, BookingNotice, Registration
from bookings.senders import Sender, TemporaryFailure
from events.models import EventIndexPage, EventPage, Venue
from tests.bookings.conftest import (
    DUSHANBE,
    booked_in,
    page_in,
    publish,
    run_mail_worker,
    sent_to,
)
from tests.helpers import soup, warm_query_count

pytestmark = pytest.mark.django_db

NOTIFY = "Notify booked people"


@pytest.fixture
def people(weekly_class):
    """Three places on the first date: Aziz (en), Bahrom (ru), Dilnoza (tg); Firuza (en)
    waits; Gulnora (en) is booked a week later."""
    for name, language in (("Aziz", "en"), ("Bahrom", "ru"), ("Dilnoza", "tg"), ("Firuza", "en")):
        booked_in(weekly_class, name, language, phone="+992 93 000 0000" if name == "Aziz" else "")
    booked_in(weekly_class, "Gulnora", "en", week=1)
    return weekly_class


def edited(event, **changes):
    """The event as last saved, changed and published again."""
    event = EventPage.objects.get(pk=event.pk)
    for name, value in changes.items():
        setattr(event, name, value)
    return publish(event)


def cancel_first_date(event, language="en"):
    event = page_in(event, language)
    day = timezone.localtime(event.start, DUSHANBE).date()
    event.date_notes.append(("note", {"date": day, "note": ""}))
    return publish(event)


def notice_url(notice):
    return f"/admin/booking-notices/{notice.pk}/"


def test_cancelling_a_booked_date_sends_nothing_until_a_planner_confirms(people, admin_client):
    cancel_first_date(people)
    run_mail_worker()

    assert mail.outbox == []
    notice = BookingNotice.objects.get(sent_at=None)
    response = admin_client.get(f"/admin/booking-notices/event/{people.pk}/")
    assert response["Location"] == notice_url(notice)

    page = soup(admin_client.get(notice_url(notice)))
    headings = [h.get_text(" ", strip=True) for h in page.select(".notice-preview__language")]
    assert headings == ["English: 2 people", "Russian: 1 person", "Tajik: 1 person"]
    subjects = [s.get_text() for s in page.select(".notice-preview__subject")]
    assert subjects[0].startswith("Cancelled: “Jazz trial lesson” on")
    assert "Пробный урок джаза" in subjects[1]
    assert "Дарси озмоишии ҷаз" in subjects[2]


def test_confirmed_the_notice_reaches_everyone_booked_or_waiting_in_their_language(
    people, admin_client
):
    cancel_first_date(people)
    notice = BookingNotice.objects.get()

    response = admin_client.post(notice_url(notice), {"send": "1"})
    run_mail_worker()

    assert response.status_code == 302
    assert sorted(address for message in mail.outbox for address in message.to) == [
        "aziz@example.org",
        "bahrom@example.org",
        "dilnoza@example.org",
        "firuza@example.org",
    ]
    (english,) = sent_to("aziz@example.org")
    day = date_filter(timezone.localtime(people.start, DUSHANBE), "DATE_FORMAT")
    assert english.subject == f"Cancelled: “Jazz trial lesson” on {day}"
    assert "does not take place on" in english.body
    assert Booking.objects.get(name="Aziz").get_private_url() in english.body
    (russian,) = sent_to("bahrom@example.org")
    assert russian.subject.startswith("Отменено: «Пробный урок джаза»")
    (tajik,) = sent_to("dilnoza@example.org")
    assert tajik.subject.startswith("Бекор шуд: «Дарси озмоишии ҷаз»")
    (waiting,) = sent_to("firuza@example.org")
    assert "Status: Cancelled" in waiting.body  # her place on the list went with the date
    notice.refresh_from_db()
    assert notice.recipients == 4
    assert notice.sent_at is not None


def test_a_russian_planner_reads_the_notices_event_in_russian(people, russian_planner):
    """The notice pages name the event in the planner's admin language, whichever
    language's page was published: the list, the event's notices and the notice."""
    client = russian_planner
    cancel_first_date(people, "tg")
    notice = BookingNotice.objects.get(sent_at=None)

    index = soup(client.get("/admin/booking-notices/"))
    preview = soup(client.get(notice_url(notice)))
    sent = soup(client.post(notice_url(notice), {"send": "1"}, follow=True))

    assert index.select_one(".notice-list a").get_text().startswith("Пробный урок джаза:")
    assert preview.select_one(".w-header__subtitle").get_text() == "Пробный урок джаза"
    assert sent.select_one(".nice-padding ul a").get_text().startswith("Пробный урок джаза:")


def test_a_notice_is_sent_once(people, admin_client):
    cancel_first_date(people)
    notice = BookingNotice.objects.get()
    admin_client.post(notice_url(notice), {"send": "1"})
    admin_client.post(notice_url(notice), {"send": "1"})
    run_mail_worker()

    assert len(mail.outbox) == 4


def test_the_same_change_published_in_another_language_is_recorded_once(people):
    cancel_first_date(people)
    cancel_first_date(people, "ru")

    assert BookingNotice.objects.count() == 1


def test_a_cancelled_event_tells_everyone_to_come(people, admin_client):
    edited(people, status="cancelled")
    notice = BookingNotice.objects.get()
    admin_client.post(notice_url(notice), {"send": "1"})
    run_mail_worker()

    assert len(mail.outbox) == 5
    (russian,) = sent_to("bahrom@example.org")
    assert "отменено" in russian.body


def statuses_by_name():
    return dict(Booking.objects.values_list("name", "status"))


def test_sending_the_notice_of_a_cancelled_date_cancels_its_bookings_and_waiting_list(
    people, admin_client, admin_user
):
    cancel_first_date(people)
    notice = BookingNotice.objects.get()
    assert set(statuses_by_name().values()) == {"booked", "waiting"}  # pending: nothing yet

    admin_client.post(notice_url(notice), {"send": "1"})
    run_mail_worker()

    assert statuses_by_name() == {
        "Aziz": "cancelled",
        "Bahrom": "cancelled",
        "Dilnoza": "cancelled",
        "Firuza": "cancelled",  # waiting: offered no place on a date that does not take place
        "Gulnora": "booked",  # a week later, a date that still takes place
    }
    moves = BookingMove.objects.filter(to_status="cancelled")
    assert sorted(moves.values_list("booking__name", flat=True)) == [
        "Aziz",
        "Bahrom",
        "Dilnoza",
        "Firuza",
    ]
    assert {(move.by, move.note) for move in moves} == {
        (admin_user, "Cancelled with its date by a change of plan.")
    }
    assert not BookingMove.objects.filter(to_status="offered").exists()
    (tajik,) = sent_to("dilnoza@example.org")
    assert "Ҳолат: Бекор шуд" in tajik.body
    (english,) = sent_to("aziz@example.org")
    assert "Status: Cancelled" in english.body


def test_sending_the_notice_of_a_cancelled_event_cancels_every_booking_to_come(
    people, admin_client, admin_user
):
    edited(people, status="cancelled")
    admin_client.post(notice_url(BookingNotice.objects.get()), {"send": "1"})

    assert set(statuses_by_name().values()) == {"cancelled"}
    assert set(BookingMove.objects.filter(to_status="cancelled").values_list("by", flat=True)) == {
        admin_user.pk
    }
    assert not BookingMove.objects.filter(to_status="offered").exists()


def test_a_postponed_event_keeps_its_bookings(people, admin_client):
    edited(people, status="postponed")
    admin_client.post(notice_url(BookingNotice.objects.get()), {"send": "1"})

    assert "cancelled" not in statuses_by_name().values()


def test_a_postponed_event_says_a_new_date_will_follow(people, admin_client):
    edited(people, status="postponed")
    admin_client.post(notice_url(BookingNotice.objects.get()), {"send": "1"})
    run_mail_worker()

    (english,) = sent_to("gulnora@example.org")
    assert english.subject == "Postponed: “Jazz trial lesson”"
    assert "We will write to you when it has a new date." in english.body


def test_a_new_time_moves_the_bookings_and_gives_each_person_their_new_date(people, admin_client):
    hour = datetime.timedelta(hours=1)
    edited(people, start=people.start + hour, end=people.end + hour)
    notice = BookingNotice.objects.get()
    assert notice.shift == hour
    later = date_filter(timezone.localtime(people.start + hour, DUSHANBE), "DATETIME_FORMAT")
    preview = soup(admin_client.get(notice_url(notice))).select_one(".notice-preview__body")
    assert f"New date: {later}" in preview.get_text()

    admin_client.post(notice_url(notice), {"send": "1"})
    run_mail_worker()

    assert len(mail.outbox) == 5
    assert Booking.objects.get(name="Aziz").start == people.start + hour
    assert Booking.objects.get(name="Gulnora").start == people.start + hour * 169
    (english,) = sent_to("aziz@example.org")
    assert f"New date: {later}" in english.body


def test_a_new_venue_is_named_in_each_language(people, admin_client):
    venue = Venue.objects.get(name="Bactria Culture Centre, classroom")
    edited(people, venue=venue)
    admin_client.post(notice_url(BookingNotice.objects.get()), {"send": "1"})
    run_mail_worker()

    (english,) = sent_to("aziz@example.org")
    assert "New venue: Bactria Culture Centre, classroom, Rudaki Avenue" in english.body
    (russian,) = sent_to("bahrom@example.org")
    assert "Новое место:" in russian.body


def test_an_edit_that_changes_no_booked_date_records_nothing(people):
    edited(people, title="Jazz trial lesson for beginners")

    assert not BookingNotice.objects.exists()


def test_a_discarded_notice_is_never_sent(people, admin_client):
    cancel_first_date(people)
    admin_client.post(notice_url(BookingNotice.objects.get()), {"discard": "1"})
    run_mail_worker()

    assert not BookingNotice.objects.exists()
    assert mail.outbox == []


def test_nothing_is_lost_while_the_mail_server_is_down(people, admin_client, monkeypatch):
    cancel_first_date(people)
    admin_client.post(notice_url(BookingNotice.objects.get()), {"send": "1"})

    def refused(self, messages):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refused)
    run_mail_worker()
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(status="READY", backend_name="mail").count() == 4

    monkeypatch.undo()
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=2)):
        run_mail_worker()
    assert len(mail.outbox) == 4


def test_the_console_sender_writes_what_a_text_message_would_say(
    people, admin_client, settings, caplog
):
    settings.BOOKING_NOTICE_SENDERS = [
        "bookings.senders.EmailSender",
        "bookings.senders.ConsoleSender",
    ]
    cancel_first_date(people)
    admin_client.post(notice_url(BookingNotice.objects.get()), {"send": "1"})
    with caplog.at_level(logging.INFO, logger="bookings"):
        run_mail_worker()

    assert len(mail.outbox) == 4
    texts = [r.getMessage() for r in caplog.records if r.name == "bookings.senders"]
    assert len(texts) == 1  # only Aziz gave a phone number
    assert "Cancelled: “Jazz trial lesson”" in texts[0]
    sends = [r.getMessage() for r in caplog.records if r.name == "bookings.notice_tasks"]
    assert len(sends) == 5
    assert not any("@" in line or "Aziz" in line for line in sends)


def test_the_event_in_the_admin_leads_to_the_notice(people, admin_client):
    cancel_first_date(people)

    page = soup(admin_client.get(f"/admin/pages/{people.pk}/edit/"))
    links = [a["href"] for a in page.select("a") if "Notify booked people" in a.get_text()]
    assert f"/admin/booking-notices/event/{people.pk}/" in links


def test_staff_without_the_bookings_permission_cannot_send(people, client, django_user_model):
    cancel_first_date(people)
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "x" * 16)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    response = client.post(notice_url(BookingNotice.objects.get()), {"send": "1"})
    run_mail_worker()

    assert response.status_code == 302  # Wagtail's admin sends them to the dashboard
    assert mail.outbox == []
    assert BookingNotice.objects.get().sent_at is None


class FlakyTextSender(Sender):
    """A provider that cannot take the first message: the worker must try again."""

    name = "flaky"
    sent = []
    refused = 0

    def send(self, booking, subject, body):
        if FlakyTextSender.refused == 0:
            FlakyTextSender.refused += 1
            raise TemporaryFailure("provider busy")
        FlakyTextSender.sent.append((booking.pk, subject))


def test_a_provider_plugged_in_by_settings_gets_each_person_once_and_is_retried(
    people, admin_client, settings
):
    settings.BOOKING_NOTICE_SENDERS = [f"{__name__}.FlakyTextSender"]
    FlakyTextSender.sent, FlakyTextSender.refused = [], 0
    cancel_first_date(people)
    admin_client.post(notice_url(BookingNotice.objects.get()), {"send": "1"})
    run_mail_worker()
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=2)):
        run_mail_worker()

    assert mail.outbox == []  # email is not among the senders named
    assert FlakyTextSender.refused == 1
    assert len(FlakyTextSender.sent) == 4
    assert len({pk for pk, subject in FlakyTextSender.sent}) == 4


def test_a_planner_cancels_a_booked_date_in_the_editor_and_is_led_to_notify(
    admin_client, time_machine
):
    """The whole way through the admin: publish, the warning's button, the preview, send."""
    time_machine.move_to(datetime.datetime(2026, 12, 1, 12, tzinfo=DUSHANBE))
    index = EventIndexPage.objects.get(locale__language_code="en")
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
    add = reverse("wagtailadmin_pages:add", args=["events", "eventpage", index.pk])
    assert admin_client.post(add, nested_form_data(form)).status_code == 302
    event = EventPage.objects.get(slug="guitar-class", locale=index.locale)
    Registration.objects.create(event=event, capacity=10)
    booked_in(event, "Aziz", "en", week=2)  # 21 September 2027
    booked_in(event, "Bahrom", "en", week=3)

    form["date_notes"] = streamfield([("note", {"date": "2027-09-21", "note": "Exams"})])
    edit = reverse("wagtailadmin_pages:edit", args=[event.pk])
    response = admin_client.post(edit, nested_form_data(form), follow=True)

    warning = soup(response).find(string=re.compile("have not been told of the change yet"))
    assert warning is not None
    (button,) = [a for a in soup(response).select("a") if a.get_text(strip=True) == NOTIFY]
    preview = admin_client.get(button["href"], follow=True)
    assert "does not take place on" in soup(preview).select_one(".notice-preview__body").text
    admin_client.post(preview.redirect_chain[-1][0], {"send": "1"})
    run_mail_worker()
    assert [message.to for message in mail.outbox] == [["aziz@example.org"]]


def test_a_place_in_a_whole_series_hears_of_the_new_time_with_the_next_date(
    weekly_class, admin_client
):
    registration = Registration.objects.get(event=weekly_class)
    registration.mode = "series"
    registration.save()
    details = {"places": 1, "name": "Nigina", "email": "nigina@example.org"}
    workflow.book(registration, weekly_class, None, None, details, "en", uuid.uuid4())
    hour = datetime.timedelta(hours=1)

    edited(weekly_class, start=weekly_class.start + hour, end=weekly_class.end + hour)
    admin_client.post(notice_url(BookingNotice.objects.get()), {"send": "1"})
    run_mail_worker()

    later = date_filter(timezone.localtime(weekly_class.start + hour, DUSHANBE), "DATETIME_FORMAT")
    (message,) = sent_to("nigina@example.org")
    assert f"New date: {later}" in message.body
    assert Booking.objects.get(name="Nigina").start is None


def test_the_list_of_notices_costs_the_same_queries_with_one_or_many(
    people, admin_client, django_assert_max_num_queries
):
    cancel_first_date(people)
    url = "/admin/booking-notices/"
    one = warm_query_count(admin_client, url, django_assert_max_num_queries, 30)
    for week in range(1, 6):
        booked_in(people, f"Person{week}", "ru", week=week)
    notice = BookingNotice.objects.get()
    admin_client.post(notice_url(notice), {"send": "1"})
    edited(people, status="postponed")
    edited(people, status="scheduled", venue=Venue.objects.first())

    page = soup(admin_client.get(url))
    assert len(page.select(".notice-list li")) == 2
    many = warm_query_count(admin_client, url, django_assert_max_num_queries, 30)
    assert many == one
