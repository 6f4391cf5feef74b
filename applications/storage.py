"""Where applicants' files live: private storage, never under a public URL.

The `private` entry of settings.STORAGES: a folder outside MEDIA_ROOT by default
(PRIVATE_MEDIA_ROOT). Files are read back only through the permission-checked
download view in the admin.
"""

import uuid
from pathlib import PurePosixPath

from django.core.files.storage import FileSystemStorage, storages
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.functional import LazyObject, empty


class PrivateFileSystemStorage(FileSystemStorage):
    def __init__(self, **kwargs):
        kwargs["base_url"] = None
        super().__init__(**kwargs)

    def url(self, name):
        raise ValueError("Applicants' files have no public address.")


class PrivateStorage(LazyObject):
    """settings.STORAGES["private"], looked up again when the settings change (in tests)."""

    def _setup(self):
        self._wrapped = storages["private"]


private = PrivateStorage()


@receiver(setting_changed)
def forget_private_storage(setting, **kwargs):
    if setting == "STORAGES":
        private._wrapped = empty


def private_storage():
    return private


def stored_name(instance, filename):
    """A name the server chooses: the call's folder and a random name, no part of the upload's."""
    extension = PurePosixPath(filename).suffix.lower()
    return f"applications/{instance.application.call_key}/{uuid.uuid4().hex}{extension}"
