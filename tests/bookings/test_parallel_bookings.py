"""No place is sold twice: 20 people book the last 5 places of a date at once.

Always on the machine's PostgreSQL (127.0.0.1:5432), in a database of its own that the
test makes and drops, whatever database the rest of the suite uses: SQLite cannot run
bookings side by side, and the row lock is what is tested. Its tables are made from the
models (tests/bookings/race_settings.py), in a fifth of the time the migrations take.
"""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg2
import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SERVER = {"host": "127.0.0.1", "port": 5432, "user": "postgres", "dbname": "postgres"}


def on_server(statement):
    server = psycopg2.connect(**SERVER)
    server.autocommit = True
    with server.cursor() as cursor:
        cursor.execute(statement)
    server.close()


@pytest.fixture
def postgres_site():
    database = f"bookings_race_{uuid.uuid4().hex[:8]}"
    on_server(f'CREATE DATABASE "{database}"')
    yield {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.bookings.race_settings",
        "DATABASE_URL": f"postgres://{SERVER['user']}@{SERVER['host']}:{SERVER['port']}/{database}",
    }
    on_server(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def run(env, *args):
    result = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_twenty_people_booking_the_last_five_places_at_once_get_five(postgres_site):
    run(postgres_site, "manage.py", "migrate", "--run-syncdb", "--noinput")

    outcome = json.loads(run(postgres_site, "-m", "tests.bookings.race").splitlines()[-1])

    assert outcome == {
        "booked": 5,
        "waiting": 15,
        "places_left": 0,
        "database": "postgresql",
        "errors": [],
    }
