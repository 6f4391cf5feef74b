"""The admin's password reset sends a few emails an hour at most, and never says who exists."""

from django.contrib.auth import get_user_model
from django.core import mail

import pytest

pytestmark = pytest.mark.django_db

DONE = "/admin/password_reset/done/"


def ask(client, email, ip="203.0.113.5"):
    return client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR=ip)


@pytest.fixture
def dilnoza():
    return get_user_model().objects.create_user("dilnoza", "dilnoza@example.org", "pw-1234567890")


def test_one_account_gets_three_emails_an_hour_at_most(client, dilnoza):
    answers = [ask(client, "dilnoza@example.org") for _ in range(5)]

    assert [(a.status_code, a["Location"]) for a in answers] == [(302, DONE)] * 5
    assert len(mail.outbox) == 3
    assert {tuple(message.to) for message in mail.outbox} == {("dilnoza@example.org",)}


def test_the_limit_holds_for_the_account_from_many_addresses(client, dilnoza):
    for n in range(1, 6):
        ask(client, "Dilnoza@Example.org", ip=f"192.0.2.{n}")

    assert len(mail.outbox) == 3


def test_one_address_gets_ten_answers_an_hour_at_most(client):
    for n in range(12):
        get_user_model().objects.create_user(f"staff{n}", f"staff{n}@example.org", "pw-1234567890")

    for n in range(12):
        ask(client, f"staff{n}@example.org")

    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        f"staff{n}@example.org" for n in range(10)
    )
    ask(client, "staff11@example.org", ip="198.51.100.7")
    assert mail.outbox[-1].to == ["staff11@example.org"]  # from another address, it goes


def test_over_the_limit_the_answer_is_the_same_whether_the_account_exists(client, dilnoza):
    for _ in range(3):
        ask(client, "dilnoza@example.org")

    over = ask(client, "dilnoza@example.org")
    nobody = ask(client, "nobody@example.org", ip="198.51.100.7")

    assert (over.status_code, over["Location"]) == (nobody.status_code, nobody["Location"])
    assert (over.status_code, over["Location"]) == (302, DONE)
    assert len(mail.outbox) == 3
