"""An artist applies online: the form, its checks, the confirmation and the emails."""

import re

from django.core import mail
from django.test import Client
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from applications.enums import ApplicationStatus
from applications.forms import field_name
from applications.models import Application, OpenCallPage
from tests.applications.conftest import (
    PDF,
    application_data,
    open_call,
    png,
    run_mail_worker,
    upload,
)
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]

RECEIVED = {"en": "Thank you!", "ru": "Спасибо!", "tg": "Ташаккур!"}
# Who the emails come from, named in the applicant's language.
SENDER = {
    "en": "Bactria Culture Centre <noreply@bactria.tj>",
    "ru": "Культурный центр «Бактрия» <noreply@bactria.tj>",
    "tg": "Маркази фарҳангии «Бактрия» <noreply@bactria.tj>",
}
SUBJECT = {
    "en": "We received your application",
    "ru": "Мы получили вашу заявку",
    "tg": "Аризаи шумо қабул шуд",
}


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_full_application_with_files_in_each_language(
    client, language, private_files, django_capture_on_commit_callbacks
):
    call = open_call(language)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(call.url, application_data(call, client))

    application = Application.objects.get(email="dilnoza@example.org")
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/applications/{application.status_token}/received/"
    page = soup(client.get(response["Location"]))
    assert RECEIVED[language] in page.h1.get_text()
    assert re.fullmatch(r"BMA-\d{4}-0001", application.reference)
    assert application.reference in page.h1.get_text()
    # Kept whole in its span (never broken at its hyphens on a phone: the stylesheet).
    assert page.h1.select_one(".reference").get_text() == application.reference
    assert application.language == language
    assert application.status == ApplicationStatus.SUBMITTED
    assert {answer["value"] for answer in application.answers} >= {"Dilnoza & Band", "TJ"}
    stored = sorted(path.name for path in private_files.rglob("*") if path.is_file())
    assert len(stored) == 3  # CV, photo, recording, under names the server chose
    assert {file.original_name for file in application.files.all()} == {
        "cv.pdf",
        "photo.png",
        "song.mp3",
    }
    assert all(re.fullmatch(r"[0-9a-f]{32}\.(pdf|png|mp3)", name) for name in stored)

    assert mail.outbox == []  # the emails wait for the worker, outside the request
    run_mail_worker()
    to_applicant, to_staff = sorted(
        mail.outbox, key=lambda message: message.to != [application.email]
    )
    assert SUBJECT[language] in to_applicant.subject
    assert to_applicant.from_email == SENDER[language]
    assert application.status_token in to_applicant.body
    assert to_staff.to == ["applications@example.org"]
    assert application.reference in to_staff.subject


def test_a_rejected_upload_keeps_everything_typed_and_stores_nothing(client, private_files):
    call = open_call()
    data = application_data(call, client)
    cv = next(block for block in call.questions if block.value["label"] == "CV")
    data[field_name(cv.id)] = upload("cv.pdf", b"<?php system($_GET['c']); ?>", "application/pdf")

    response = client.post(call.url, data)

    assert response.status_code == 400
    page = soup(response)
    assert "does not match its extension .pdf" in page.select_one(".field--invalid").get_text()
    assert page.select_one("input[name=name]")["value"] == "Dilnoza Yusupova"
    assert page.select_one("textarea").get_text(strip=True) == "We play ethno jazz from the Pamirs."
    attach_again = [
        item.get_text() for item in page.select("#form-errors ul:not([data-mistakes]) li")
    ]
    assert attach_again == ["CV", "Photos", "Recordings"]
    assert Application.objects.filter(reference__startswith="BMA").count() == 0
    assert not private_files.exists() or not any(private_files.rglob("*.*"))


@pytest.mark.parametrize(
    ("label", "files", "message"),
    [
        ("CV", [upload("cv.pdf", b"MZ\x90\x00" + b"\x00" * 300)], "does not match its extension"),
        (
            "Photos",
            [upload("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>")],
            "not an allowed kind",
        ),
        ("Photos", [upload("photo.png", png()) for _ in range(4)], "at most 3 files"),
        ("CV", [upload("cv.pdf", PDF + b"0" * 6 * 1024 * 1024)], "at most 5.0\xa0MB"),
        ("Photos", [upload("huge.png", png(8000, 6000))], "too large a picture"),
        ("CV", [upload(".htaccess.pdf", PDF)], "file name cannot be accepted"),
    ],
    ids=["renamed-executable", "svg", "too-many", "oversized", "pixel-bomb", "hidden-name"],
)
def test_each_bad_upload_is_refused_with_nothing_stored(
    client, private_files, label, files, message
):
    call = open_call()
    data = application_data(call, client)
    question = next(block for block in call.questions if block.value["label"] == label)
    data[field_name(question.id)] = files

    response = client.post(call.url, data)

    assert response.status_code == 400
    errors = " ".join(error.get_text() for error in soup(response).select(".field--invalid .error"))
    assert message in errors
    assert Application.objects.filter(reference__startswith="BMA").count() == 0
    assert not private_files.exists() or not any(private_files.rglob("*.*"))


def test_a_path_in_the_file_name_never_reaches_the_disk(client, private_files):
    call = open_call()
    data = application_data(call, client)
    cv = next(block for block in call.questions if block.value["label"] == "CV")
    data[field_name(cv.id)] = upload("../../../etc/cron.d/cv.pdf", PDF)

    client.post(call.url, data)

    stored = Application.objects.get(email="dilnoza@example.org").files.get(question="CV")
    assert stored.original_name == "cv.pdf"
    assert ".." not in stored.file.name
    assert (private_files / stored.file.name).resolve().is_relative_to(private_files.resolve())


def test_all_files_together_have_a_limit(client, settings):
    settings.APPLICATION_MAX_TOTAL_BYTES = 500
    call = open_call()

    response = client.post(call.url, application_data(call, client))

    assert response.status_code == 400
    assert (
        "an application can carry at most" in soup(response).select_one("#form-errors").get_text()
    )
    assert Application.objects.filter(reference__startswith="BMA").count() == 0


def test_errors_are_in_the_visitors_language(client):
    call = open_call("ru")

    response = client.post(call.url, {"submission_token": "4b3c1a52-0b8e-4fd6-9d4a-3a1c1e0b6a11"})

    errors = {error.get_text() for error in soup(response).select(".error")}
    assert "Требуется заполнить это поле." in errors


def test_the_form_says_what_its_star_means_and_stars_the_required_consent(client):
    form = soup(client.get(open_call("en").url)).select_one("form[data-check-answers]")

    assert form.select_one("p.help").get_text() == "Fields marked * are required."
    consent = form.select_one("input[type=checkbox][required]").parent
    assert consent.select_one("span[aria-hidden=true]").get_text() == "*"


def test_the_page_gives_its_script_the_messages_in_its_language(client):
    form = soup(client.get(open_call("tg").url)).select_one("form[data-check-answers]")

    assert form["data-required-message"] == "Майдони ҳатмӣ."
    assert form["data-email-message"] == "Суроғаи почтаи электрониро дуруст ворид созед."
    # Until the script finds an answer missing, its summary is there, hidden.
    assert soup(client.get(open_call("tg").url)).select_one("#form-errors").has_attr("hidden")


def test_posting_the_same_form_twice_makes_one_application(client):
    call = open_call()
    data = application_data(call, client)

    first = client.post(call.url, data)
    for value in data.values():
        if hasattr(value, "seek"):
            value.seek(0)
    second = client.post(call.url, data)

    application = Application.objects.get(reference__startswith="BMA")
    assert first["Location"] == f"/en/applications/{application.status_token}/received/"
    assert second["Location"] == application.get_status_url()


def test_sending_the_form_again_after_going_back_lands_on_the_first_application(
    client, django_capture_on_commit_callbacks
):
    call = open_call("ru")
    data = application_data(call, client)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(call.url, data)
        # Back in the browser: the answers are still typed, the files are gone.
        again = {name: value for name, value in data.items() if not hasattr(value, "read")}
        response = client.post(call.url, again, follow=True)

    application = Application.objects.get(reference__startswith="BMA")
    assert response.redirect_chain == [(application.get_status_url(), 302)]
    assert soup(response).h1.get_text() == application.reference
    assert "уже отправлена" in soup(response).select_one(".notice").get_text()
    run_mail_worker()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "applications@example.org",
        "dilnoza@example.org",
    ]


def test_the_form_after_sending_says_it_is_sent_until_another_is_asked_for(client):
    call = open_call()
    client.post(call.url, application_data(call, client))
    application = Application.objects.get(reference__startswith="BMA")

    back = soup(client.get(call.url))
    another = client.get(f"{call.url}?another=1")
    fresh = client.get(call.url)

    assert application.reference in back.select_one(".notice").get_text()
    assert back.select_one(f".notice a[href='{application.get_status_url()}']")
    assert back.select_one("form[enctype]") is None
    assert another.status_code == 302
    assert another["Location"] == call.url
    token = fresh.context["form"]["submission_token"].value()
    assert token != application.submission_token
    assert soup(fresh).select_one("form[enctype]") is not None


def question_name(call, block_type):
    return field_name(next(block.id for block in call.questions if block.block_type == block_type))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("name", "Dilnoza\x07 Yusupova"),
        ("email", "dilnoza\x0b@example.org"),
        ("short_text", "Dilnoza\x00 & Band"),
        ("long_text", "We play\x1b ethno jazz.\r\nFrom the Pamirs."),
        ("long_text", "We play\x85 ethno jazz."),
        ("name", "Dilnoza \u202evopasuY"),  # shown as "Dilnoza Yusupov" in staff's lists
    ],
    ids=[
        "bell-in-name",
        "vertical-tab-in-email",
        "nul",
        "escape-in-long-text",
        "c1-control",
        "right-to-left-override-in-name",
    ],
)
def test_a_control_character_in_an_answer_is_refused_and_the_rest_kept(client, field, value):
    call = open_call("ru")
    name = question_name(call, field) if field.endswith("_text") else field

    response = client.post(call.url, application_data(call, client, **{name: value}))

    assert response.status_code == 400
    page = soup(response)
    errors = page.select_one(f"#id_{name}_error").get_text()
    assert "невидимый управляющий символ" in errors
    assert page.select_one("input[type=tel]")["value"] == "+992 93 123 4567"
    if field != "name":
        assert page.select_one("input[name=name]")["value"] == "Dilnoza Yusupova"
    assert Application.objects.filter(reference__startswith="BMA").count() == 0


def test_a_long_text_keeps_its_line_breaks_and_tabs(client):
    call = open_call()
    text = "We play ethno jazz.\r\n\tFrom the Pamirs."

    response = client.post(
        call.url, application_data(call, client, **{question_name(call, "long_text"): text})
    )

    assert response.status_code == 302
    application = Application.objects.get(reference__startswith="BMA")
    answer = next(answer for answer in application.answers if answer["type"] == "long_text")
    assert answer["value"] == text


@pytest.mark.parametrize(
    ("prefix", "says"), [("DEJF", "no longer takes applications"), ("JA", "Applications open on")]
)
def test_a_call_that_is_not_open_says_why_and_refuses_a_post(client, prefix, says):
    call = OpenCallPage.objects.get(locale__language_code="en", reference_prefix=prefix)

    page = soup(client.get(call.url))
    response = client.post(call.url, {"name": "Late", "email": "late@example.org"})

    assert says in page.select_one(".notice").get_text()
    assert page.select_one("form[enctype]") is None
    assert response.status_code == 403
    assert not Application.objects.filter(name="Late").exists()


def test_the_honeypot_catches_robots(client):
    call = open_call()

    response = client.post(call.url, application_data(call, client, website="http://spam.example"))

    assert response.status_code == 400
    assert Application.objects.filter(reference__startswith="BMA").count() == 0


def test_posts_from_one_address_are_limited(client, settings):
    settings.APPLICATION_POST_LIMIT = (2, 3600)
    call = open_call()

    statuses = [client.post(call.url, {"name": "x"}).status_code for _ in range(3)]

    assert statuses == [400, 400, 429]


def test_mail_server_failing_keeps_the_application_and_mail_goes_out_on_retry(
    client, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.applications.failing_mail.FailingBackend"
    call = open_call()

    with django_capture_on_commit_callbacks(execute=True):
        client.post(call.url, application_data(call, client))
    run_mail_worker()

    application = Application.objects.get(email="dilnoza@example.org")
    assert mail.outbox == []
    waiting = DBTaskResult.objects.filter(status="READY")
    assert waiting.count() == 2  # both emails scheduled again, a minute later
    assert all(task.args_kwargs["kwargs"]["attempt"] == 1 for task in waiting)

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    waiting.update(run_after=timezone.now())
    run_mail_worker()

    assert {tuple(message.to) for message in mail.outbox} == {
        (application.email,),
        ("applications@example.org",),
    }
    application.refresh_from_db()
    assert application.confirmation_sent_at is not None


def test_a_post_without_the_csrf_token_is_refused(client):
    call = open_call()
    data = application_data(call, client)
    browser_without_token = Client(enforce_csrf_checks=True)

    response = browser_without_token.post(call.url, data)

    assert response.status_code == 403
    assert Application.objects.filter(reference__startswith="BMA").count() == 0


def test_no_personal_data_reaches_the_log(
    client, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.applications.failing_mail.FailingBackend"
    call = open_call()
    caplog.set_level("DEBUG")

    with django_capture_on_commit_callbacks(execute=True):
        client.post(call.url, application_data(call, client))
    run_mail_worker()
    client.post("/admin/login/", {"username": "dilnoza@example.org", "password": "wrong"})

    assert "retry" in caplog.text  # the mail failure is logged...
    for personal in ("dilnoza", "Yusupova", "+992"):  # ...but not who it was for
        assert personal.lower() not in caplog.text.lower()
