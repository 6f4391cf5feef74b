"""`/healthz` tells a load balancer whether the site can reach its database."""

from django.db import connections

import pytest

pytestmark = pytest.mark.django_db


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.fixture
def unreachable_database():
    """Swap in a real connection to a database server that is not there."""
    working = connections["default"]
    broken_settings = dict(working.settings_dict)
    if working.vendor == "sqlite":
        broken_settings["NAME"] = "/nonexistent-folder/db.sqlite3"
    else:
        broken_settings.update(HOST="127.0.0.1", PORT="9", CONN_HEALTH_CHECKS=False)
    broken = working.__class__(broken_settings, alias="default")
    connections["default"] = broken
    yield
    broken.close()
    connections["default"] = working


def test_healthz_answers_503_when_the_database_is_unreachable(client, unreachable_database):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"
