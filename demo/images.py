"""
Demo images drawn here with Pillow: no downloads, a few kilobytes each. Abstract
patterns in the centre's colours, so no one mistakes them for real photographs.
"""

import io
import random

from django.core.files.images import ImageFile

from wagtail.models import Collection

from PIL import Image, ImageDraw

from core.models import CustomImage

PALETTES = [
    ["#a8442a", "#f1e8da", "#1f1a17", "#d9a441"],
    ["#1f4a7a", "#e2ecf8", "#a8442a", "#f5d491"],
    ["#2f6b4f", "#dcefdc", "#1f1a17", "#d9a441"],
    ["#6b2f5f", "#f3e4ef", "#d9a441", "#1f1a17"],
]


def _draw(seed, size):
    rng = random.Random(seed)  # noqa: S311 - a fixed seed for repeatable pictures, not security
    palette = PALETTES[rng.randrange(len(PALETTES))]
    width, height = size
    image = Image.new("RGB", size, palette[1])
    draw = ImageDraw.Draw(image)
    for _ in range(14):
        colour = palette[rng.randrange(len(palette))]
        radius = rng.randint(height // 8, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        if rng.random() < 0.5:
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
        else:
            draw.rectangle((x - radius, y - radius // 3, x + radius, y + radius // 3), fill=colour)
    return image


def _media_collection():
    """Where staff upload (applications/migrations/0006): editors and planners may edit
    what is there. Migrations make it; a test database emptied between browser tests
    has none."""
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    return root.get_children().filter(name="Media").first() or root.add_child(name="Media")


def demo_image(title, seed, size=(1200, 600)):
    """The demo image called `title`, drawn and saved once; found again on later runs."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    _draw(seed, tuple(size)).save(buffer, format="JPEG", quality=70, optimize=True)
    image = CustomImage(title=title, credit="Demo illustration", collection=_media_collection())
    image.file = ImageFile(buffer, name=f"demo-{seed}.jpg")
    image.save()
    return image
