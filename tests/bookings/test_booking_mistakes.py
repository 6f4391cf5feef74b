"""A booking form sent with mistakes: the summary at its top names each one, in the
visitor's language, as a link to the field to correct; the browser checks the answers
before sending with the same words (tests/e2e/test_answers_checked_browser.py)."""

from django.utils import translation
from django.utils.translation import gettext

import pytest

from tests.bookings.conftest import book, book_url
from tests.helpers import soup

pytestmark = pytest.mark.django_db

WORDS = {
    "ru": {
        "date": "Дата",
        "name": "Ваше имя",
        "email": "Ваш адрес электронной почты",
        "not sent": "Не удалось отправить бронирование.",
    },
    "tg": {
        "date": "Сана",
        "name": "Номи шумо",
        "email": "Суроғаи почтаи электронии шумо",
        "not sent": "Бронро фиристодан муяссар нашуд.",
    },
}


def django_says(message, language):
    with translation.override(language):
        return gettext(message)


def summary_links(page):
    """(address, text) of the links in the summary of mistakes."""
    return [(link["href"], link.get_text()) for link in page.select("#form-errors li a")]


@pytest.mark.parametrize("language", ["ru", "tg"])
def test_the_summary_links_each_wrong_answer_to_its_field(client, weekly_class, language):
    words = WORDS[language]
    required = django_says("This field is required.", language)
    invalid_email = django_says("Enter a valid email address.", language)

    response = book(client, language, date="", name="", email="farrukh.example.org")

    assert response.status_code == 400
    page = soup(response)
    # In the form's order; a group of choices leads to its first choice.
    assert summary_links(page) == [
        ("#id_date_0", f"{words['date']} — {required}"),
        ("#id_name", f"{words['name']} — {required}"),
        ("#id_email", f"{words['email']} — {invalid_email}"),
    ]
    assert page.find(id="id_date_0")["name"] == "date"
    assert page.find(id="id_name")["name"] == "name"
    # The summary is the one alert, and takes the focus (site.js); the errors under the
    # fields are read with them, not announced one by one.
    summary = page.select_one("#form-errors")
    assert not summary.has_attr("hidden")
    assert summary["tabindex"] == "-1"
    assert page.select("[role=alert]") == [summary]
    assert page.select_one("#id_name_error").get_text() == required
    assert page.select_one("#id_name")["aria-describedby"] == "id_name_error"


def test_a_filled_trap_field_is_told_without_a_link(client, weekly_class):
    """Robots fill the field people never see; a person whose browser filled it in is
    told the booking was not sent, with no link to a field they cannot see."""
    page = soup(book(client, "tg", website="http://spam.example"))

    summary = page.select_one("#form-errors")
    assert summary_links(page) == []
    assert summary.select_one("ul[data-mistakes]").has_attr("hidden")
    assert WORDS["tg"]["not sent"] in [line.get_text() for line in summary.select("p")]


def test_the_blank_form_is_checked_in_the_browser_with_the_servers_words(client, weekly_class):
    page = soup(client.get(book_url("tg")))

    form = page.select_one("article form[data-check-answers]")
    assert form["data-required-message"] == django_says("This field is required.", "tg")
    assert form["data-email-message"] == django_says("Enter a valid email address.", "tg")
    # The summary is there for the script to fill and show.
    summary = page.select_one("#form-errors")
    assert summary.has_attr("hidden")
    assert summary.select("li") == []
    name = page.select_one("#id_name").find_parent(class_="field")
    assert name["data-label"] == WORDS["tg"]["name"]
