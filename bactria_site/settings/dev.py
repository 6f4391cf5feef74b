"""Settings for `make run`: a developer's machine, SQLite and local files by default."""

import secrets

from .base import *  # noqa: F403
from .base import LOCAL_DIR
from .env import env_bool, env_int

DEBUG = True
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# One process: the local-memory page cache sees every publish (see base.py).
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Notices of changes of plan also go to the log, as a text message would (bookings/senders.py).
BOOKING_NOTICE_SENDERS = [
    "bookings.senders.EmailSender",
    "bookings.senders.ConsoleSender",
]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# The demo admin signs in with its password alone; STAFF_TWO_FACTOR=true tries the codes.
STAFF_TWO_FACTOR = env_bool("STAFF_TWO_FACTOR", False)


def _local_secret_key():
    """A key generated once per checkout and kept in the git-ignored .local/ folder."""
    path = LOCAL_DIR / "secret_key"
    if not path.exists():
        LOCAL_DIR.mkdir(exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = SECRET_KEY or _local_secret_key()  # noqa: F405
