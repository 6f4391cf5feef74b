"""Someone who lost the email with their booking's private link has it sent again: they
give the address they booked with on /<language>/bookings/find/ (linked from every
booking form), and each of their bookings still to come gets an email with its link, in
the language it was made in. The page never tells whether anyone booked with an address."""

from django.core import mail
from django.urls import reverse
from django.utils import translation

import pytest

from bookings import workflow
from bookings.models import Booking
from tests.bookings.conftest import book_url, booked_in, in_days, run_mail_worker
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def find_url(language="en"):
    with translation.override(language):
        return reverse("bookings:find")


@pytest.fixture
def malikas_bookings(weekly_class):
    """Malika booked the trial lesson in Russian and, for the next week, in Tajik."""
    return [
        booked_in(weekly_class, "Malika", "ru"),
        booked_in(weekly_class, "Malika", "tg", week=1),
    ]


def ask(client, email, language="en"):
    return client.post(find_url(language), {"email": email}, follow=True)


def test_each_coming_booking_is_sent_its_link_in_the_language_it_was_made_in(
    client, malikas_bookings
):
    answer = ask(client, "Malika@Example.org ")
    run_mail_worker()

    assert answer.status_code == 200
    russian, tajik = sorted(mail.outbox, key=lambda message: message.subject.split()[-1])
    assert russian.to == tajik.to == ["malika@example.org"]
    first, second = malikas_bookings
    assert russian.subject == f"Ссылка на ваше бронирование {first.reference}"
    assert tajik.subject == f"Пайванди брони шумо {second.reference}"
    assert "Пробный урок джаза" in russian.body and "Дарси озмоишии ҷаз" in tajik.body
    for message, booking in zip((russian, tajik), malikas_bookings, strict=True):
        with translation.override(booking.language):
            assert booking.get_private_url() in message.body  # /ru/..., /tg/...
    page = soup(client.get(first.get_private_url()))
    assert page.h1.get_text(strip=True) == first.reference
    assert page.select_one(f'a[href$="{first.private_token}/cancel/"]')


def test_bookings_cancelled_or_past_are_not_sent(client, weekly_class, malikas_bookings):
    cancelled = booked_in(weekly_class, "Malika", "en", week=2)
    workflow.cancel(cancelled, "")
    past = booked_in(weekly_class, "Malika", "en", week=3)
    Booking.objects.filter(pk=past.pk).update(start=in_days(-1))

    ask(client, "malika@example.org")
    run_mail_worker()

    sent = {message.subject.split()[-1] for message in mail.outbox}
    assert sent == {booking.reference for booking in malikas_bookings}


def test_the_page_says_the_same_whether_or_not_anyone_booked_with_the_address(
    client, malikas_bookings
):
    known = soup(ask(client, "malika@example.org")).select_one(".notice").get_text()
    unknown = soup(ask(client, "nobody@example.org")).select_one(".notice").get_text()
    run_mail_worker()

    assert known == unknown
    assert "If bookings still to come were made with that address" in known
    assert [message.to for message in mail.outbox] == [["malika@example.org"]] * 2


def test_asking_again_soon_sends_nothing_more(client, malikas_bookings):
    ask(client, "malika@example.org")
    ask(client, "MALIKA@example.org")
    run_mail_worker()

    assert len(mail.outbox) == 2  # one per booking, once


def test_a_visitor_asking_too_often_is_told_to_wait_and_sends_nothing(
    client, malikas_bookings, settings
):
    settings.BOOKING_LINKS_LIMIT = (2, 3600)
    for address in ("a@example.org", "b@example.org"):
        ask(client, address)

    refused = client.post(find_url("tg"), {"email": "malika@example.org"})
    run_mail_worker()

    assert refused.status_code == 429
    error = soup(refused).select_one(".notice--error").get_text()
    assert error.startswith("Дар як соати охир аз пайвасти шумо")
    assert soup(refused).select_one("input[name=email]")["value"] == "malika@example.org"
    assert mail.outbox == []


def test_a_wrong_address_is_refused_in_the_visitors_language_and_kept(client):
    response = client.post(find_url("ru"), {"email": "malika.example.org"})

    assert response.status_code == 400
    page = soup(response)
    assert page.select_one(".error").get_text() == "Введите правильный адрес электронной почты."
    assert page.select_one("input[name=email]")["value"] == "malika.example.org"


def test_the_page_is_private_and_every_booking_form_leads_to_it(client, weekly_class):
    response = client.get(find_url("tg"))
    form_page = soup(client.get(book_url("tg")))

    assert response["Cache-Control"] == "private, no-store"
    assert soup(response).h1.get_text(strip=True) == "Пайванди брони худро гум кардед?"
    link = form_page.select_one(f'a[href="{find_url("tg")}"]')
    assert link.get_text() == "Пайвандро аз нав гиред"
