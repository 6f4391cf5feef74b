"""`manage.py ensure_demo_admin` gives a new user a working login, never a fixed password."""

from django.contrib.auth import get_user_model
from django.core.management import call_command

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def local_dir(settings, tmp_path):
    settings.LOCAL_DIR = tmp_path
    return tmp_path


def test_creates_a_superuser_with_a_generated_password_and_says_how_to_log_in(
    local_dir, client, capsys
):
    call_command("ensure_demo_admin")

    password = (local_dir / "demo-admin-password").read_text().strip()
    assert len(password) >= 16
    assert (local_dir / "demo-admin-password").stat().st_mode & 0o077 == 0
    output = capsys.readouterr().out
    assert "/admin/" in output
    assert "'admin'" in output
    signed_in = client.post("/admin/login/", {"username": "admin", "password": password})
    assert signed_in["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_running_it_again_keeps_the_same_password(local_dir):
    call_command("ensure_demo_admin")
    first = (local_dir / "demo-admin-password").read_text()

    call_command("ensure_demo_admin")

    assert (local_dir / "demo-admin-password").read_text() == first
    assert get_user_model().objects.filter(username="admin").count() == 1


def test_two_checkouts_get_different_passwords(settings, tmp_path):
    passwords = []
    for name in ("one", "two"):
        settings.LOCAL_DIR = tmp_path / name
        get_user_model().objects.filter(username="admin").delete()
        call_command("ensure_demo_admin")
        passwords.append((tmp_path / name / "demo-admin-password").read_text())

    assert passwords[0] != passwords[1]
