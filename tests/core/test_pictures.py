"""
Images in pages: the project's image tags write what Wagtail's write, and a page
whose renditions are in the cache reads them without writing them back.
"""

import re

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


@pytest.fixture
def rendition_reads(monkeypatch):
    """Every rendition key read from the cache where Wagtail keeps renditions."""
    from core.models import CustomRendition

    backend = CustomRendition.cache_backend
    read = []
    get_many = backend.get_many

    def spy(keys, *args, **kwargs):
        read.extend(key for key in keys if key.startswith("wagtail-rendition-"))
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(backend, "get_many", spy)
    return read


def rendition_queries(captured, image):
    """The queries in `captured` that read renditions of `image`."""
    of_image = re.compile(rf'"image_id" (= {image.pk}\b|IN \([^)]*\b{image.pk}\b)')
    return [q["sql"] for q in captured if "rendition" in q["sql"] and of_image.search(q["sql"])]


def test_a_routed_page_is_kept_with_its_images_renditions(client, image, rendition_reads):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core.models import CustomRendition

    academy = ProgrammePage.objects.get(locale__language_code="en", slug="jazz-academy")
    academy.hero_image = image
    academy.save_revision().publish()
    # Kept while routing before its renditions were made: they are made once.
    first = client.get(academy.url)
    made = CustomRendition.objects.count()
    assert made >= 4  # three sizes of the hero and the sharing image

    assert client.get(academy.url).content == first.content
    assert CustomRendition.objects.count() == made
    academy.save_revision().publish()  # kept again, now with the renditions
    client.get(academy.url)
    rendition_reads.clear()

    with CaptureQueriesContext(connection) as captured:
        again = client.get(academy.url)

    assert again.content == first.content
    assert rendition_reads == [] and rendition_queries(captured, image) == []


def test_renditions_missing_from_those_read_with_an_image_are_found_not_made_again(
    image, monkeypatch
):
    from django.db.models import prefetch_related_objects

    specs = ("width-100", "width-200", "width-300")
    kept = CustomImage.objects.get(pk=image.pk)
    prefetch_related_objects([kept], "renditions")  # none made yet
    made = image.get_renditions(*specs)  # then made, after the image was read
    processed = []
    generate = CustomImage.generate_rendition_file

    def spy(self, filter, **kwargs):
        processed.append(filter.spec)
        return generate(self, filter, **kwargs)

    monkeypatch.setattr(CustomImage, "generate_rendition_file", spy)

    found = kept.get_renditions(*specs)

    assert [found[spec].url for spec in specs] == [made[spec].url for spec in specs]
    assert processed == []  # Wagtail's own lookup would resize the image three times
