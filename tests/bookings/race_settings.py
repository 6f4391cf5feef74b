"""The test settings, with the tables made straight from the models instead of by the
migrations (as pytest-django's --no-migrations does): a new PostgreSQL database for the
race in about 4 s instead of 25 s. `makemigrations --check` in `make test` keeps the
models and the migrations the same; the migrations' data (Wagtail's root page, the
first language) is made by tests.bookings.race itself."""

from bactria_site.settings.test import *  # noqa: F403


class NoMigrations:
    """MIGRATION_MODULES for every app: none."""

    def __contains__(self, app_label):
        return True

    def __getitem__(self, app_label):
        return None


MIGRATION_MODULES = NoMigrations()
