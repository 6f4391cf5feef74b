"""
The text each object gives to translate, kept as a fingerprint, so that the translation
status report tells which translations are out of date in one query.

An object's text to translate is what wagtail-localize extracts from it to translate
(`extract_segments`, as a sync does): its translated fields' strings and their rich
text markup, the translatable objects they refer to, and the values translators may
override (links, images). A material's downloads, the text read from its files, its
themes and languages, a call's reviewers, the time something was saved are none of it.
A translation is out of date when the object's text differs from the text its
TranslationSource last took (created or synced): a sync would change what it is made from.

Extracting an object's segments reads the objects it refers to, a query or more each, so
the fingerprints (a SHA-256 of the segments, `TextFingerprint`) are taken when the text
may change: a page's when it is published, a snippet's when it is saved, a source's when
it is created or synced. The report takes those it finds missing (objects from before
fingerprints were kept) once, and keeps them.
"""

import hashlib
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db.models.signals import post_save

from wagtail.models import Page, TranslatableMixin
from wagtail.signals import page_published
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import SourceDeletedError, TranslationSource
from wagtail_localize.segments import (
    RelatedObjectSegmentValue,
    StringSegmentValue,
    TemplateSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments

from core.models import TextFingerprint


def fingerprint(instance):
    """A SHA-256 of the segments wagtail-localize extracts from `instance`, in order."""
    segments = [described(segment) for segment in extract_segments(instance)]
    text = json.dumps(segments, cls=DjangoJSONEncoder, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def described(segment):
    if isinstance(segment, StringSegmentValue):
        return ["string", segment.path, segment.string.data, segment.attrs]
    if isinstance(segment, TemplateSegmentValue):
        return ["template", segment.path, segment.format, segment.template]
    if isinstance(segment, RelatedObjectSegmentValue):
        return ["object", segment.path, segment.content_type.pk, segment.translation_key]
    return ["value", segment.path, segment.data]  # an OverridableSegmentValue


def source_fingerprint(source):
    """The fingerprint of the text `source` holds; None when its object is gone."""
    try:
        return fingerprint(source.as_instance())
    except SourceDeletedError:
        return None


def keep(translation_key, locale_id, **fingerprints):
    TextFingerprint.objects.update_or_create(
        translation_key=translation_key, locale_id=locale_id, defaults=fingerprints
    )


def page_was_published(sender, instance, **kwargs):
    keep(instance.translation_key, instance.locale_id, live=fingerprint(instance))


def saved(sender, instance, raw=False, **kwargs):
    if raw:  # loaded from a fixture
        return
    if sender is TranslationSource:
        found = source_fingerprint(instance)
        if found is not None:
            keep(instance.object_id, instance.locale_id, synced=found)
    elif issubclass(sender, TranslatableMixin) and sender in get_snippet_models():
        keep(instance.translation_key, instance.locale_id, live=fingerprint(instance))


def connect():
    page_published.connect(page_was_published, dispatch_uid="text-fingerprint-published")
    post_save.connect(saved, dispatch_uid="text-fingerprint-saved")


class Fingerprints:
    """The fingerprints of every object in `locale`, read in one query."""

    def __init__(self, locale):
        self.known = {
            found.translation_key: found
            for found in TextFingerprint.objects.filter(locale=locale).only(
                "translation_key", "live", "synced"
            )
        }

    def text_changed(self, instance, source):
        """The text `instance` gives to translate is not the text `source` last took."""
        found = self.known.get(instance.translation_key)
        live = found.live if found else ""
        synced = found.synced if found else ""
        if not live:
            live = fingerprint(instance.specific if isinstance(instance, Page) else instance)
            keep(instance.translation_key, instance.locale_id, live=live)
        if not synced:
            synced = source_fingerprint(TranslationSource.objects.get(pk=source.pk)) or ""
            keep(instance.translation_key, instance.locale_id, synced=synced)
        return live != synced
