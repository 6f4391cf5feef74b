"""Where applicants' files live: private storage, never under a public URL.

The `private` entry of settings.STORAGES: a folder outside MEDIA_ROOT by default
(PRIVATE_MEDIA_ROOT). Files are read back only through the permission-checked
download view in the admin.
"""

import uuid
from pathlib import PurePosixPath

from django.core.files.storage import FileSystemStorage, storages


class PrivateFileSystemStorage(FileSystemStorage):
    def __init__(self, **kwargs):
        kwargs["base_url"] = None
        super().__init__(**kwargs)

    def url(self, name):
        raise ValueError("Applicants' files have no public address.")


def private_storage():
    """settings.STORAGES["private"]; Django calls this once, when the models load."""
    return storages["private"]


def stored_name(instance, filename):
    """A name the server chooses: the call's folder and a random name, no part of the upload's."""
    extension = PurePosixPath(filename).suffix.lower()
    return f"applications/{instance.application.call_key}/{uuid.uuid4().hex}{extension}"
