"""The partners' forms sent with mistakes: the summary at the top names each one, in the
visitor's language, as a link to the field to correct (core/form_errors.html)."""

from django.utils import translation
from django.utils.translation import gettext

import pytest

from tests.helpers import soup
from tests.resources.account_helpers import partner, sign_up_data, url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_demo_partners")]


def django_says(message, language):
    with translation.override(language):
        return gettext(message)


def summary_links(page):
    """(address, text) of the links in the summary of mistakes."""
    return [(link["href"], link.get_text()) for link in page.select("#form-errors li a")]


def test_the_sign_up_summary_links_each_wrong_answer_in_tajik(client):
    required = django_says("This field is required.", "tg")
    invalid_email = django_says("Enter a valid email address.", "tg")

    response = client.post(url("sign-up", "tg"), sign_up_data(name="", email="zarina"))

    assert response.status_code == 400
    page = soup(response)
    assert summary_links(page) == [
        ("#id_name", f"Номи шумо — {required}"),
        ("#id_email", f"Суроғаи почтаи электронии шумо — {invalid_email}"),
    ]
    assert page.select("[role=alert]") == [page.select_one("#form-errors")]


def test_a_wrong_password_is_told_without_links(client):
    account = partner()

    response = client.post(
        url("sign-in", "ru"), {"username": account.user.email, "password": "wrong-password"}
    )

    summary = soup(response).select_one("#form-errors")
    assert summary_links(soup(response)) == []
    assert len(summary.select("p")) == 2  # the heading, then what is wrong


@pytest.mark.usefixtures("private_files")
def test_a_material_without_its_languages_links_to_the_first_language_in_russian(client):
    client.force_login(partner().user)

    response = client.post(
        url("contribute", "ru"),
        {"title": "Бюджет для малых НКО", "kind": "report", "licence": "cc-by-4.0"},
    )

    assert response.status_code == 400
    page = soup(response)
    links = dict(summary_links(page))
    required = django_says("This field is required.", "ru")
    assert links["#id_languages_0"] == f"Языки материала — {required}"
    assert page.find(id="id_languages_0")["name"] == "languages"
    assert "#id_title" not in links
    assert list(links)[0] == "#id_summary"  # in the form's order: the summary follows the title
