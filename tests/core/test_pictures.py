"""
Images in pages: the project's image tags write what Wagtail's write, and a page
whose renditions are in the cache reads them without writing them back.
"""

from django.template import engines

from wagtail.images.tests.utils import get_test_image_file

import pytest

from core.models import CustomImage
from core.renditions import SHARING_IMAGE
from programmes.models import ProgrammePage

pytestmark = pytest.mark.django_db

TAGS = (
    '{% picture image format-webp fill-{320x180,640x360} sizes="100vw" alt="" class="c" %}'
    '{% image image fill-96x96 format-webp alt="" loading="lazy" %}'
    '{% srcset_image image width-{240,480} sizes="50vw" %}'
    "{% image image width-800 as full %}{{ full.url }} {{ full.width }}"
)


def rendered(library, image):
    return (
        engines["django"].from_string("{% load " + library + " %}" + TAGS).render({"image": image})
    )


@pytest.fixture
def image():
    return CustomImage.objects.create(title="Stage", file=get_test_image_file())


def test_the_image_tags_write_what_wagtails_write_each_time(image):
    wagtails = rendered("wagtailimages_tags", image)

    assert rendered("pictures", image) == wagtails
    assert rendered("pictures", image) == wagtails  # their kept filters, a second time
    assert "<picture>" in wagtails and "640w" in wagtails and "480w" in wagtails


def test_the_image_tags_refuse_a_filter_they_do_not_know_as_wagtails_do():
    from django.template import TemplateSyntaxError

    with pytest.raises(TemplateSyntaxError, match="filter specs in image tags"):
        engines["django"].from_string("{% load pictures %}{% picture image fill-{a*b} %}")


@pytest.fixture
def cache_writes(monkeypatch):
    """Every entry written to the cache where Wagtail keeps renditions."""
    from core.models import CustomRendition

    backend = CustomRendition.cache_backend
    written = []
    set_many, set_one = backend.set_many, backend.set

    def spy_many(data, *args, **kwargs):
        written.extend(data)
        return set_many(data, *args, **kwargs)

    def spy_one(key, *args, **kwargs):
        written.append(key)
        return set_one(key, *args, **kwargs)

    monkeypatch.setattr(backend, "set_many", spy_many)
    monkeypatch.setattr(backend, "set", spy_one)
    return written


def test_renditions_found_in_the_cache_are_not_written_back(client, image, cache_writes):
    academy = ProgrammePage.objects.get(locale__language_code="en", slug="jazz-academy")
    academy.hero_image = image
    academy.save_revision().publish()
    first = client.get(academy.url)
    assert 'class="hero__image"' in first.content.decode()
    assert any("fill-960x400" in key for key in cache_writes)  # made, then kept
    cache_writes.clear()

    again = client.get(academy.url)

    assert again.content == first.content
    assert cache_writes == []


def test_the_sharing_image_is_one_rendition_read_from_the_cache_after_the_first_time(
    image, cache_writes
):
    first = image.get_rendition(SHARING_IMAGE)
    assert first.filter_spec == "fill-1200x630|format-jpeg" and first.url.endswith(".jpg")
    cache_writes.clear()

    again = CustomImage.objects.get(pk=image.pk).get_rendition(SHARING_IMAGE)

    assert again.url == first.url
    assert cache_writes == []
