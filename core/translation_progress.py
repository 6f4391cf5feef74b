"""
How far wagtail-localize has got with each translation, read in a fixed number of queries.

wagtail-localize keeps the English text it sends to translation in a TranslationSource
(updated by "Sync translated pages"/"Sync translated snippets"), cut into StringSegments;
a translator's work is a StringTranslation of a segment's string, per language. A
Translation links the source to each language it is translated into.
"""

from django.db.models import Count, Exists, OuterRef

from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from core.text_fingerprints import Fingerprints


class LocalizeProgress:
    """What wagtail-localize knows of every source in `default`, for the `locales`."""

    def __init__(self, default, locales):
        self.sources = {
            source.object_id: source
            for source in TranslationSource.objects.filter(locale=default).only(
                "pk", "object_id", "last_updated_at"
            )
        }
        self.translations = set(
            Translation.objects.filter(source__locale=default, enabled=True).values_list(
                "source_id", "target_locale_id"
            )
        )
        self.fingerprints = Fingerprints(default)
        self.segments = segment_counts(default, locales)

    def source(self, translation_key):
        return self.sources.get(translation_key)

    def is_translated_with_localize(self, source, locale):
        return (source.pk, locale.pk) in self.translations

    def progress(self, source, locale):
        """(translated, total) segments of the source's current text in `locale`."""
        return self.segments.get((source.pk, locale.pk), (0, 0))

    def text_changed(self, instance, source):
        """The text to translate changed since `source` last took it (core/text_fingerprints.py)."""
        return self.fingerprints.text_changed(instance, source)


def segment_counts(default, locales):
    """{(source pk, locale pk): (translated, total)}, counted as wagtail-localize counts."""
    translated_in = {
        f"translated_{locale.pk}": Count(
            "pk",
            filter=Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=locale.pk,
                    has_error=False,
                )
            ),
        )
        for locale in locales
    }
    rows = (
        StringSegment.objects.filter(source__locale=default)
        .values("source_id")
        .annotate(total=Count("pk"), **translated_in)
        .order_by()
    )
    return {
        (row["source_id"], locale.pk): (row[f"translated_{locale.pk}"], row["total"])
        for row in rows
        for locale in locales
    }
