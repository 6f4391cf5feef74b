"""A full date takes people on its waiting list, in order; a place freed is offered to
the first of them for BOOKING_OFFER_HOURS, then to the next when the offer runs out."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import pytest
import time_machine

from bookings.models import Booking, BookingMove, Registration
from tests.bookings.conftest import (
    book,
    book_url,
    booked,
    class_event,
    in_days,
    run_mail_worker,
    sent_to,
    statuses,
)
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def fill_and_queue(client, captured):
    """Three places taken by Aziz (2) and Bahrom (1); Dilnoza then Firuza wait."""
    with captured(execute=True):
        book(client, name="Aziz", email="aziz@example.org", places="2")
        book(client, name="Bahrom", email="bahrom@example.org")
        book(client, name="Dilnoza", email="dilnoza@example.org")
        book(client, name="Firuza", email="firuza@example.org")


def private_page(client, name):
    return soup(client.get(Booking.objects.get(name=name).get_private_url()))


def test_a_full_date_takes_people_on_its_waiting_list(
    client, weekly_class, django_capture_on_commit_callbacks
):
    fill_and_queue(client, django_capture_on_commit_callbacks)
    run_mail_worker()

    assert statuses() == [
        ("Aziz", "booked"),
        ("Bahrom", "booked"),
        ("Dilnoza", "waiting"),
        ("Firuza", "waiting"),
    ]
    first_date = soup(client.get(book_url())).select("#id_date label")[0]
    assert first_date.get_text(" ", strip=True).endswith("Full — join the waiting list")
    assert private_page(client, "Dilnoza").select_one(".booking__status").get_text() == (
        "On the waiting list"
    )
    (message,) = sent_to("dilnoza@example.org")
    assert "waiting list" in message.body
    assert not message.attachments


def test_without_a_waiting_list_a_full_date_refuses(client, weekly_class):
    weekly_class.registration.waiting_list = False
    weekly_class.registration.save()
    book(client, places="2")
    book(client)
    response = book(client)

    assert response.status_code == 400
    assert "there are not enough places left" in response.content.decode()
    assert Booking.objects.count() == 2


def test_a_cancellation_offers_the_place_to_the_first_waiting_who_confirms_it(
    client, weekly_class, django_capture_on_commit_callbacks
):
    fill_and_queue(client, django_capture_on_commit_callbacks)
    run_mail_worker()
    mail.outbox.clear()
    bahrom = Booking.objects.get(name="Bahrom")

    assert "Are you sure" in client.get(f"{bahrom.get_private_url()}cancel/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{bahrom.get_private_url()}cancel/")
    run_mail_worker()

    assert statuses()[1:] == [
        ("Bahrom", "cancelled"),
        ("Dilnoza", "offered"),
        ("Firuza", "waiting"),
    ]
    (offer,) = mail.outbox
    assert offer.to == ["dilnoza@example.org"]
    dilnoza = Booking.objects.get(name="Dilnoza")
    assert dilnoza.get_private_url() in offer.body
    offered_at = dilnoza.moves.get(to_status="offered").at
    assert abs(dilnoza.offered_until - offered_at - datetime.timedelta(hours=24)) < (
        datetime.timedelta(seconds=5)
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{dilnoza.get_private_url()}confirm/", follow=True)
    run_mail_worker()

    assert "The place is yours" in response.content.decode()
    assert statuses()[2] == ("Dilnoza", "booked")
    assert [m.to for m in mail.outbox] == [["dilnoza@example.org"]] * 2
    assert mail.outbox[1].attachments  # the confirmation, with the date's calendar file
    moves = BookingMove.objects.filter(booking=dilnoza).values_list("from_status", "to_status")
    assert list(moves) == [("", "waiting"), ("waiting", "offered"), ("offered", "booked")]


def test_an_offer_not_confirmed_in_time_passes_to_the_next_person(
    client, weekly_class, django_capture_on_commit_callbacks
):
    fill_and_queue(client, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{Booking.objects.get(name='Bahrom').get_private_url()}cancel/")
    dilnoza = Booking.objects.get(name="Dilnoza")
    run_mail_worker()
    mail.outbox.clear()

    with time_machine.travel(timezone.now() + datetime.timedelta(hours=23)):
        call_command("expire_booking_offers")
        assert statuses()[2:] == [("Dilnoza", "offered"), ("Firuza", "waiting")]

    later = timezone.now() + datetime.timedelta(hours=24, minutes=1)
    with time_machine.travel(later), django_capture_on_commit_callbacks(execute=True):
        run_mail_worker()  # the expiry the offer scheduled for itself, then the new offer

        assert statuses()[2:] == [("Dilnoza", "expired"), ("Firuza", "offered")]
        response = client.post(f"{dilnoza.get_private_url()}confirm/", follow=True)
        assert "This offer is no longer valid." in response.content.decode()
        assert statuses()[2] == ("Dilnoza", "expired")
    run_mail_worker()
    assert [m.to for m in mail.outbox] == [["firuza@example.org"]]


def test_more_places_given_by_staff_go_to_the_people_waiting_in_order(
    client, weekly_class, django_capture_on_commit_callbacks
):
    fill_and_queue(client, django_capture_on_commit_callbacks)
    registration = weekly_class.registration

    registration.capacity = 4
    registration.save()

    assert statuses()[2:] == [("Dilnoza", "offered"), ("Firuza", "waiting")]


def test_asking_for_more_places_than_are_left_is_refused_and_keeps_the_form(client, weekly_class):
    """Two places asked with one left would wait on the list, and keep that place from
    everyone else: the form says how many can be booked instead."""
    book(client, name="Aziz", email="aziz@example.org", places="2")

    english = book(client, name="Bahrom", email="bahrom@example.org", places="2")
    tajik = book(client, "tg", name="Bahrom", email="bahrom@example.org", places="2")

    assert english.status_code == tajik.status_code == 400
    alert = soup(english).select_one("#form-errors").get_text(" ", strip=True)
    assert "Only 1 place is left, so you can book 1 place." in alert
    assert "Танҳо 1 ҷой боқӣ мондааст" in soup(tajik).select_one("#form-errors").get_text()
    assert soup(tajik).select_one("input[name=name]")["value"] == "Bahrom"
    assert statuses() == [("Aziz", "booked")]
    assert book(client, name="Bahrom", email="bahrom@example.org").status_code == 302
    assert statuses() == [("Aziz", "booked"), ("Bahrom", "booked")]


def test_the_button_says_join_the_waiting_list_when_every_date_is_full(client):
    concert = class_event("Jazz evening", "jazz-evening", in_days(3))
    Registration.objects.create(event=concert, capacity=1, max_places=1, waiting_list=True)
    form = concert.url + "book/"

    assert (
        soup(client.get(form)).select_one("article form button[type=submit]").get_text() == "Book"
    )
    booked(concert, "Aziz")

    button = soup(client.get(form)).select_one("article form button[type=submit]")
    assert button.get_text() == "Join the waiting list"


def button_and_dates(response):
    """The form's button (its words and the words booking.js gives it) and the date
    choices marked as taking people on the waiting list."""
    page = soup(response)
    button = page.select_one("article form button[type=submit]")
    marked = [radio.has_attr("data-waiting-list") for radio in page.select("input[name=date]")]
    return button, marked


def test_a_full_date_chosen_makes_the_button_join_the_waiting_list(client, weekly_class):
    """Of several dates, only the first is full: the form says "Book" until a date is
    chosen; sent back with the full date chosen, it says "Join the waiting list"; with
    an open date, "Book". Each full date is marked for the script to word it alike."""
    booked(weekly_class, "Aziz", 2)
    booked(weekly_class, "Bahrom", 1)

    button, marked = button_and_dates(client.get(book_url()))
    assert button.get_text() == "Book"
    assert button["data-book-label"] == "Book"
    assert button["data-waiting-list-label"] == "Join the waiting list"
    assert marked[:3] == [True, False, False]

    full = button_and_dates(book(client, date_index=0, name=""))[0]  # no name: shown again
    open_date = button_and_dates(book(client, date_index=1, name=""))[0]
    assert full.get_text() == "Join the waiting list"
    assert open_date.get_text() == "Book"

    tajik, _marked = button_and_dates(book(client, "tg", date_index=0, name=""))
    assert tajik.get_text() == "Ба рӯйхати интизорӣ дохил шудан"
    assert tajik["data-book-label"] == "Брон кардан"
    assert Booking.objects.count() == 2


def test_without_a_waiting_list_a_full_date_keeps_the_button_book(client, weekly_class):
    Registration.objects.filter(event=weekly_class).update(waiting_list=False)
    booked(weekly_class, "Aziz", 2)
    booked(weekly_class, "Bahrom", 1)

    button, marked = button_and_dates(book(client, date_index=0, name=""))

    assert button.get_text() == "Book"
    assert not any(marked)


def test_a_date_with_a_place_left_is_not_marked_for_the_waiting_list(client, weekly_class):
    """Asking for more places than are left is refused (never put on the list)."""
    booked(weekly_class, "Aziz", 2)

    button, marked = button_and_dates(book(client, date_index=0, name="", places="2"))

    assert button.get_text() == "Book"
    assert not any(marked)
