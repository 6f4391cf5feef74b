"""The bookings part of the load test's mail-down scenario (loadtest/), in one process:
the booking form filled in as the load test's people fill it in, sent while nothing
listens on the SMTP port, then the mail server back (the load test's SMTP sink). Every
booking is kept once under the reference its page gave, its email waits in the queue,
and once the mail server is back each person gets theirs, as the scenario counts them."""

import datetime
import socket

from django.utils import timezone

import pytest
import time_machine
from bs4 import BeautifulSoup

from bookings.models import Booking
from loadtest import inspect_site
from loadtest.__main__ import mailed
from loadtest.mailsink import MailSink
from loadtest.users import BOOKING_FORM, REFERENCE, fill_in
from tests.bookings.conftest import book_url, run_mail_worker

pytestmark = pytest.mark.django_db

PEOPLE = 5  # for the first date's 3 places: 3 booked, then 2 on the waiting list


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_TIMEOUT = "127.0.0.1", 5
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    return settings


def book_as_the_load_test(client, number):
    """GET the form, fill it in as loadtest.users does, POST it, read the reference."""
    page = BeautifulSoup(client.get(book_url("tg")).content, "html.parser")
    data, files = fill_in(page.select_one(BOOKING_FORM), f"book-mail-down-{number}@example.org", 1)
    assert files == {}
    response = client.post(book_url("tg"), data, REMOTE_ADDR=f"10.3.1.{number}")
    assert response.status_code == 302
    return REFERENCE.search(client.get(response["Location"]).content.decode())[0]


def test_bookings_made_while_mail_is_down_are_kept_and_mailed_once_it_is_back(
    client, weekly_class, smtp, django_capture_on_commit_callbacks
):
    smtp.EMAIL_PORT = free_port()  # nothing listens there: the mail server is down
    with django_capture_on_commit_callbacks(execute=True):
        references = [book_as_the_load_test(client, number) for number in range(1, PEOPLE + 1)]
    run_mail_worker()

    found = inspect_site.bookings("book-mail-down-")
    assert sorted(item["reference"] for item in found["bookings"]) == sorted(references)
    assert len(set(references)) == PEOPLE
    assert (
        sorted(Booking.objects.values_list("status", flat=True)) == ["booked"] * 3 + ["waiting"] * 2
    )
    assert found["mail_waiting"] == PEOPLE

    sink = MailSink(0)
    try:
        smtp.EMAIL_PORT = sink.server_address[1]  # the mail server is back
        with time_machine.travel(timezone.now() + datetime.timedelta(minutes=2)):
            run_mail_worker()
        assert mailed(sink, found["bookings"]) == PEOPLE
        assert sink.received == PEOPLE
        assert all(count == 1 for count in sink.sent_to.values())
    finally:
        sink.close()
    assert inspect_site.bookings("book-mail-down-")["mail_waiting"] == 0
