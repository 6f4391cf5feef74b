"""Production settings refuse to start half-configured and pass Django's deploy checks."""

import os
import subprocess
import sys
from pathlib import Path

from django.core.cache import caches

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3y-for-the-deploy-check-only-9f8e7d6c5b4a3928171605f4e3d2c1b0a9"


def manage(*args, **env):
    clean_env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "REDIS_URL",
            "DJANGO_SETTINGS_MODULE",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    clean_env.update(DJANGO_SETTINGS_MODULE="bactria_site.settings.production", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_under_production_settings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="bactria.tj,www.bactria.tj",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", ALLOWED_HOSTS="bactria.tj")

    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", SECRET_KEY=STRONG_KEY)

    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_base_settings_are_safe_by_default():
    from bactria_site.settings import base

    assert base.DEBUG is False
    assert base.TIME_ZONE == "Asia/Dushanbe"
    assert base.USE_TZ is True
    assert base.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert base.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert "*" not in base.ALLOWED_HOSTS


def test_redis_url_selects_a_working_redis_cache():
    """With REDIS_URL set, the site's cache is the machine's real Redis server."""
    code = (
        "import django; django.setup();"
        "from django.core.cache import caches;"
        "cache = caches['default'];"
        "cache.set('bactria-settings-test', 'ok', 30);"
        "print(type(cache).__module__, cache.get('bactria-settings-test'))"
    )
    env = {
        **os.environ,
        "REDIS_URL": "redis://127.0.0.1:6379/15",
        "DJANGO_SETTINGS_MODULE": "bactria_site.settings.dev",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.core.cache.backends.redis", "ok"]


def frontend_cache_settings(**env):
    code = (
        "import django; django.setup(); from django.conf import settings;"
        "print('wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS,"
        " sorted(settings.WAGTAILFRONTENDCACHE))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bactria_site.settings.dev", **env}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_frontend_cache_is_purged_only_when_one_is_configured():
    assert frontend_cache_settings() == "False []"
    assert frontend_cache_settings(FRONTEND_CACHE_PURGE_URL="http://127.0.0.1:8080") == (
        "True ['http']"
    )
    assert frontend_cache_settings(CLOUDFLARE_ZONE_ID="zone", CLOUDFLARE_API_TOKEN="t") == (
        "True ['cloudflare']"
    )


def cached_content_lifetime(**env):
    code = (
        "import django; django.setup(); from django.conf import settings;"
        "print(settings.CONTENT_VERSION_SECONDS)"
    )
    outside = {name: value for name, value in os.environ.items() if name != "REDIS_URL"}
    env = {**outside, "DJANGO_SETTINGS_MODULE": "bactria_site.settings.dev", **env}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


def test_without_redis_another_workers_publish_shows_within_a_minute():
    """Each worker's memory holds its own fragments: they live a minute at most."""
    assert cached_content_lifetime() == 60
    assert cached_content_lifetime(REDIS_URL="redis://127.0.0.1:6379/15") == 24 * 60 * 60


def test_without_redis_url_the_cache_is_local_memory():
    assert type(caches["default"]).__name__ == "LocMemCache"


@pytest.mark.django_db
def test_database_follows_database_url():
    from django.db import connection

    expected = (
        "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    )
    assert connection.vendor == expected
