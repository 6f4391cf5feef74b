from django.conf import settings
from django.utils import translation

import pytest

from demo.loader import load_demo_content
from tests.snapshot import Snapshot

DEMO_DATABASE = Snapshot()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The slow tests that use no test database (a subprocess, a database of their own)
    first: started last, one of them keeps a parallel run waiting on a single worker.
    pytest-django has put the database tests before the transactional ones (which
    empty the database after them); a stable sort keeps that order."""
    items.sort(
        key=lambda item: (
            not (item.get_closest_marker("slow") and not item.get_closest_marker("django_db"))
        )
    )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site: three languages, home pages, programmes."""
    with django_db_blocker.unblock():
        load_demo_content()
        DEMO_DATABASE.take()


@pytest.fixture
def demo_database(transactional_db):
    """For a test that commits (a browser test): the demo site as it was first loaded.
    The test before it left an empty database behind (Django empties it after each)."""
    DEMO_DATABASE.restore()


@pytest.fixture
def home_pages(db):
    from home.models import HomePage

    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: its database changes are rolled back after it."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the site's default language: Django's LocaleMiddleware
    activates each request's language (a page under /ru/, a browser asking for Russian)
    in the test's thread and nothing resets it, so one test's last request would set the
    language of the next test's messages."""
    translation.activate(settings.LANGUAGE_CODE)
