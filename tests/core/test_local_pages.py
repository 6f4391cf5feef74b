"""
With Redis, each process answers the pages it has kept from its own memory
(core.local_pages), and forgets them the moment any process starts a new generation.
Against the machine's real Redis; "another worker" is what such a process sends it.
"""

import time

from django.core.cache import caches

from wagtail.models import Page

import pytest
import redis

from core.page_cache import GENERATION_KEY
from tests.helpers import page_at, redis_cache_settings, soup

pytestmark = pytest.mark.django_db

ACADEMY = "/en/programmes/jazz-academy/"


@pytest.fixture
def redis_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.CACHES = {
        **settings.CACHES,
        "default": redis_cache_settings(),
    }
    cache = caches["default"]
    yield cache
    cache.clear()


def heading(response):
    return soup(response).h1.get_text(strip=True)


def redis_entries(cache):
    return redis.Redis(db=15).keys(f"{cache.key_prefix}:*page-cache:*")


def another_worker_renames_the_academy(cache, title):
    """The database changes and the generation is forgotten by another process,
    which says so on the channel: nothing reaches this process's memory."""
    Page.objects.filter(pk=page_at("en", "programmes", "jazz-academy").pk).update(title=title)
    server = redis.Redis(db=15)
    server.delete(cache.make_key(GENERATION_KEY))
    server.publish(cache.make_key(GENERATION_KEY), "new generation")
    time.sleep(0.05)  # on the loopback the message arrives within microseconds


def test_a_kept_page_is_answered_from_this_process_without_redis(
    client, redis_page_cache, django_assert_num_queries
):
    first = client.get(ACADEMY)
    assert first["X-Page-Cache"] == "miss"
    assert redis_entries(redis_page_cache)

    # What Redis holds is gone (evicted, say): this process still has the page.
    redis.Redis(db=15).delete(*redis_entries(redis_page_cache))
    with django_assert_num_queries(0):
        again = client.get(ACADEMY)

    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content


def test_a_publish_in_this_process_shows_at_once(client, redis_page_cache):
    client.get(ACADEMY)
    assert client.get(ACADEMY)["X-Page-Cache"] == "hit"

    programme = page_at("en", "programmes", "jazz-academy")
    programme.title = "Jazz Academy 2027"
    programme.save_revision().publish()

    assert heading(client.get(ACADEMY)) == "Jazz Academy 2027"


def test_a_new_generation_started_by_another_worker_shows_at_once(client, redis_page_cache):
    client.get(ACADEMY)
    assert client.get(ACADEMY)["X-Page-Cache"] == "hit"

    another_worker_renames_the_academy(redis_page_cache, "Academy of Jazz")

    response = client.get(ACADEMY)
    assert response["X-Page-Cache"] == "miss"
    assert heading(response) == "Academy of Jazz"


def test_without_the_channel_each_request_asks_redis_again(client, redis_page_cache):
    client.get(ACADEMY)
    assert client.get(ACADEMY)["X-Page-Cache"] == "hit"
    # The channel breaks (Redis restarted, say); redis-py will reconnect it silently.
    channel = redis_page_cache.local_pages._subscriber.connection._sock.getsockname()
    redis.Redis(db=15).client_kill_filter(_type="pubsub", addr=f"{channel[0]}:{channel[1]}")

    # Another worker forgets the generation and its message is lost with the channel.
    Page.objects.filter(pk=page_at("en", "programmes", "jazz-academy").pk).update(
        title="Academy of Jazz"
    )
    redis.Redis(db=15).delete(redis_page_cache.make_key(GENERATION_KEY))
    time.sleep(0.05)

    assert heading(client.get(ACADEMY)) == "Academy of Jazz"
    # Listening again, it keeps pages again.
    assert client.get(ACADEMY)["X-Page-Cache"] == "hit"


def test_a_page_is_kept_here_no_longer_than_in_redis(client, redis_page_cache, settings):
    settings.PAGE_CACHE_SECONDS = 1
    client.get(ACADEMY)
    assert client.get(ACADEMY)["X-Page-Cache"] == "hit"

    time.sleep(1.1)

    assert client.get(ACADEMY)["X-Page-Cache"] == "miss"
