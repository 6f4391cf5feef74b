"""The load test's applicant (loadtest/users.py) fills in a real call's form as the site accepts."""

import hashlib

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest
from bs4 import BeautifulSoup

from applications.models import Application
from loadtest.users import REFERENCE, fill_in
from tests.applications.conftest import open_call

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]


@pytest.mark.parametrize("language", ["en", "tg"])
def test_the_form_as_the_load_test_fills_it_in_makes_an_application(
    client, language, django_capture_on_commit_callbacks
):
    call = open_call(language)
    page = BeautifulSoup(client.get(call.url).content, "html.parser")

    data, files = fill_in(
        page.select_one("form[enctype='multipart/form-data']"), "load@example.org", 7
    )
    uploads = {
        name: SimpleUploadedFile(filename, content, content_type)
        for name, (filename, content, content_type) in files.items()
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(call.url, {**data, **uploads})

    assert response.status_code == 302
    application = Application.objects.get(email="load@example.org")
    received = client.get(response["Location"]).content.decode()
    assert REFERENCE.search(received)[0] == application.reference
    sent = {name: hashlib.sha256(content).hexdigest() for name, content, _type in files.values()}
    stored = {}
    for file in application.files.all():
        with file.file.open("rb") as handle:
            stored[file.original_name] = hashlib.sha256(handle.read()).hexdigest()
    assert stored == sent
    assert {name.rsplit(".", 1)[1] for name in sent} >= {"pdf", "jpg"}
