"""The files of a material, with their versions.

A file belongs to all translations of a material (`resource_key` is the material's
`translation_key`). A new version replaces a file visibly: the old row stays, with
`replaced_at` set and `replaced_by` pointing at its successor. Files live in private
storage: they are served only by the download view, which checks access.
"""

import uuid
from pathlib import PurePosixPath

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from applications.storage import private_storage


def stored_name(instance, filename):
    """A name the server chooses: the material's folder and a random name."""
    extension = PurePosixPath(filename).suffix.lower()
    return f"resources/{instance.resource_key}/{uuid.uuid4().hex}{extension}"


class CurrentFiles(models.QuerySet):
    def current(self):
        return self.filter(replaced_at__isnull=True)


class ResourceFile(models.Model):
    resource_key = models.UUIDField(db_index=True, editable=False)
    file = models.FileField(storage=private_storage, upload_to=stored_name, max_length=200)
    name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField(_("size"))
    text = models.TextField(blank=True, editable=False)
    # A caution shown beside the file, such as "contains macros".
    warning = models.CharField(_("warning"), max_length=255, blank=True)
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A small picture of a PDF's first page (resources/covers.py): public, since the
    # catalogue and the material's page, which show it, are.
    cover = models.ImageField(_("cover"), upload_to="resource-covers/", blank=True, editable=False)
    replaced_at = models.DateTimeField(_("replaced"), null=True, blank=True)
    replaced_by = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="earlier_versions"
    )

    objects = CurrentFiles.as_manager()

    class Meta:
        verbose_name = _("file of a material")
        verbose_name_plural = _("files of materials")
        ordering = ["name", "-uploaded_at"]

    def __str__(self):
        return self.name

    @property
    def is_current(self):
        return self.replaced_at is None
