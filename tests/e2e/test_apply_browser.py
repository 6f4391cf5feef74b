"""An artist applies from a phone, with a file, in headless Chromium."""

from django.core import mail
from django.utils import translation

import pytest

from applications.enums import ApplicationStatus
from applications.models import Application
from tests.applications.conftest import (
    MP3,
    PDF,
    open_call,
    png,
    run_mail_worker,
    submitted_application,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_an_artist_applies_with_files_from_a_phone(site_url, phone, screenshot):
    phone.goto(f"{site_url}/ru/programmy/muzykalnaya-premiya-boba/podat-zayavku/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360

    phone.get_by_label("Ваше имя").fill("Дилноза Юсупова")
    phone.get_by_label("Ваш адрес электронной почты").fill("dilnoza@example.org")
    phone.get_by_label("Имя артиста или название группы").fill("Dilnoza & Band")
    phone.get_by_label("Страна проживания").select_option("TJ")
    phone.get_by_label("Расскажите о своей музыке").fill("Этно-джаз с Памира.")
    phone.get_by_label("Этно-джаз").check()
    phone.get_by_label("Номер телефона").fill("+992 93 123 4567")
    phone.get_by_label("Резюме").set_input_files(
        [{"name": "cv.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    phone.get_by_label("Фотографии").set_input_files(
        [{"name": "photo.png", "mimeType": "image/png", "buffer": png()}]
    )
    phone.get_by_label("Записи").set_input_files(
        [{"name": "song.mp3", "mimeType": "audio/mpeg", "buffer": MP3}]
    )
    phone.get_by_label("Я согласен").check()
    screenshot(phone, "apply-ru-360")
    phone.get_by_role("button", name="Отправить заявку").click()

    phone.wait_for_url("**/received/")
    application = Application.objects.get(email="dilnoza@example.org")
    assert application.reference in phone.locator("h1").inner_text()
    assert application.files.count() == 3
    screenshot(phone, "apply-received-ru-360")


def answer_every_question(page, cv=PDF):
    """Answer each question of the demo's English Bob's Music Award form, with `cv` as
    the CV's content."""
    page.get_by_label("Your name").fill("Dilnoza Yusupova")
    page.get_by_label("Your email address").fill("dilnoza@example.org")
    page.get_by_label("Artist or band name").fill("Dilnoza & Band")
    page.get_by_label("Country of residence").select_option("TJ")
    page.get_by_label("Tell us about your music").fill("Ethno jazz from the Pamirs.")
    page.get_by_label("Ethno jazz").check()
    page.get_by_label("Phone number").fill("+992 93 123 4567")
    page.get_by_label("CV").set_input_files(
        [{"name": "cv.pdf", "mimeType": "application/pdf", "buffer": cv}]
    )
    page.get_by_label("Photos").set_input_files(
        [{"name": "photo.png", "mimeType": "image/png", "buffer": png()}]
    )
    page.get_by_label("Recordings").set_input_files(
        [{"name": "song.mp3", "mimeType": "audio/mpeg", "buffer": MP3}]
    )
    page.get_by_label("I agree").check()


def test_a_mistake_keeps_the_answers_and_names_the_files_to_attach_again(
    site_url, phone, screenshot
):
    phone.goto(f"{site_url}/en/programmes/bobs-music-award/apply/")
    # Every answer given (else the page finds the empty one before sending): the server
    # is what refuses the CV.
    answer_every_question(phone, cv=b"not a pdf")
    phone.get_by_role("button", name="Send application").click()

    phone.wait_for_load_state()
    assert phone.get_by_label("Your name").input_value() == "Dilnoza Yusupova"
    errors = phone.locator("#form-errors")
    assert "CV" in errors.inner_text()
    # The summary is where the phone shows the page, not a screen or two down.
    assert errors.evaluate("element => element === document.activeElement")
    box = errors.bounding_box()
    assert 0 <= box["y"] < phone.viewport_size["height"]
    screenshot(phone, "apply-errors-en-360")


def test_after_the_skip_link_the_page_sent_back_with_a_mistake_opens_at_its_summary(
    site_url, phone, screenshot
):
    phone.goto(f"{site_url}/en/programmes/bobs-music-award/apply/")
    phone.keyboard.press("Tab")
    phone.keyboard.press("Enter")  # "Skip to main content": the address ends in #main
    phone.wait_for_url("**/apply/#main")
    answer_every_question(phone, cv=b"not a pdf")

    with phone.expect_navigation():
        phone.get_by_role("button", name="Send application").click()

    phone.wait_for_load_state("load")
    # Two frames: a scroll to a fragment would have happened by then.
    phone.evaluate(
        "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
    )
    assert phone.url == f"{site_url}/en/programmes/bobs-music-award/apply/"
    errors = phone.locator("#form-errors")
    assert errors.evaluate("element => element === document.activeElement")
    box = errors.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= phone.viewport_size["height"]
    screenshot(phone, "apply-errors-after-skip-link-en-360")


def test_going_back_after_sending_finds_the_application_instead_of_a_second_one(
    site_url, phone, screenshot
):
    phone.goto(f"{site_url}/en/programmes/bobs-music-award/apply/")
    answer_every_question(phone)
    phone.get_by_role("button", name="Send application").click()
    phone.wait_for_url("**/received/")

    phone.go_back()

    application = Application.objects.get(reference__startswith="BMA")
    notice = phone.locator(".notice")
    assert application.reference in notice.inner_text()
    assert phone.get_by_role("button", name="Send application").count() == 0
    screenshot(phone, "apply-back-after-sending-en-360")
    notice.get_by_role("link", name="See where it stands").click()
    with translation.override("en"):
        phone.wait_for_url(f"**{application.get_status_url()}")
    assert phone.locator("h1").inner_text() == application.reference
    assert Application.objects.filter(reference__startswith="BMA").count() == 1


def test_an_applicant_withdraws_from_the_status_link(site_url, phone, screenshot):
    application = submitted_application(open_call("ru"), "BMA-2026-0042", "Дилноза Юсупова")
    with translation.override("en"):
        status_url = application.get_status_url()

    phone.goto(f"{site_url}{status_url}")
    phone.get_by_role("link", name="Withdraw my application").click()
    phone.wait_for_url("**/withdraw/")
    assert "This cannot be undone" in phone.locator("main").inner_text()
    screenshot(phone, "withdraw-confirm-en-360")
    phone.get_by_role("button", name="Yes, withdraw my application").click()

    phone.wait_for_url(f"**{status_url}")
    assert phone.locator(".application-status__value").inner_text() == "Withdrawn"
    assert "Your application is withdrawn." in phone.locator(".notice").inner_text()
    screenshot(phone, "withdrawn-en-360")
    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    run_mail_worker()
    (message,) = mail.outbox
    assert message.to == ["dilnoza@example.org"]
    assert message.subject == "Ваша заявка BMA-2026-0042 отозвана"


def test_a_planner_reads_an_application_in_the_admin(site_url, desktop, sign_in, screenshot):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    # Browser tests empty the database between tests, the groups a migration made
    # included: give the planner a planner's permissions directly.
    planner = get_user_model().objects.create_user("planner", "p@example.org", "a-long-password-1")
    planner.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["access_admin", "view_application", "change_application"]
        )
    )
    sign_in(desktop, "planner", "a-long-password-1")

    desktop.goto(f"{site_url}/admin/applications/")
    screenshot(desktop, "admin-applications-1280")
    assert desktop.locator("#listing-results tbody tr").count() == 4
    desktop.locator("#listing-results tbody tr a").first.click()
    desktop.wait_for_url("**/inspect/*/")
    assert desktop.locator(".application-files a").count() == 1
    screenshot(desktop, "admin-application-1280")
