"""`/healthz` tells a load balancer whether the site reaches its database, cache and files;
`/healthz/mail` tells a monitor about mail, apart."""

from django.db import connections

import pytest

from tests.helpers import redis_cache_settings

pytestmark = pytest.mark.django_db


def test_healthz_answers_200_when_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "storage": "ok"}
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


def test_healthz_answers_503_when_the_cache_is_unreachable(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
        },
    }

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["cache"] == "unavailable"
    assert response.json()["database"] == "ok"


def test_healthz_uses_the_real_redis_when_configured(client, settings):
    settings.CACHES = {**settings.CACHES, "default": redis_cache_settings()}

    assert client.get("/healthz").json()["cache"] == "ok"


def test_a_mail_server_that_is_down_fails_the_mail_check_only(client, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2

    mail = client.get("/healthz/mail")
    site = client.get("/healthz")

    assert mail.status_code == 503
    assert mail.json() == {"mail": "unavailable", "waiting": 0}
    assert site.status_code == 200


def test_the_mail_check_passes_when_mail_can_be_sent(client):
    response = client.get("/healthz/mail")

    assert (response.status_code, response.json()["mail"]) == (200, "ok")
