"""What an applicant reads in the form: labels, marks, help, choices and errors."""

from django.utils import translation

import pytest

from applications.countries import COUNTRIES
from applications.forms import field_name, phone_validator
from tests.applications.conftest import application_data, open_call
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]

YOUR_NAME = {"en": "Your name", "ru": "Ваше имя", "tg": "Номи шумо"}
TAJIKISTAN = {"en": "Tajikistan", "ru": "Таджикистан", "tg": "Тоҷикистон"}


def described_by(page, element):
    """The texts an element's aria-describedby points at."""
    ids = element.get("aria-describedby", "").split()
    return [page.find(id=id_).get_text() for id_ in ids if page.find(id=id_)]


def label_of(page, block):
    """The text that names a question's field: its fieldset's legend or its label."""
    name = field_name(block.id)
    if block.block_type == "choice":
        return page.find("input", attrs={"name": name}).find_parent("fieldset").legend.get_text()
    if block.block_type == "consent":
        return page.find("input", attrs={"name": name}).find_parent("label").get_text()
    element = page.find(attrs={"name": name})
    return page.find("label", attrs={"for": element["id"]}).get_text()


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_each_question_has_its_label_mark_and_help(client, language):
    call = open_call(language)

    page = soup(client.get(call.url))

    name = page.find("input", attrs={"name": "name"})
    assert page.find("label", attrs={"for": name["id"]}).get_text() == f"{YOUR_NAME[language]} *"
    for block in call.questions:
        label = label_of(page, block)
        assert block.value["label"] in label
        if block.block_type != "consent":
            assert label.endswith(" *") == block.value.get("required", True)
        element = page.find(attrs={"name": field_name(block.id)})
        if block.value.get("help_text"):
            assert any(block.value["help_text"] in text for text in described_by(page, element))
        if block.block_type == "file":
            assert element["type"] == "file"
            assert element.get("accept")
            # Choosing several files is offered only where the question takes several.
            assert ("multiple" in element.attrs) == (block.value["max_files"] > 1)
    country = next(block for block in call.questions if block.block_type == "country")
    options = page.find("select", attrs={"name": field_name(country.id)}).find_all("option")
    assert len(options) == len(COUNTRIES) + 1
    assert [options[0]["value"], options[0].get_text()] == ["", "—"]
    assert [options[1]["value"], options[1].get_text()] == ["TJ", TAJIKISTAN[language]]
    assert "selected" in options[0].attrs


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_a_refused_form_marks_the_wrong_answers_and_keeps_the_others(client, language):
    call = open_call(language)
    by_type = {block.block_type: field_name(block.id) for block in call.questions}
    data = application_data(call, client, email="not an email")
    data[by_type["phone"]] = "call me"
    del data[by_type["consent"]]
    genre = next(block for block in call.questions if block.block_type == "choice")
    data[by_type["choice"]] = genre.value["choices"][-1]

    response = client.post(call.url, data)

    assert response.status_code == 400
    page = soup(response)
    with translation.override(language):
        required = str(translation.gettext("This field is required."))
        phone_hint = str(phone_validator.message)
    invalid = {
        field.find(attrs={"aria-invalid": "true"})["name"]: field.select_one(".error").get_text()
        for field in page.select(".field--invalid")
    }
    assert set(invalid) == {"email", by_type["phone"], by_type["consent"]}
    assert invalid[by_type["consent"]] == required
    assert invalid[by_type["phone"]] == phone_hint
    # The summary at the top is the one alert: it names each wrong answer, in the form's
    # order, with a link to its input; the errors under the questions are no alerts.
    summary = page.select_one("#form-errors")
    assert page.select("[role=alert]") == [summary]
    inputs = [page.find(id=link["href"].removeprefix("#")) for link in summary.select("li a")]
    assert [element["name"] for element in inputs] == [
        "email",
        by_type["phone"],
        by_type["consent"],
    ]
    phone_label = next(
        block.value["label"] for block in call.questions if block.block_type == "phone"
    )
    assert f"{phone_label} — {phone_hint}" in [link.get_text() for link in summary.select("li a")]
    email = page.find("input", attrs={"name": "email"})
    assert email["value"] == "not an email"
    assert page.find(id=f"{email['id']}_helptext") is not None
    # A screen reader reads the error with the field: the field points at it.
    phone = page.find("input", attrs={"name": by_type["phone"]})
    assert phone_hint in described_by(page, phone)
    assert page.find("input", attrs={"name": "name"})["value"] == "Dilnoza Yusupova"
    country = page.find("select", attrs={"name": by_type["country"]})
    assert country.find("option", selected=True)["value"] == "TJ"
    checked = page.find("input", attrs={"name": by_type["choice"], "checked": True})
    assert checked["value"] == genre.value["choices"][-1]


def test_a_group_of_choices_left_unanswered_names_its_error_for_screen_readers(client):
    call = open_call("ru")
    genre = next(block for block in call.questions if block.block_type == "choice")
    data = application_data(call, client)
    del data[field_name(genre.id)]

    response = client.post(call.url, data)

    assert response.status_code == 400
    page = soup(response)
    group = page.find("input", attrs={"name": field_name(genre.id)}).find_parent("fieldset")
    with translation.override("ru"):
        required = str(translation.gettext("This field is required."))
    # The group's fieldset, which a screen reader announces, points at the error.
    assert described_by(page, group) == [required]
    assert group.find_parent(class_="field--invalid") is not None
