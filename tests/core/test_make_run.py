"""The steps of `make run`, on a brand-new SQLite database, as a new user runs them."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def test_make_run_steps_build_a_working_site_from_nothing(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bactria_site.settings.dev",
        "LOCAL_DIR": str(tmp_path),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
    }
    env.pop("DATABASE_URL", None)

    def manage(*args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    manage("migrate", "--noinput")
    first = manage("load_demo_content")
    second = manage("load_demo_content")
    login = manage("ensure_demo_admin")

    assert "Jazz Academy" in first
    assert "already in place" in second
    password = (tmp_path / "demo-admin-password").read_text().strip()
    assert password in login
    assert "http://127.0.0.1:8000/admin/" in login
    with sqlite3.connect(tmp_path / "db.sqlite3") as db:
        titles = {row[0] for row in db.execute("SELECT title FROM wagtailcore_page")}
    assert {"Bactria Culture Centre", "Культурный центр «Бактрия»", "Академияи ҷаз"} <= titles
    assert (tmp_path / "secret_key").exists()
    assert len(list((tmp_path / "private" / "applications").rglob("*.pdf"))) == 4
