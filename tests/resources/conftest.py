"""Fixtures of the resource centre's tests."""

import pytest

from resources.models import ResourceFile


@pytest.fixture
def private_files(settings, tmp_path, monkeypatch):
    """Materials' files go to a fresh folder for each test."""
    from django.core.files.storage import storages

    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "applications.storage.PrivateFileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private"},
        },
    }
    monkeypatch.setattr(ResourceFile._meta.get_field("file"), "storage", storages["private"])
    return tmp_path / "private"


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """client.post, with what waits for the commit (queued mail) done after it."""

    def post(address, data=None, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(address, data, **kwargs)

    return post
