"""More of what the server would refuse is found on the phone before the files are sent: a
web address or a phone number that is not one, a year out of bounds, in the server's own
words in the page's language. After the server has sent a form back, fixing a question
and sending with another mistake left shows only that mistake, and the note asking for the
files again goes once they are attached. A link of the summary of mistakes brings its
question into view, label and all."""

import datetime

from django import forms
from django.core.validators import MinValueValidator
from django.utils import translation

import pytest

from applications.forms import field_name, phone_validator
from applications.models import Application
from resources.contribution import future_year_message
from tests.applications.conftest import MP3, PDF, open_call, png
from tests.e2e.test_answers_checked_browser import (
    TAJIK_FORM,
    error_under,
    partner,  # noqa: F401 (a fixture)
    posts_sent,
    summary_has_the_focus_in_sight,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# The test partner's, as in test_answers_checked_browser.
SIGN_IN_PASSWORD = "violet-apricot-1987"  # noqa: S105


def in_tajik(message):
    with translation.override("tg"):
        return str(message)


def question_id(block_type):
    """The id of the input of the Tajik call's question of `block_type`."""
    block = next(b for b in open_call("tg").questions if b.block_type == block_type)
    return f"id_{field_name(block.id)}"


def fill_the_tajik_form(page, *, address, phone_number):
    page.get_by_label("Номи шумо").fill("Дилноза Юсупова")
    page.get_by_label("Суроғаи почтаи электронии шумо").fill("dilnoza@example.org")
    page.get_by_label("Номи ҳунарманд ё гурӯҳ").fill("Дилноза ва гурӯҳ")
    page.get_by_label("Кишвари истиқомат").select_option("TJ")
    page.get_by_label("Дар бораи мусиқии худ нақл кунед").fill("Этно-ҷаз аз Помир.")
    page.get_by_label("Этно-ҷаз").check()
    page.fill(f"#{question_id('url')}", address)
    page.fill(f"#{question_id('phone')}", phone_number)
    attach(page, "cv", "photos", "recordings")
    page.get_by_label("Ман розӣ ҳастам").check()


def attach(page, *which):
    files = {
        "cv": ("Тарҷумаи ҳол", "cv.pdf", "application/pdf", PDF),
        "photos": ("Аксҳо", "photo.png", "image/png", png()),
        "recordings": ("Сабтҳо", "song.mp3", "audio/mpeg", MP3),
    }
    for each in which:
        label, name, mime_type, content = files[each]
        page.get_by_label(label).set_input_files(
            [{"name": name, "mimeType": mime_type, "buffer": content}]
        )


def send(page):
    page.locator("article form button[type=submit]").click()


def label_in_sight(page, input_id):
    """Whether the label of the input (the legend of a group of choices) is wholly on the
    screen, and the input has the focus."""
    return page.evaluate(
        """id => {
            const input = document.getElementById(id);
            const field = input.closest(".field");
            const label = field.querySelector(`label[for="${id}"]`)
                || field.querySelector("legend");
            const box = label.getBoundingClientRect();
            return document.activeElement === input
                && box.top >= 0 && box.bottom <= window.innerHeight;
        }""",
        input_id,
    )


def test_a_malformed_address_and_phone_number_are_found_before_sending_in_tajik(
    site_url, phone, screenshot
):
    phone.goto(f"{site_url}{TAJIK_FORM}")
    sent = posts_sent(phone)
    fill_the_tajik_form(phone, address="example", phone_number="abc")

    send(phone)

    address, number = question_id("url"), question_id("phone")
    enter_a_valid_url = in_tajik(forms.URLField.default_error_messages["invalid"])
    assert enter_a_valid_url != "Enter a valid URL."
    assert error_under(phone, address) == enter_a_valid_url
    assert error_under(phone, number) == in_tajik(phone_validator.message)
    assert in_tajik(phone_validator.message) != str(phone_validator.message)
    assert sent == []
    assert summary_has_the_focus_in_sight(phone)
    links = phone.locator("#form-errors li a")
    assert [link.get_attribute("href") for link in links.all()] == [f"#{address}", f"#{number}"]
    screenshot(phone, "apply-address-and-phone-checked-tg-360")

    # An address without its scheme is one: the server puts https:// before it.
    phone.fill(f"#{address}", "dilnoza.example.org/music")
    phone.fill(f"#{number}", "+992 (93) 123-45-67")
    send(phone)

    phone.wait_for_url("**/received/")
    assert sent == [f"{site_url}{TAJIK_FORM}"]
    answers = Application.objects.get(email="dilnoza@example.org").answers
    assert "https://dilnoza.example.org/music" in [answer["value"] for answer in answers]


# Addresses the browser must judge as the server does: refused by both, or taken by both
# (or left to the server: non-ASCII, brackets).
ADDRESSES = [
    "example",
    "example.com",
    "EXAMPLE.COM/Path?q=1#top",
    "example.com:8000",
    "localhost",
    "http://localhost:8000/x",
    "mailto:dilnoza@example.org",
    "javascript:alert(1)",
    "https://",
    "https:example.com",
    "ftp://files.example.org",
    "gopher://example.org",
    "//example.com",
    "https://user:pass@example.com:8080/a",
    "https://-example.com",
    "https://example-.com",
    "https://example.c",
    "https://192.168.0.1/",
    "https://256.1.1.1",
    "https://example.com.",
    "https://xn--80ak6aa92e.com",
    "example.com#",
    "музыка.tj",
    "https://[::1]/",
    "exa mple.com",
]


def test_the_browser_judges_web_addresses_as_the_server_does(site_url, phone):
    phone.goto(f"{site_url}{TAJIK_FORM}")
    field = forms.URLField(assume_scheme="https", max_length=500, required=False)

    for value in ADDRESSES:
        with translation.override("tg"):
            try:
                field.clean(value)
                server = []
            except forms.ValidationError as error:
                server = error.messages
        browser = phone.evaluate(
            """([id, value]) => {
                const input = document.getElementById(id);
                input.value = value;
                const verdict = { unsure: false };
                const messages = urlMistakes(input.closest(".field"), verdict);
                return verdict.unsure ? null : messages;
            }""",
            [question_id("url"), value],
        )
        assert browser is None or browser == server, value
        if value.isascii() and " " not in value and "[" not in value:
            assert browser is not None, value


def test_after_the_server_sent_the_form_back_only_the_mistakes_left_are_shown(
    site_url, phone, screenshot
):
    phone.goto(f"{site_url}{TAJIK_FORM}")
    sent = posts_sent(phone)
    fill_the_tajik_form(phone, address="example", phone_number="abc")
    # The server is the one to refuse them this time (as with the script off).
    phone.locator("form[data-check-answers]").evaluate(
        "form => form.removeAttribute('data-check-answers')"
    )
    with phone.expect_navigation():
        send(phone)
    assert len(sent) == 1
    address, number = question_id("url"), question_id("phone")
    assert error_under(phone, address) == in_tajik(forms.URLField.default_error_messages["invalid"])
    assert error_under(phone, number) == in_tajik(phone_validator.message)
    note = phone.locator("#form-errors [data-attach-again]")
    assert note.is_visible()

    # A link of the server's summary brings the whole question into view.
    phone.locator(f"#form-errors a[href='#{number}']").click()
    assert label_in_sight(phone, number)

    phone.fill(f"#{address}", "https://dilnoza.example.org")
    attach(phone, "cv", "photos")
    assert note.is_visible()
    attach(phone, "recordings")
    assert not note.is_visible()

    send(phone)

    assert len(sent) == 1
    assert error_under(phone, address) == ""
    assert phone.locator(f"#{address}").get_attribute("aria-invalid") is None
    assert phone.locator(f"#{address}").evaluate(
        "input => !input.closest('.field').classList.contains('field--invalid')"
    )
    assert error_under(phone, number) == in_tajik(phone_validator.message)
    links = phone.locator("#form-errors li a")
    assert [link.get_attribute("href") for link in links.all()] == [f"#{number}"]
    assert summary_has_the_focus_in_sight(phone)
    screenshot(phone, "apply-sent-back-then-checked-tg-360")

    # And a link of the summary this script wrote.
    links.first.click()
    assert label_in_sight(phone, number)

    phone.fill(f"#{number}", "+992 93 123 4567")
    send(phone)
    phone.wait_for_url("**/received/")
    assert len(sent) == 2
    assert Application.objects.get(email="dilnoza@example.org").files.count() == 3


def test_a_partner_is_told_a_year_out_of_bounds_before_the_file_is_sent(
    site_url,
    phone,
    partner,  # noqa: F811
):
    phone.goto(f"{site_url}/tg/account/sign-in/")
    phone.fill("#id_username", partner.email)
    phone.fill("#id_password", SIGN_IN_PASSWORD)
    phone.locator("main form button[type=submit]").click()
    phone.wait_for_url(f"{site_url}/tg/account/materials/")
    phone.goto(f"{site_url}/tg/account/materials/share/")
    sent = posts_sent(phone)
    phone.fill("#id_title", "Буҷет барои ташкилотҳои хурд")
    phone.fill("#id_summary", "Модули омӯзишии дурӯза.")
    phone.select_option("#id_kind", "training-module")
    phone.check("input[name=languages][value=tg]")
    phone.fill("#id_year", "1900")
    phone.set_input_files(
        "#id_file", [{"name": "budget.pdf", "mimeType": "application/pdf", "buffer": PDF}]
    )
    phone.check("#id_rights")
    send = phone.locator("main form button[type=submit]")

    send.click()

    with translation.override("tg"):
        too_early = MinValueValidator.message % {"limit_value": 1950}
        in_the_future = str(future_year_message())
    assert too_early != "Ensure this value is greater than or equal to 1950."
    year_input = phone.locator("#id_year")
    assert year_input.get_attribute("aria-invalid") == "true"
    assert error_under(phone, "id_year") == too_early
    assert sent == []

    phone.fill("#id_year", str(datetime.date.today().year + 1))
    send.click()
    assert error_under(phone, "id_year") == in_the_future
    assert sent == []

    phone.fill("#id_year", "2024")
    send.click()
    phone.wait_for_url(f"{site_url}/tg/account/materials/")
    assert len(sent) == 1
