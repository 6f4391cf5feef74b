"""An applicant who lost the email with their private link has it sent again: they give
the address they applied with on /<language>/applications/find/ (linked from every open
call), and each application sent from it gets an email with its link, in the language
of the application. The page never tells whether anyone applied from an address."""

from django.core import mail
from django.urls import reverse
from django.utils import translation

import pytest

from applications.models import Application
from tests.applications.conftest import open_call, run_mail_worker, submitted_application
from tests.helpers import soup

pytestmark = pytest.mark.django_db


def find_url(language="en"):
    with translation.override(language):
        return reverse("applications:find")


@pytest.fixture
def two_applications():
    """Dilnoza applied twice: once in Russian, once in Tajik."""
    return [
        submitted_application(open_call("ru"), "BMA-2026-0101"),
        submitted_application(open_call("tg"), "BMA-2026-0102"),
    ]


def ask(client, email, language="en"):
    return client.post(find_url(language), {"email": email}, follow=True)


def test_each_application_from_the_address_is_sent_its_link_in_its_language(
    client, two_applications
):
    answer = ask(client, "Dilnoza@Example.org ")
    run_mail_worker()

    assert answer.status_code == 200
    russian, tajik = sorted(mail.outbox, key=lambda message: message.subject.split()[-1])
    assert russian.to == tajik.to == ["dilnoza@example.org"]
    assert "BMA-2026-0101" in russian.subject and "Ссылка" in russian.subject
    assert "BMA-2026-0102" in tajik.subject and "Пайванд" in tajik.subject
    for message, application in zip((russian, tajik), two_applications, strict=True):
        with translation.override(application.language):
            assert application.get_status_url() in message.body  # /ru/..., /tg/...
    assert client.get(two_applications[0].get_status_url()).status_code == 200


def test_the_page_says_the_same_whether_or_not_anyone_applied_from_the_address(
    client, two_applications
):
    known = soup(ask(client, "dilnoza@example.org")).select_one(".notice").get_text()
    unknown = soup(ask(client, "nobody@example.org")).select_one(".notice").get_text()
    run_mail_worker()

    assert known == unknown
    assert "If applications were sent from that address" in known
    assert [message.to for message in mail.outbox] == [["dilnoza@example.org"]] * 2


def test_asking_again_soon_sends_nothing_more(client, two_applications):
    ask(client, "dilnoza@example.org")
    ask(client, "dilnoza@example.org")
    run_mail_worker()

    assert len(mail.outbox) == 2  # one per application, once


def test_a_visitor_asking_too_often_is_told_to_wait_and_sends_nothing(
    client, two_applications, settings
):
    settings.APPLICATION_LINKS_LIMIT = (2, 3600)
    for address in ("a@example.org", "b@example.org"):
        ask(client, address)

    refused = client.post(find_url(), {"email": "dilnoza@example.org"})
    run_mail_worker()

    assert refused.status_code == 429
    assert "too many times" in soup(refused).select_one(".notice--error").get_text()
    assert soup(refused).select_one("input[name=email]")["value"] == "dilnoza@example.org"
    assert mail.outbox == []


def test_a_wrong_address_is_refused_in_the_visitors_language_and_kept(client):
    response = client.post(find_url("tg"), {"email": "dilnoza.example.org"})

    assert response.status_code == 400
    page = soup(response)
    assert page.select_one(".error").get_text() != "Enter a valid email address."
    assert page.select_one("input[name=email]")["value"] == "dilnoza.example.org"


def test_the_page_is_private_and_every_open_call_leads_to_it(client):
    response = client.get(find_url("ru"))
    call_page = soup(client.get(open_call("ru").url))

    assert response["Cache-Control"] == "private, no-store"
    assert soup(response).h1.get_text(strip=True) == "Потеряли ссылку на свою заявку?"
    assert call_page.select_one(f'a[href="{find_url("ru")}"]')


def test_an_application_erased_meanwhile_is_sent_nothing(client, two_applications):
    ask(client, "dilnoza@example.org")
    Application.objects.filter(pk=two_applications[0].pk).delete()
    run_mail_worker()

    (message,) = mail.outbox
    assert "BMA-2026-0102" in message.subject
