"""
Versions in the cache: what is cached under a version goes out of date all at once
when the version is deleted, without finding and deleting each entry.

Used by the page cache (core/page_cache.py, the site's content version) and the
events' stored dates (events/stored_dates.py).
"""

import uuid

from django.core.cache import cache
from django.db import transaction


def current_version(key, found=None):
    """The version under `key` (a new one if there is none); `found`: already read."""
    version = cache.get(key) if found is None else found
    if version is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        version = cache.get(key)
    return version


def forget_now_and_after_commit(key):
    """Delete `key` at once, and again when the transaction commits.

    Between the two, a request that read the database before the commit may have
    cached the old state under a new version; the second deletion drops it.
    """
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))
