from wagtail.models import Locale

import pytest

from resources.models import Resource, ResourceFile, ResourceKind
from tests.helpers import private_storage_in


@pytest.fixture
def private_files(settings, tmp_path, monkeypatch):
    """Materials' files go to a fresh private folder for each test."""
    from django.core.files.storage import storages

    folder = private_storage_in(settings, tmp_path / "private")
    monkeypatch.setattr(ResourceFile._meta.get_field("file"), "storage", storages["private"])
    return folder


def a_material(title="Gender budgeting", language="en", **fields):
    return Resource.objects.create(
        title=title,
        summary=fields.pop("summary", "How districts plan budgets with women's groups."),
        kind=fields.pop("kind", ResourceKind.REPORT),
        locale=Locale.objects.get(language_code=language),
        **fields,
    )


def translated(resource, language):
    """The material's translation into `language`, as wagtail-localize makes it."""
    copy = resource.copy_for_translation(Locale.objects.get(language_code=language))
    copy.save()
    return copy
