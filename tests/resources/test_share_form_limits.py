"""The partner's "share a material" form tells the check in the browser (static/js/site.js)
the file's limits the server keeps, with the server's own words for a file too large or
of a kind not allowed, in the page's language: filled in with the file's name and size,
they are what the server says when the file reaches it."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from resources.models import Resource
from tests.applications.conftest import PDF
from tests.helpers import soup
from tests.resources.account_helpers import partner, url
from tests.resources.test_account_materials import contribution

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("no_demo_partners", "private_files"),
]


@pytest.fixture
def signed_in_partner(client):
    account = partner()
    client.force_login(account.user)
    return account


def file_input(client):
    return soup(client.get(url("contribute", "tg"))).select_one("form[data-check-answers] #id_file")


def server_errors(post, upload):
    response = post(url("contribute", "tg"), contribution(file=upload))
    assert response.status_code == 400
    assert not Resource.objects.exists()
    return [error.get_text() for error in soup(response).select("#id_file_error .error")]


def filled_in(message, **values):
    for key, value in values.items():
        message = message.replace("{" + key + "}", value)
    return message


def test_the_file_input_carries_the_limits_in_the_pages_language(client, signed_in_partner):
    file = file_input(client)

    assert file["data-max-bytes"] == str(50 * 1024 * 1024)
    assert file["data-extensions"] == ".csv .docx .jpeg .jpg .mp4 .pdf .png .pptx .xlsx .zip"
    assert file["data-too-large-message"] == (
        "Ҳаҷми «{name}» {size} аст; файли мавод на зиёда аз 50,0\xa0МБ буда метавонад."
    )
    assert json.loads(file["data-size-units"])[1] == [1024 * 1024, "{n}\xa0МБ"]
    assert file["data-decimal-separator"] == ","
    # One file: no count to check.
    assert not file.has_attr("data-max-files")


def test_a_file_too_large_is_told_in_the_servers_words(client, post, signed_in_partner, settings):
    settings.RESOURCE_MAX_FILE_BYTES = 2 * 1024
    file = file_input(client)
    too_large = SimpleUploadedFile("guide.pdf", PDF + b"0" * 3000, "application/pdf")

    errors = server_errors(post, too_large)

    # 3,000 bytes and the PDF's head: 3.0 KB, as site.js writes it from the input.
    assert errors == [filled_in(file["data-too-large-message"], name="guide.pdf", size="3,0\xa0КБ")]


def test_a_file_of_another_kind_is_told_in_the_servers_words(client, post, signed_in_partner):
    file = file_input(client)

    errors = server_errors(post, SimpleUploadedFile("guide.odt", PDF))

    assert errors == [filled_in(file["data-wrong-kind-message"], name="guide.odt")]
