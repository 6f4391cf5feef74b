"""The application form tells the check in the browser (static/js/site.js) how the server
judges a web address and a phone number, on their inputs: the pattern the server's
validator tests (the same one, written by the server) and the server's own message, in
the page's language. Refused by the browser, a malformed address or number is told in
the words the server would use for it."""

import re

import pytest

from applications.forms import phone_validator
from tests.applications.conftest import open_call
from tests.applications.test_limits_in_the_browser import input_of, server_errors
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]

URL_QUESTION = "Link to your music online"
PHONE_QUESTION = "Phone number"


@pytest.mark.parametrize("language", ["ru", "tg"])
def test_a_malformed_web_address_is_told_in_the_servers_words(client, language):
    call = open_call(language)
    address = input_of(soup(client.get(call.url)), URL_QUESTION)

    errors = server_errors(client, call, URL_QUESTION, "example")

    assert errors == [address["data-url-message"]]
    assert re.search("[а-яҷӯқғҳӣ]", address["data-url-message"], re.IGNORECASE)
    assert address["data-assume-scheme"] == "https"
    assert address["data-url-schemes"] == "http https ftp ftps"


def test_the_browser_tests_a_web_address_with_the_servers_own_pattern(client):
    from django.core.validators import URLValidator

    address = input_of(soup(client.get(open_call("tg").url)), URL_QUESTION)

    # Python's end of the text (\Z) written as the browser's ($), nothing else changed.
    assert address["data-url-pattern"] == URLValidator.regex.pattern.removesuffix(r"\Z") + "$"


@pytest.mark.parametrize("language", ["ru", "tg"])
def test_a_malformed_phone_number_is_told_in_the_servers_words(client, language):
    call = open_call(language)
    phone = input_of(soup(client.get(call.url)), PHONE_QUESTION)

    errors = server_errors(client, call, PHONE_QUESTION, "abc")

    assert errors == [phone["data-pattern-message"]]
    assert re.search("[а-яҷӯқғҳӣ]", phone["data-pattern-message"], re.IGNORECASE)
    assert phone["data-pattern"] == phone_validator.regex.pattern
