"""Pages travel compressed to browsers that accept it; applicants' files go as they are."""

from django.contrib.auth import get_user_model
from django.urls import reverse

import pytest

from applications.models import ApplicationFile

pytestmark = pytest.mark.django_db


def test_a_page_is_compressed_for_a_browser_that_accepts_gzip(client):
    plain = client.get("/tg/")
    compressed = client.get("/tg/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert compressed["Content-Encoding"] == "gzip"
    assert len(compressed.content) < len(plain.content) / 2
    assert "Accept-Encoding" in compressed["Vary"]


def test_an_applicants_file_is_downloaded_as_it_was_sent(client):
    file = ApplicationFile.objects.filter(original_name__endswith=".pdf").first()
    staff = get_user_model().objects.create_superuser("planner", "p@example.org", "x" * 16)
    client.force_login(staff)

    response = client.get(
        reverse("applications_admin:file", args=[file.pk]), HTTP_ACCEPT_ENCODING="gzip"
    )

    assert response.status_code == 200
    assert "Content-Encoding" not in response
    assert b"".join(response.streaming_content).startswith(b"%PDF")
