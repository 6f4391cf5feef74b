"""The Redis cache backend (core/cache.py) against the machine's real Redis."""

import uuid

from django.core.cache import caches

import pytest


@pytest.fixture
def redis_cache(settings):
    settings.CACHES = {
        "default": settings.CACHES["default"],
        "redis": {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"bactria-test-{uuid.uuid4().hex}",
        },
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
