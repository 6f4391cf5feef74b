"""The Redis cache backend (core/cache.py) against the machine's real Redis."""

from django.core.cache import caches

import pytest

from tests.helpers import redis_cache_settings


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = {
        "default": settings.CACHES["default"],
        "redis": redis_cache_settings(),
    }
    cache = caches["redis"]
    yield cache
    cache.delete_many(["page", "generation"])


def test_values_go_in_and_come_out_through_one_kept_client(redis_cache):
    redis_cache.set("page", {"title": "Ҷоизаи мусиқии Боб"}, timeout=60)
    redis_cache.set("generation", "a1", timeout=None)

    found = redis_cache.get_many(["page", "generation", "missing"])

    assert found == {"page": {"title": "Ҷоизаи мусиқии Боб"}, "generation": "a1"}
    assert redis_cache._cache.get_client() is redis_cache._cache.get_client(write=True)
    redis_cache.delete("page")
    assert redis_cache.get("page") is None
