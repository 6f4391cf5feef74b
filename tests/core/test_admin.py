"""Staff reach the Wagtail admin and edit the translatable footer there."""

from django.contrib.auth import get_user_model

import pytest

pytestmark = pytest.mark.django_db


def test_admin_login_page_loads(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert b'name="username"' in response.content
    assert b'name="password"' in response.content


def test_admin_is_closed_to_anonymous_visitors(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "x" * 16)
    client.force_login(user)
    return client


def test_staff_see_the_footer_of_each_language_in_the_admin(staff_client):
    response = staff_client.get("/admin/snippets/core/footer/")

    assert response.status_code == 200
    content = response.content.decode()
    for name in ("English", "Russian", "Tajik"):
        assert name in content


def test_admin_makes_no_calls_to_other_hosts(staff_client):
    content = staff_client.get("/admin/").content.decode()

    assert "gravatar.com" not in content
    assert "releases.wagtail.io" not in content
