"""Settings for pytest: fast hashing, no outgoing mail, plain static storage."""

import os

from .base import *  # noqa: F403

# pytest-xdist runs the suite in worker processes gw0, gw1...: each keeps its files in
# folders of its own (pytest-django names each worker's PostgreSQL database).
TEST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")

SECRET_KEY = "test-only-key-not-used-anywhere-else"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    # A test database need not survive a crash: commits (the demo content's, the
    # browser tests') do not wait for the disk.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}  # noqa: F405
# Tests of pages read the database each time; tests/core/test_page_cache.py turns it on.
PAGE_CACHE_SECONDS = 0
# One process: what is cached under the content version lives as long as with Redis.
CONTENT_VERSION_SECONDS = 24 * 60 * 60
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the source folders: tests run without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Images and applicants' files written by the demo content the tests start from.
MEDIA_ROOT = LOCAL_DIR / "test-media" / TEST_WORKER  # noqa: F405
STORAGES["private"] = {  # noqa: F405
    "BACKEND": "applications.storage.PrivateFileSystemStorage",
    "OPTIONS": {"location": LOCAL_DIR / "test-private" / TEST_WORKER},  # noqa: F405
}
# Tests sign staff in directly; the tests of two-factor sign-in turn it on.
STAFF_TWO_FACTOR = False
