"""The partner's "share a material" form tells the check in the browser (static/js/site.js)
the years the server takes, with the server's own words for a year too early, one in the
future and one that is not a whole number, in the page's language: they are what the
server says when such a year reaches it."""

import datetime

import pytest

from resources.contribution import EARLIEST_YEAR
from resources.models import Resource
from tests.helpers import soup
from tests.resources.account_helpers import url
from tests.resources.test_account_materials import contribution
from tests.resources.test_share_form_limits import signed_in_partner  # noqa: F401 (a fixture)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("no_demo_partners", "private_files", "signed_in_partner"),
]


def year_input(client, language):
    page = soup(client.get(url("contribute", language)))
    return page.select_one("form[data-check-answers] #id_year")


def server_errors(post, language, year):
    response = post(url("contribute", language), contribution(year=year))
    assert response.status_code == 400
    assert not Resource.objects.exists()
    return [error.get_text() for error in soup(response).select("#id_year_error .error")]


@pytest.mark.parametrize("language", ["ru", "tg"])
def test_a_year_too_early_is_told_in_the_servers_words(client, post, language):
    year = year_input(client, language)

    errors = server_errors(post, language, "1900")

    assert year["data-min-value"] == str(EARLIEST_YEAR)
    assert errors == [year["data-min-value-message"]]
    assert str(EARLIEST_YEAR) in errors[0]


@pytest.mark.parametrize("language", ["ru", "tg"])
def test_a_year_in_the_future_is_told_in_the_servers_words(client, post, language):
    year = year_input(client, language)
    next_year = datetime.date.today().year + 1

    errors = server_errors(post, language, str(next_year))

    assert year["data-max-value"] == str(next_year - 1)
    assert errors == [year["data-max-value-message"]]


@pytest.mark.parametrize("language", ["ru", "tg"])
def test_a_year_not_whole_is_told_in_the_servers_words(client, post, language):
    year = year_input(client, language)

    errors = server_errors(post, language, "1990.5")

    assert errors == [year["data-whole-number-message"]]
    assert errors != ["Enter a whole number."]
