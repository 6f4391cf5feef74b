"""The applicant's private status link, withdrawal, and the status workflow."""

from django.core import mail
from django.template.defaultfilters import filesizeformat
from django.test import Client
from django.utils import translation

import pytest

from applications.enums import ApplicationStatus
from applications.models import Application, ApplicationLogEntry
from applications.workflow import TransitionNotAllowed, decide, withdraw
from tests.applications.conftest import application_data, open_call, run_mail_worker
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]


@pytest.fixture
def application(client):
    call = open_call("ru")
    client.post(call.url, application_data(call, client))
    return Application.objects.get(email="dilnoza@example.org")


def test_the_status_link_shows_the_application_and_stays_private(client, application):
    response = client.get(application.get_status_url())

    page = soup(response)
    assert page.h1.get_text() == application.reference
    assert page.h1.select_one(".reference").get_text() == application.reference
    assert page.select_one(".application-status__value").get_text() == "Подана"
    assert response["Cache-Control"] == "private, no-store"
    # The page's own forms may post (a browser sends its origin), other sites never see it.
    assert response["Referrer-Policy"] == "same-origin"
    assert page.select_one('meta[name="robots"]')["content"] == "noindex"


def test_the_status_page_names_the_call_in_the_language_it_is_read_in(client, application):
    # Applied in Russian, the link opened on the Tajik site (its language switcher).
    tajik = application.get_status_url().replace("/ru/", "/tg/", 1)

    for address in (tajik, tajik + "withdraw/"):
        text = soup(client.get(address)).select_one("main").get_text(" ", strip=True)
        assert open_call("tg").title in text
        assert open_call("ru").title not in text


@pytest.mark.parametrize("token", ["forged", "InRva2VuIg:1abcde:not-a-real-signature"])
def test_a_forged_status_link_is_not_found(client, token):
    assert client.get(f"/en/applications/{token}/").status_code == 404


def test_the_applicant_withdraws_after_confirming_and_is_told_by_email(
    application, django_capture_on_commit_callbacks
):
    browser = Client(enforce_csrf_checks=True)
    status_page = soup(browser.get(application.get_status_url()))
    withdraw_url = status_page.select_one("a[href$='withdraw/']")["href"]

    asked = browser.get(withdraw_url)
    confirm = soup(asked)
    token = confirm.select_one("input[name=csrfmiddlewaretoken]")["value"]
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED  # asking changes nothing
    assert "Это нельзя отменить" in confirm.select_one("main").get_text()
    assert confirm.select_one("form a")["href"] == application.get_status_url()
    assert asked["Referrer-Policy"] == "same-origin"
    assert asked["Cache-Control"] == "private, no-store"

    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(
            withdraw_url,
            {"csrfmiddlewaretoken": token},
            headers={"Origin": "http://testserver"},
            follow=True,
        )

    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    page = soup(response)
    assert "Ваша заявка отозвана." in page.select_one(".notice").get_text()
    assert page.select_one("a[href$='withdraw/']") is None
    entry = ApplicationLogEntry.objects.get(
        action="applications.status", object_id=str(application.pk)
    )
    assert entry.data == {"old": "submitted", "new": "withdrawn"}
    mail.outbox.clear()
    run_mail_worker()
    (message,) = [message for message in mail.outbox if message.to == [application.email]]
    assert message.subject == f"Ваша заявка {application.reference} отозвана"
    assert application.reference in message.body
    assert application.status_token in message.body


@pytest.mark.parametrize("origin", ["https://elsewhere.example", "null"])
def test_a_withdrawal_posted_from_another_site_is_refused(application, origin):
    browser = Client(enforce_csrf_checks=True)
    withdraw_url = f"{application.get_status_url()}withdraw/"
    token = soup(browser.get(withdraw_url)).select_one("input[name=csrfmiddlewaretoken]")["value"]

    response = browser.post(
        withdraw_url, {"csrfmiddlewaretoken": token}, headers={"Origin": origin}
    )

    assert response.status_code == 403
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED


def test_a_withdrawn_application_is_not_offered_withdrawal_again(client, application):
    withdraw(application)

    response = client.get(f"{application.get_status_url()}withdraw/")

    assert response.status_code == 302
    assert response["Location"] == application.get_status_url()


def test_every_status_change_goes_through_the_allowed_transitions(application, admin_user):
    decide(application, ApplicationStatus.UNDER_REVIEW, by=admin_user, notify=False)
    decide(application, ApplicationStatus.SHORTLISTED, by=admin_user, notify=False)

    with pytest.raises(TransitionNotAllowed):
        decide(application, ApplicationStatus.SUBMITTED, by=admin_user, notify=False)
    decide(application, ApplicationStatus.REJECTED, by=admin_user, notify=False)
    with pytest.raises(TransitionNotAllowed):
        withdraw(application)

    history = ApplicationLogEntry.objects.filter(object_id=str(application.pk)).order_by(
        "timestamp"
    )
    assert [(entry.data["new"], entry.user_id) for entry in history] == [
        ("under_review", admin_user.pk),
        ("shortlisted", admin_user.pk),
        ("rejected", admin_user.pk),
    ]


def test_a_stored_file_has_no_public_address(client, application, private_files, settings):
    stored = application.files.first()

    with pytest.raises(ValueError):
        _ = stored.file.url
    assert client.get(f"/media/{stored.file.name}").status_code == 404
    assert client.get(f"/private/{stored.file.name}").status_code == 404
    assert not str(private_files.resolve()).startswith(str(settings.MEDIA_ROOT))


def sent(response):
    """The status page's "what you sent": (question, answer, lang of the question)."""
    return [
        (row.dt.get_text(strip=True), row.dd.get_text(strip=True), row.dt.get("lang"))
        for row in soup(response).select(".answers div")
    ]


def test_the_status_page_shows_the_answers_and_files_sent(client, application):
    call = open_call("ru")
    labels = {block.id: block.value["label"] for block in call.questions}
    files = {file.question_id: file for file in application.files.all()}
    assert files  # the demo call asks for a CV, photos and a recording

    rows = sent(client.get(application.get_status_url()))

    answers = [(labels[answer["id"]], None) for answer in application.answers]
    assert [(question, language) for question, _answer, language in rows] == answers + [
        (labels[question_id], None) for question_id in files
    ]
    assert "Dilnoza & Band" in [answer for _question, answer, _language in rows]
    assert [answer for _question, answer, _language in rows[len(answers) :]] == [
        f"{file.original_name} ({filesizeformat(file.size)})" for file in files.values()
    ]


def test_the_questions_sent_are_asked_in_the_language_the_page_is_read_in(client, application):
    tajik = open_call("tg")
    tajik_labels = {block.value["label"] for block in tajik.questions}

    with translation.override("tg"):
        rows = sent(client.get(application.get_status_url().replace("/ru/", "/tg/", 1)))

    assert rows
    assert all(question in tajik_labels for question, _answer, _language in rows)
    # A choice is read back in the page's words too, by its place among the choices.
    (choice,) = [block for block in tajik.questions if block.block_type == "choice"]
    answers = {question: answer for question, answer, _language in rows}
    tajik_choice = list(choice.value["choices"])[0]
    russian = {block.id: block.value for block in open_call("ru").questions}[choice.id]
    assert tajik_choice != list(russian["choices"])[0]  # it was sent in Russian
    assert answers[choice.value["label"]] == tajik_choice
