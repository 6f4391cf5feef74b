"""Repeated wrong passwords lock one account from one address out for a while, no more."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

import pytest
from axes.models import AccessAttempt

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-password-1"


@pytest.fixture(autouse=True)
def staff():
    get_user_model().objects.create_user("dilnoza", "d@example.org", PASSWORD, is_superuser=True)
    get_user_model().objects.create_user("farrukh", "f@example.org", PASSWORD, is_superuser=True)


def log_in(client, username, password, ip):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ip
    )


def signed_in(response):
    return response.status_code == 302 and response["Location"] == "/admin/"


def test_five_wrong_passwords_lock_that_account_from_that_address(client):
    answers = [log_in(client, "dilnoza", "guess", "203.0.113.5").status_code for _ in range(5)]

    locked = log_in(client, "dilnoza", PASSWORD, "203.0.113.5")

    assert answers == [200, 200, 200, 200, 429]  # the fifth wrong password locks
    assert locked.status_code == 429
    assert "Too many attempts" in locked.content.decode()


def test_a_lockout_cannot_keep_others_out(client):
    for _ in range(6):
        log_in(client, "dilnoza", "guess", "203.0.113.5")

    assert signed_in(log_in(client, "dilnoza", PASSWORD, "198.51.100.7"))  # her own office
    client.logout()
    assert signed_in(log_in(client, "farrukh", PASSWORD, "203.0.113.5"))  # a colleague


def test_the_lockout_ends_after_the_cool_off(client):
    for _ in range(5):
        log_in(client, "dilnoza", "guess", "203.0.113.5")
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))

    assert signed_in(log_in(client, "dilnoza", PASSWORD, "203.0.113.5"))


def test_behind_the_proxy_the_visitors_address_counts(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(5):
        client.post(
            "/admin/login/",
            {"username": "dilnoza", "password": "guess"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="203.0.113.5",
        )

    from_elsewhere = client.post(
        "/admin/login/",
        {"username": "dilnoza", "password": PASSWORD},
        REMOTE_ADDR="127.0.0.1",  # the same nginx
        HTTP_X_FORWARDED_FOR="198.51.100.7",
    )

    assert signed_in(from_elsewhere)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.5"}
