"""A cover for a PDF material: a small picture of its first page, made once and stored.

The picture is public (default storage), since the catalogue and the material's page that
show it are: it is made only for a file of an approved material. A file that cannot be
read gets no cover, and the material shows none; nothing fails.
"""

import io
import logging
import uuid

from django.core.files.base import ContentFile
from django.db import transaction

import pypdfium2

from resources.models import Resource, ResourceFile, ResourceStatus

logger = logging.getLogger(__name__)

PDF = "application/pdf"
# Wide enough for a card on a phone (twice its 120 CSS pixels), light on a slow line.
COVER_WIDTH = 240
JPEG_QUALITY = 70


def first_page_picture(file):
    """A JPEG of the first page of the PDF `file` (open for reading), COVER_WIDTH wide."""
    document = pypdfium2.PdfDocument(file.read())
    try:
        page = document[0]
        scale = COVER_WIDTH / page.get_width()
        image = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()
    if image.width != COVER_WIDTH:  # pdfium rounds the page's size up
        image = image.resize((COVER_WIDTH, round(image.height * COVER_WIDTH / image.width)))
    output = io.BytesIO()
    image.save(output, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return output.getvalue()


def make_cover(resource_file):
    """Store the cover of a PDF file that has none; return whether one was made."""
    if resource_file.cover or resource_file.content_type != PDF:
        return False
    try:
        with resource_file.file.open("rb") as file:
            picture = first_page_picture(file)
    except Exception:  # a broken or hostile PDF: no cover, never a failed request
        logger.warning("No cover for the file of a material (id %s)", resource_file.pk)
        return False
    resource_file.cover.save(f"{uuid.uuid4().hex}.jpg", ContentFile(picture), save=False)
    ResourceFile.objects.filter(pk=resource_file.pk).update(cover=resource_file.cover.name)
    return True


def make_covers(resource_key):
    """Covers for the current PDF files of an approved material that have none."""
    if not Resource.objects.filter(
        translation_key=resource_key, status=ResourceStatus.APPROVED
    ).exists():
        return
    for resource_file in ResourceFile.objects.current().filter(
        resource_key=resource_key, content_type=PDF, cover=""
    ):
        make_cover(resource_file)


def file_saved(sender, instance, **kwargs):
    if instance.content_type == PDF and not instance.cover:
        transaction.on_commit(lambda: make_covers(instance.resource_key))


def material_saved(sender, instance, **kwargs):
    if instance.is_approved:
        transaction.on_commit(lambda: make_covers(instance.translation_key))
