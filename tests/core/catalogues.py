"""The libraries' gettext catalogues, as the tests of the project's own catalogues for
the admin (tests/core/test_admin_russian.py, test_admin_tajik.py) read them."""

from pathlib import Path

import django
from django.apps import apps
from django.conf import settings

import polib

PROJECT = Path(settings.BASE_DIR)
# Where pip installed the libraries: inside PROJECT when the virtualenv is (.venv).
SITE_PACKAGES = Path(django.__file__).parents[1]


def library_catalogues(language, domain="django"):
    """The compiled catalogues of Django and of every installed app that is not ours:
    those Django reads (Django's own admin, not installed, is not among them). The
    domain "djangojs" holds the words of their scripts."""
    folders = [Path(django.__file__).parent / "conf" / "locale"]
    folders += [
        Path(app.path) / "locale"
        for app in apps.get_app_configs()
        if Path(app.path).is_relative_to(SITE_PACKAGES)
        or not Path(app.path).is_relative_to(PROJECT)
    ]
    for folder in folders:
        path = folder / language / "LC_MESSAGES" / f"{domain}.mo"
        if path.exists():
            yield path


def translated_by_libraries(language, domain="django"):
    """(context, message) of each message a library has in `language`."""
    return {
        (entry.msgctxt, entry.msgid)
        for path in library_catalogues(language, domain)
        for entry in polib.mofile(str(path))
        if entry.msgid
    }


def libraries_english(domain="django", package="**"):
    """(context, message) of each message of the installed libraries (or of one
    `package`, "wagtail_localize"), in English."""
    return {
        (entry.msgctxt, entry.msgid)
        for path in SITE_PACKAGES.glob(f"{package}/locale/en/LC_MESSAGES/{domain}.po")
        for entry in polib.pofile(str(path))
    }
