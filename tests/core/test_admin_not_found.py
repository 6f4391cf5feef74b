"""An admin address that finds nothing answers the admin's "not found" where it was
asked, never a redirect to the public site under a language prefix."""

from django.contrib.auth import get_user_model

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "address",
    [
        "/admin/applications/inspect/999999/",
        "/admin/no-such-admin-page/",
    ],
)
def test_a_missing_admin_address_is_not_found_where_it_was_asked(client, address):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "x" * 16)
    client.force_login(user)

    response = client.get(address, HTTP_ACCEPT_LANGUAGE="ru")

    assert response.status_code == 404
    assert "Location" not in response


def test_public_pages_keep_their_language_prefix(client):
    assert client.get("/en/").status_code == 200
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="tg")["Location"] == "/tg/"
