"""The forms that carry files, checked on the phone before they are sent: an answer left
empty (or an email address that is not one) is found before the files creep up a slow
connection, said in the page's language (not the phone's), with everything typed and
every file chosen kept. Sent once all is answered."""

from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Locale

import pytest

from applications.models import Application
from partners.models import Organisation
from resources.models import Resource
from tests.applications.conftest import MP3, PDF, png
from tests.resources import account_helpers

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TAJIK_FORM = "/tg/barnomaho/joizai-musiqii-bob/ariza-dodan/"


def in_tajik(message):
    """Django's `message` as a Tajik page says it."""
    with translation.override("tg"):
        return gettext(message)


def posts_sent(page):
    """The POST requests the page sends from now on, in order."""
    sent = []
    page.on("request", lambda request: sent.append(request.url) if request.method == "POST" else 0)
    return sent


def error_under(page, input_id):
    """The error a question shows under it, found as a screen reader finds it: through
    the aria-describedby of its input (or of the fieldset of a group of choices)."""
    return page.evaluate(
        """id => {
            const input = document.getElementById(id);
            const described = input.closest("fieldset") || input;
            const ids = (described.getAttribute("aria-describedby") || "").split(" ");
            const error = ids.map(each => document.getElementById(each))
                .find(element => element && element.querySelector(".error"));
            return error ? error.innerText.trim() : "";
        }""",
        input_id,
    )


def files_chosen(page, selector):
    return page.locator(selector).evaluate("input => input.files.length")


def summary_has_the_focus_in_sight(page):
    summary = page.locator("#form-errors")
    box = summary.bounding_box()
    return (
        summary.evaluate("element => element === document.activeElement")
        and 0 <= box["y"]
        and box["y"] + box["height"] <= page.viewport_size["height"]
    )


def test_an_empty_name_is_found_before_the_files_are_sent_in_tajik(site_url, new_tab, screenshot):
    # The phone speaks English; the page is Tajik.
    phone = new_tab("phone", locale="en-US")
    phone.goto(f"{site_url}{TAJIK_FORM}")
    sent = posts_sent(phone)
    phone.get_by_label("Суроғаи почтаи электронии шумо").fill("dilnoza.example.org")
    phone.get_by_label("Номи ҳунарманд ё гурӯҳ").fill("Дилноза ва гурӯҳ")
    phone.get_by_label("Кишвари истиқомат").select_option("TJ")
    phone.get_by_label("Дар бораи мусиқии худ нақл кунед").fill("Этно-ҷаз аз Помир.")
    phone.get_by_label("Этно-ҷаз").check()
    phone.get_by_label("Рақами телефон").fill("+992 93 123 4567")
    cv = phone.get_by_label("Тарҷумаи ҳол")
    cv.set_input_files([{"name": "cv.pdf", "mimeType": "application/pdf", "buffer": PDF}])
    phone.get_by_label("Аксҳо").set_input_files(
        [{"name": "photo.png", "mimeType": "image/png", "buffer": png()}]
    )
    phone.get_by_label("Сабтҳо").set_input_files(
        [{"name": "song.mp3", "mimeType": "audio/mpeg", "buffer": MP3}]
    )
    send = phone.get_by_role("button", name="Фиристодани ариза")

    send.click()

    name = phone.get_by_label("Номи шумо")
    assert name.get_attribute("aria-invalid") == "true"
    assert error_under(phone, "id_name") == in_tajik("This field is required.")
    assert in_tajik("This field is required.") != "This field is required."
    # The consent box is required too, and marked as the other questions are.
    consent = phone.locator("input[type=checkbox][required]")
    assert consent.locator("xpath=..").inner_text().endswith("*")
    assert consent.get_attribute("aria-invalid") == "true"
    assert error_under(phone, "id_email") == in_tajik("Enter a valid email address.")
    assert summary_has_the_focus_in_sight(phone)
    # The summary lists them in the form's order, each a link to its field.
    links = phone.locator("#form-errors li a")
    assert [link.get_attribute("href") for link in links.all()] == [
        "#id_name",
        "#id_email",
        f"#{consent.get_attribute('id')}",
    ]
    assert links.first.inner_text() == f"Номи шумо — {in_tajik('This field is required.')}"
    assert phone.get_by_label("Дар бораи мусиқии худ нақл кунед").input_value() == (
        "Этно-ҷаз аз Помир."
    )
    assert files_chosen(phone, "input[type=file] >> nth=0") == 1
    assert files_chosen(phone, "input[type=file] >> nth=1") == 1
    assert files_chosen(phone, "input[type=file] >> nth=2") == 1
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "apply-checked-before-sending-tg-360")

    name.fill("Дилноза Юсупова")
    phone.get_by_label("Суроғаи почтаи электронии шумо").fill("dilnoza@example.org")
    phone.get_by_label("Ман розӣ ҳастам").check()
    send.click()

    phone.wait_for_url("**/received/")
    # The first press sent nothing: the one POST is the second press's.
    assert sent == [f"{site_url}{TAJIK_FORM}"]
    application = Application.objects.get(email="dilnoza@example.org")
    assert application.name == "Дилноза Юсупова"
    assert application.files.count() == 3


@pytest.fixture
def partner(site_url):
    """A Tajik partner organisation's verified member, whom staff granted access."""
    organisation = Organisation.objects.create(
        name="Занони Помир", locale=Locale.objects.get(language_code="tg")
    )
    account = account_helpers.partner("nigora@ngo.example.tj", organisation, language="tg")
    account.access_granted = True
    account.save()
    return account.user


def test_a_partner_is_told_what_is_missing_before_the_file_is_sent(
    site_url, phone, screenshot, partner
):
    phone.goto(f"{site_url}/tg/account/sign-in/")
    phone.fill("#id_username", partner.email)
    phone.fill("#id_password", account_helpers.PASSWORD)
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url(f"{site_url}/tg/account/materials/")
    phone.goto(f"{site_url}/tg/account/materials/share/")
    sent = posts_sent(phone)
    phone.fill("#id_title", "Буҷет барои ташкилотҳои хурд")
    phone.set_input_files(
        "#id_file", [{"name": "budget.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    send = phone.locator("main form button[type=submit]")

    send.click()

    required = in_tajik("This field is required.")
    for input_id in ("id_summary", "id_kind", "id_languages_0", "id_rights"):
        assert error_under(phone, input_id) == required, input_id
    assert error_under(phone, "id_title") == ""
    assert phone.locator("#id_rights").locator("xpath=..").inner_text().endswith("*")
    assert summary_has_the_focus_in_sight(phone)
    assert files_chosen(phone, "#id_file") == 1
    screenshot(phone, "share-checked-before-sending-tg-360")

    phone.fill("#id_summary", "Модули омӯзишии дурӯза.")
    phone.select_option("#id_kind", "training-module")
    phone.check("input[name=languages][value=tg]")
    phone.check("#id_rights")
    send.click()

    phone.wait_for_url(f"{site_url}/tg/account/materials/")
    assert sent == [f"{site_url}/tg/account/materials/share/"]
    assert Resource.objects.get(submitted_by=partner).title == "Буҷет барои ташкилотҳои хурд"
