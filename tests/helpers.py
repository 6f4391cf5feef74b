"""Small helpers the tests share."""

import os
import uuid

from django.core.cache import cache

from wagtail.models import Page

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def page_at(language, *slugs):
    """The page at `/<language>/<slug>/<slug>/` of the demo site."""
    page = Page.objects.get(depth=2, locale__language_code=language)
    for slug in slugs:
        page = page.get_children().get(slug=slug)
    return page.specific


def admin_language(user, language):
    """The language `user` chose for the admin (their Wagtail profile's); "" for none."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def warm_query_count(client, url, django_assert_max_num_queries, limit):
    """Queries of a second request for `url` (the first fills Wagtail's caches and the
    menu's and footer's cached fragments, as for every visitor but the first)."""
    cache.clear()
    client.get(url)
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


# The machine's Redis database for the tests: 15, or 14 for pytest-xdist's worker gw1 and
# so on down, since clearing a Redis cache empties its whole database.
REDIS_DB = 15 - int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))


def redis_cache_settings():
    """A cache on the machine's Redis (database REDIS_DB), under keys of its own."""
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "KEY_PREFIX": f"bactria-test-{uuid.uuid4().hex}",
    }


def private_storage_in(settings, folder):
    """settings.STORAGES["private"] in `folder`: the private files of one test."""
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "applications.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": folder},
        },
    }
    return folder


def store_applicants_files_as_configured(monkeypatch):
    """Applicants' files go to settings.STORAGES["private"] as a test has just changed it
    (the file field reads its storage once, when the models load)."""
    from django.core.files.storage import storages

    from applications.models import ApplicationFile

    monkeypatch.setattr(ApplicationFile._meta.get_field("file"), "storage", storages["private"])
