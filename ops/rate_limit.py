"""A limit on how often one address may post a public form, and on how often one
value (an email address) may set off an email.

Counted in the cache (Redis in production, so every app server shares the count;
process memory otherwise). django-ratelimit refuses the local-memory cache, which
the embedded default uses, so the site counts for itself: an add and an increment.
"""

import hashlib

from django.core.cache import cache

from ops.client_ip import client_ip


def over_limit(request, scope, limit, period):
    """Count this POST to `scope`; True once the address went over `limit` in `period` seconds."""
    key = f"{scope}:posts:{client_ip(request)}"
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period)
        count = 1
    return count > limit


def first_in(scope, value, period):
    """Whether `value` (an email address, say) is new to `scope` in the last `period`
    seconds; it counts as seen from now on. The cache holds a hash of the value, not
    the value."""
    key = f"{scope}:seen:" + hashlib.sha256(value.lower().encode()).hexdigest()
    return cache.add(key, True, timeout=period)
