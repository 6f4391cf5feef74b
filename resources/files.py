"""
Adding a file to a material: `add_file` is the one way in, for staff in the admin,
partners' contributions and the import command alike.

The file is checked (resources/uploads.py), stored in private storage under a name the
server chooses in the material's folder (its translation key), its text read for search;
a replaced version stays, marked with when and by which file it was replaced. Every
translation of the material (the Resource rows sharing its translation key) gets the
text of its current files and is indexed again.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.search.index import insert_or_update_object

from core.uploads import plain_name
from resources.models import Resource, ResourceFile
from resources.text import extract_text
from resources.uploads import check_material_file, warning_of


def add_file(resource, upload, *, by, replaces=None):
    """Store `upload` as a file of `resource` (replacing the file `replaces`, a current file
    of the same material) and return the new ResourceFile. Raises ValidationError."""
    content_type = check_material_file(upload)
    key = resource.translation_key
    if replaces is not None and (replaces.resource_key != key or not replaces.is_current):
        raise ValidationError(_("Only a current file of this material can be replaced."))
    name = plain_name(upload.name)
    new = ResourceFile(
        resource_key=key,
        name=name,
        content_type=content_type,
        size=upload.size,
        text=extract_text(upload, content_type),
        warning=warning_of(upload, content_type),
        uploaded_by=by if by is not None and by.is_authenticated else None,
    )
    new.file.save(name, upload, save=False)
    try:
        with transaction.atomic():
            new.save()
            if replaces is not None:
                ResourceFile.objects.filter(pk=replaces.pk).update(
                    replaced_at=timezone.now(), replaced_by=new
                )
            resource.file_text = refresh_file_text(key)
    except BaseException:
        new.file.delete(save=False)
        raise
    return new


def refresh_file_text(resource_key):
    """Give every translation of the material the text of its current files, index them
    again, and return that text."""
    texts = (
        ResourceFile.objects.filter(resource_key=resource_key)
        .current()
        .values_list("text", flat=True)
    )
    file_text = "\n".join(text for text in texts if text)
    translations = Resource.objects.filter(translation_key=resource_key)
    translations.update(file_text=file_text)
    for translation in translations:
        insert_or_update_object(translation)
    return file_text
