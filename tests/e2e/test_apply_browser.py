"""An artist applies from a phone, with a file, in headless Chromium."""

import pytest

from applications.models import Application
from tests.applications.conftest import MP3, PDF, png

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


def test_a_mistake_keeps_the_answers_and_names_the_files_to_attach_again(
    site_url, phone, screenshot
):
    phone.goto(f"{site_url}/en/programmes/bobs-music-award/apply/")
    phone.get_by_label("Your name").fill("Dilnoza Yusupova")
    phone.get_by_label("CV").set_input_files(
        [{"name": "cv.pdf", "mimeType": "application/pdf", "buffer": b"not a pdf"}]
    )
    phone.get_by_role("button", name="Send application").click()

    phone.wait_for_load_state()
    assert phone.get_by_label("Your name").input_value() == "Dilnoza Yusupova"
    assert "CV" in phone.locator("#form-errors").inner_text()
    screenshot(phone, "apply-errors-en-360")


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
