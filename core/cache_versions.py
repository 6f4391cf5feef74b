"""
Versions kept in the cache: what is cached under a version goes stale all at once
when the version is forgotten, without finding and deleting each entry.

Used by the page cache (core/page_cache.py), the navigation (core/navigation.py) and
the private-page flag (core/view_restrictions.py).

An entry stored under a version never changes: a change makes a new version, and the
entry is computed again under it. So `get_entry` keeps what it has read in this
process's memory too (the "versioned" cache): the version itself is read from the
shared cache on every request, the entries under it only the first time.
"""

import uuid

from django.core.cache import cache, caches
from django.db import transaction


def current_version(key, found=None):
    """The version under `key` (a new one if there is none); `found`: already read."""
    version = cache.get(key) if found is None else found
    if version is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        version = cache.get(key)
    return version


def forget_now_and_after_commit(key):
    """Forget `key` at once, and again when the transaction commits.

    Between the two, a request that read the database before the commit may have
    kept the old state under a new version; the second forgetting drops it.
    """
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def get_entry(key):
    """The entry under `key` (a key that names its version), or None."""
    return get_entries([key]).get(key)


def get_entries(keys):
    """The entries under those of `keys` that have one: from this process's memory,
    then those it does not have from the shared cache, in one round trip."""
    kept = caches["versioned"]
    found = kept.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        shared = cache.get_many(missing)
        for key, value in shared.items():
            kept.set(key, value, timeout=ENTRY_SECONDS)
        found.update(shared)
    return found


def set_entry(key, value, timeout):
    cache.set(key, value, timeout=timeout)
    caches["versioned"].set(key, value, timeout=min(timeout, ENTRY_SECONDS))


# How long a process keeps an entry it has read: a version seldom lasts longer.
ENTRY_SECONDS = 60 * 60
