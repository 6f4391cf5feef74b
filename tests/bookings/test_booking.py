"""A visitor books a place on one date of a weekly class, with no account."""

from django.core import mail

from wagtail.models import Locale

import pytest
from icalendar import Calendar

from bookings.models import Booking, Registration
from events.models import EventPage, Venue
from tests.bookings.conftest import (
    book,
    book_url,
    class_event,
    form_data,
    in_days,
    run_mail_worker,
    sent_to,
)
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def test_the_form_lists_the_next_dates_with_the_places_left(client, weekly_class):
    response = client.get(book_url())

    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    labels = [label.get_text(" ", strip=True) for label in soup(response).select("#id_date label")]
    assert len(labels) == 12
    assert all(label.endswith("3 places left") for label in labels)


def test_a_booking_gets_a_reference_a_private_page_and_an_email_with_the_date(
    client, weekly_class, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = book(client, places="2")

    booking = Booking.objects.get()
    assert response.status_code == 302
    assert response["Location"] == booking.get_private_url()
    page = soup(client.get(response["Location"]))
    assert booking.reference in page.h1.get_text()
    assert page.select_one(".booking__status").get_text() == "Booked"
    assert "1 place left" in client.get(book_url()).content.decode()

    run_mail_worker()
    (message,) = sent_to("farrukh@example.org")
    assert booking.reference in message.subject
    assert booking.get_private_url() in message.body
    name, calendar, content_type = message.attachments[0]
    assert (name, content_type) == (f"{booking.reference}.ics", "text/calendar")
    (event,) = Calendar.from_ical(calendar).walk("VEVENT")
    assert event.decoded("dtstart") == booking.start == weekly_class.start
    assert str(event["summary"]) == "Jazz trial lesson"


def test_the_private_page_names_the_event_in_the_language_it_is_read_in(client, weekly_class):
    book(client, "ru")
    booking = Booking.objects.get()
    # Booked in Russian, the link opened on the Tajik site (its language switcher).
    tajik = booking.get_private_url().replace("/ru/", "/tg/", 1)

    event = soup(client.get(tajik)).select_one(".facts a")
    assert event.get_text(strip=True) == "Дарси озмоишии ҷаз"
    assert event["href"] == weekly_class.get_translation(Locale.objects.get(language_code="tg")).url
    asked = soup(client.get(tajik + "cancel/")).select_one("main").get_text(" ", strip=True)
    assert "Дарси озмоишии ҷаз" in asked
    assert "Пробный урок джаза" not in asked


def test_the_same_form_sent_twice_makes_one_booking(client, weekly_class):
    data = form_data(client)
    first = client.post(book_url(), data)
    second = client.post(book_url(), data)

    assert Booking.objects.count() == 1
    assert second.status_code == 302
    assert second["Location"] == first["Location"]


def test_a_filled_honeypot_books_nothing(client, weekly_class):
    response = book(client, website="http://spam.example")

    assert response.status_code == 400
    assert not Booking.objects.exists()


def test_too_many_bookings_from_one_address_are_refused(client, weekly_class, settings):
    settings.BOOKING_POST_LIMIT = (2, 3600)
    book(client)
    book(client)
    response = book(client)

    assert response.status_code == 429
    assert Booking.objects.count() == 2


def test_a_booking_in_tajik_is_answered_in_tajik(
    client, weekly_class, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        book(client, language="tg")
    run_mail_worker()

    (message,) = mail.outbox
    assert Booking.objects.get().language == "tg"
    assert "Дарси озмоишии ҷаз" in message.body
    assert message.body.startswith("Farrukh Karimov-и азиз,")
    assert "Брони шумо ба «Дарси озмоишии ҷаз» тасдиқ шуд." in message.body
    assert message.subject == f"Брони шумо {Booking.objects.get().reference}"


@pytest.mark.parametrize(
    ("places_taken", "russian", "tajik"),
    [
        (0, "Осталось 3 места", "3 ҷой боқӣ мондааст"),
        (2, "Осталось 1 место", "1 ҷой боқӣ мондааст"),
        (3, "Мест нет — запишитесь в лист ожидания", "Ҷой нест — ба рӯйхати интизорӣ дохил шавед"),
    ],
)
def test_the_places_left_are_told_in_russian_and_tajik(
    client, weekly_class, places_taken, russian, tajik
):
    if places_taken:
        book(client, places="2")
    if places_taken == 3:
        book(client)

    for language, expected in (("ru", russian), ("tg", tajik)):
        first = soup(client.get(book_url(language))).select("#id_date label")[0]
        assert first.get_text(" ", strip=True).endswith(expected)


def test_the_booking_page_says_the_place_is_booked_and_where_in_the_persons_language(
    client, weekly_class
):
    venue = Venue.objects.create(
        name="Bactria Centre, small hall",
        address="17 Bokhtar Street",
        map_url="https://www.openstreetmap.org/?mlat=38.56&mlon=68.78",
        locale=weekly_class.locale,
    )
    tajik = EventPage.objects.get(slug="jazz-trial-lesson", locale__language_code="tg")
    EventPage.objects.filter(pk=tajik.pk).update(venue=venue)

    page = soup(client.get(book(client, "tg")["Location"]))

    assert page.select_one(".notice").get_text().startswith("Ҷойи шумо брон шуд.")
    where = page.find("dt", string="Дар куҷо").find_next("dd")
    assert "Bactria Centre, small hall" in where.get_text()
    assert where.select_one("a")["href"] == venue.map_url


def test_someone_put_on_the_waiting_list_is_told_so_on_their_page(client, weekly_class):
    book(client, name="Aziz", email="aziz@example.org", places="2")
    book(client, name="Bahrom", email="bahrom@example.org")

    page = soup(client.get(book(client, name="Dilnoza")["Location"]))

    # The notice of this booking, after those of the two before (not read: no redirect followed).
    assert page.select(".notice")[-1].get_text().startswith("You are on the waiting list.")


def test_a_cancelled_booking_is_not_asked_to_cancel_again(client, weekly_class):
    book(client)
    booking = Booking.objects.get()
    client.post(f"{booking.get_private_url()}cancel/")

    again = client.get(f"{booking.get_private_url()}cancel/", follow=True)

    assert again.redirect_chain == [(booking.get_private_url(), 302)]
    page = soup(again)
    assert [notice.get_text() for notice in page.select(".notice")][-2:] == [
        "Your booking is cancelled.",
        "This booking cannot be changed any more.",
    ]
    assert page.select_one(".booking__status").get_text() == "Cancelled"
    assert not page.select_one("article form")


def test_the_one_date_of_a_one_off_event_is_chosen_already(client):
    event = class_event("Concert", "concert", in_days(3))
    Registration.objects.create(event=event, capacity=10)

    response = client.get(event.url + "book/")

    dates = soup(response).select("#id_date input[type=radio]")
    assert len(dates) == 1
    assert dates[0].has_attr("checked")


def test_of_several_dates_none_is_chosen_for_the_visitor(client, weekly_class):
    response = client.get(book_url())

    dates = soup(response).select("#id_date input[type=radio]")
    assert len(dates) == 12
    assert not any(date.has_attr("checked") for date in dates)
