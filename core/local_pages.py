"""
Kept pages answered from this process's memory, without a round trip to Redis.

With Redis, each hit of the page cache asked it for the generation and the page: the
round trip cost as much as the rest of the hit. So each process also keeps the last
pages it served (each until the moment it expires in Redis) and the generation they
belong to, and listens on a Redis channel where every process that starts a new
generation says so (`announce`, after deleting the generation).

A process trusts its generation only while it listens: it subscribes before it reads
the generation, forgets everything it keeps as soon as a message is waiting, and asks
Redis on every request again if the channel breaks. Without Redis there is nothing to
do: the page cache is already in the process's memory.
"""

import pickle
import threading
import time
from collections import OrderedDict

from django.db import transaction

import redis

# The most pages one process keeps (a home page is about 4 KB compressed).
MOST_PAGES = 500


class LocalPages:
    """The pages one process keeps, for the Redis cache `backend` (core.cache.RedisCache)."""

    def __init__(self, backend, generation_key):
        self.backend = backend
        self.channel = backend.make_and_validate_key(generation_key)
        self._lock = threading.Lock()
        self._pages = OrderedDict()
        self._generation = None
        self._subscriber = None
        self._reconnected = False  # messages may have been missed meanwhile
        self._epoch = 0  # goes up whenever what this process trusted is forgotten

    def listen(self):
        """Make sure this process listens to the channel; an epoch to pass to `trust`."""
        with self._lock:
            if self._subscriber is None:
                self._subscribe()
            else:
                self._read_news()
            return self._epoch

    def trust(self, generation, epoch):
        """`generation` was read from Redis while listening since `epoch`: use it."""
        with self._lock:
            if self._subscriber is not None and epoch == self._epoch:
                self._generation = generation

    def page(self, key):
        """A copy of the page kept under `key`, if it is of the current generation."""
        with self._lock:
            if self._subscriber is None or self._read_news() or self._generation is None:
                return None
            kept = self._pages.get(key)
            if kept is None or kept[0] != self._generation or kept[1] <= time.time():
                return None
            self._pages.move_to_end(key)
            pickled = kept[2]
        return pickle.loads(pickled)  # noqa: S301 (what this process pickled itself)

    def keep(self, key, generation, expires_at, response):
        with self._lock:
            if generation != self._generation:
                return
            self._pages[key] = (generation, expires_at, pickle.dumps(response))
            self._pages.move_to_end(key)
            while len(self._pages) > MOST_PAGES:
                self._pages.popitem(last=False)

    def forget(self):
        with self._lock:
            self._forget()

    def announce(self):
        """Tell every process a new generation has started, now and once the
        transaction commits (the generation is deleted at both moments too)."""
        self.forget()
        self._publish()
        transaction.on_commit(self._publish)

    def _publish(self):
        self.backend._cache.get_client(write=True).publish(self.channel, "new generation")

    def _forget(self):
        self._pages.clear()
        self._generation = None
        self._epoch += 1

    def _subscribe(self):
        self._forget()
        subscriber = self.backend._cache.get_client(write=True).pubsub()
        try:
            subscriber.subscribe(self.channel)
            # Listening only once Redis has confirmed it.
            confirmed = subscriber.get_message(timeout=1)
        except redis.RedisError:
            subscriber.close()
            return
        if confirmed and confirmed["type"] == "subscribe":
            self._subscriber = subscriber
            # redis-py reconnects a broken channel by itself, silently: hear of it.
            subscriber.connection.register_connect_callback(self._on_reconnect)
        else:
            subscriber.close()

    def _on_reconnect(self, connection):
        self._reconnected = True

    def _read_news(self):
        """Whether a message was waiting (and so everything kept is forgotten)."""
        news = False
        try:
            while self._subscriber.get_message(timeout=0) is not None:
                news = True
        except redis.RedisError:
            self._subscriber.close()
            self._subscriber = None  # subscribes again on the next request
            news = True
        if self._reconnected:
            self._reconnected = False
            news = True
        if news:
            self._forget()
        return news


def local_pages(backend, generation_key):
    """The pages this process keeps for `backend`, or None where it is not Redis."""
    from core.cache import RedisCache

    if not isinstance(backend, RedisCache):
        return None
    kept = getattr(backend, "local_pages", None)
    if kept is None:
        kept = backend.local_pages = LocalPages(backend, generation_key)
    return kept
