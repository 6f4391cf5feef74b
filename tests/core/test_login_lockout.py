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


def test_one_address_trying_many_accounts_is_stopped_after_twenty_wrong_passwords(client):
    """Password spraying: a few common passwords against 25 names, from one address."""
    names = ["dilnoza", "farrukh"] + [f"staff{n}" for n in range(23)]
    answers = [
        log_in(client, name, password, "203.0.113.5").status_code
        for password in ("Password123!", "Dushanbe2026", "qwerty123456", "Bactria2026!")
        for name in names
    ]

    assert answers[:19] == [200] * 19  # fewer than five each: no pair is locked
    assert set(answers[19:]) == {429}  # the twentieth wrong password locks the address
    assert log_in(client, "farrukh", PASSWORD, "203.0.113.5").status_code == 429
    assert signed_in(log_in(client, "farrukh", PASSWORD, "198.51.100.7"))  # from elsewhere


def test_one_account_guessed_from_many_addresses_is_stopped_after_fifty(client):
    """Guessing spread over many machines, four tries each: under the pair's limit."""
    addresses = [f"192.0.2.{n}" for n in range(1, 14)]
    answers = [
        log_in(client, "dilnoza", f"guess-{n}", address).status_code
        for n in range(4)
        for address in addresses
    ][:50]

    assert answers[:49] == [200] * 49
    assert answers[49] == 429  # the fiftieth wrong password locks the account
    assert log_in(client, "dilnoza", PASSWORD, "198.51.100.7").status_code == 429
    assert signed_in(log_in(client, "farrukh", PASSWORD, "192.0.2.1"))  # colleagues sign in


def test_fewer_than_fifty_wrong_passwords_from_elsewhere_do_not_keep_the_owner_out(client):
    for n in range(49):
        log_in(client, "dilnoza", "guess", f"192.0.2.{n % 12 + 1}")

    assert signed_in(log_in(client, "dilnoza", PASSWORD, "198.51.100.7"))


def test_the_owner_signing_in_does_not_wipe_out_the_guesses_from_elsewhere(client):
    for _ in range(4):
        log_in(client, "dilnoza", "guess", "203.0.113.5")
    assert signed_in(log_in(client, "dilnoza", PASSWORD, "198.51.100.7"))
    client.logout()

    assert log_in(client, "dilnoza", "guess", "203.0.113.5").status_code == 429
