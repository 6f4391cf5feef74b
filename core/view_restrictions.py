"""
Whether any page of the site is private (a password, a login or a group to see it).

Wagtail asks every page served for the restrictions on it and its ancestors. Most
sites have none at all, so that answer is kept in the cache and the question is
asked only while some exist. Adding or removing a restriction forgets it at once.
"""

from django.core.cache import cache

from core.cache_versions import forget_now_and_after_commit

ANY_KEY = "page-view-restrictions:any"


def any_exist():
    found = cache.get(ANY_KEY)
    if found is None:
        from wagtail.models import PageViewRestriction

        found = PageViewRestriction.objects.exists()
        cache.set(ANY_KEY, found, timeout=None)
    return found


def forget(**kwargs):
    forget_now_and_after_commit(ANY_KEY)
