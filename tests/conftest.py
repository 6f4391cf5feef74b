import pytest

from demo.loader import load_demo_content


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site: three languages, home pages, programmes."""
    with django_db_blocker.unblock():
        load_demo_content()


@pytest.fixture
def home_pages(db):
    from home.models import HomePage

    return {page.locale.language_code: page for page in HomePage.objects.select_related("locale")}


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: its database changes are rolled back after it."""
    from django.core.cache import cache

    cache.clear()
