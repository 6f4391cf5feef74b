"""
Demo images drawn with Pillow when the demo is loaded (demo/drawings): instruments,
stages, classrooms, screens, people, and partners' wordmark logos. No downloads, a few
kilobytes each. Each image is described in English, and in Russian and Tajik from the
demo's catalogues (demo/content/locale/), for the pages in those languages.
"""

import io
from functools import cache

from django.core.files.images import ImageFile

from wagtail.models import Collection

import yaml

from core.models import CustomImage
from core.models.images import TRANSLATED_DESCRIPTION_FIELDS

from .data import CONTENT
from .drawings import draw, draw_logo
from .translate import catalogue

CREDIT = "Bactria Culture Centre"


def _media_collection():
    """Where staff upload (applications/migrations/0006): editors and planners may edit
    what is there. Migrations make it; a test database emptied between browser tests
    has none."""
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    return root.get_children().filter(name="Media").first() or root.add_child(name="Media")


def translated_descriptions(text):
    """The image's description fields in the site's other languages, holding `text`
    translated by the demo's catalogues."""
    return {field: catalogue(code)[text] for code, field in TRANSLATED_DESCRIPTION_FIELDS.items()}


def saved_image(title, description, picture, file_name, file_format="JPEG"):
    """The image called `title`, saved once from `picture`; found again on later runs."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    if file_format == "JPEG":
        picture.save(buffer, format="JPEG", quality=80, optimize=True)
    else:
        picture.save(buffer, format="PNG", optimize=True)
    image = CustomImage(
        title=title,
        description=description,
        **translated_descriptions(description),
        credit=CREDIT,
        collection=_media_collection(),
    )
    image.file = ImageFile(buffer, name=file_name)
    image.save()
    return image


@cache
def descriptions():
    """Subject -> what its drawing shows, from demo/content/images.yaml."""
    with (CONTENT / "images.yaml").open(encoding="utf-8") as file:
        return yaml.safe_load(file)


def demo_image(title, subject, size=(1200, 600)):
    """The drawing of `subject` (demo.drawings.SUBJECTS), with its description."""
    picture = draw(subject, tuple(size))
    return saved_image(title, descriptions()[subject], picture, f"{subject}.jpg")


def demo_logo(name, colour, size=(320, 160)):
    """The wordmark logo of the organisation `name`, described by the name (which the
    catalogues translate, as the organisation's own name)."""
    picture = draw_logo(name, tuple(size), colour)
    return saved_image(f"Logo: {name}", name, picture, "logo.png", "PNG")
