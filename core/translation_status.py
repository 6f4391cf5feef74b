"""
Which pages exist in which language, and which translations are behind their source.

A translation is *outdated* when it is behind its English source: the source was
published after its text was last sent to translation ("Sync translated pages" in
wagtail-localize), or the synced text has not been published on the translated page.
"""

from dataclasses import dataclass

from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

MISSING, OUTDATED, CURRENT = "missing", "outdated", "current"


@dataclass
class Cell:
    language: str
    status: str
    page: Page | None
    action_url: str


@dataclass
class Row:
    page: Page
    cells: list


def translation_rows(locales=None):
    """One row per page in the default language, one cell per other language."""
    default = Locale.get_default()
    locales = locales or list(Locale.objects.exclude(pk=default.pk).order_by("language_code"))
    sources = list(
        Page.objects.filter(locale=default, depth__gt=1)
        .order_by("path")
        .only("title", "translation_key", "last_published_at", "locale_id", "depth", "path")
    )
    keys = [page.translation_key for page in sources]
    translated = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys, locale__in=locales).only(
            "title", "translation_key", "last_published_at", "locale_id"
        )
    }
    synced = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale=default)
    }
    return [
        Row(
            page,
            [cell(page, locale, translated, synced) for locale in locales],
        )
        for page in sources
    ]


def cell(page, locale, translated, synced):
    target = translated.get((page.translation_key, locale.pk))
    language = locale.language_code
    if target is None:
        return Cell(
            language,
            MISSING,
            None,
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        )
    source = synced.get(page.translation_key)
    if is_outdated(page, target, source):
        url = (
            reverse("wagtail_localize:update_translations", args=[source.pk])
            if source
            else reverse("wagtailadmin_pages:edit", args=[target.pk])
        )
        return Cell(language, OUTDATED, target, url)
    return Cell(language, CURRENT, target, reverse("wagtailadmin_pages:edit", args=[target.pk]))


def is_outdated(page, target, source):
    if page.last_published_at is None:
        return False
    if target.last_published_at is None:
        return True
    if source is None:  # translated by hand, outside wagtail-localize
        return target.last_published_at < page.last_published_at
    # The source changed since its text was last sent to translation, or the synced
    # text has not been published on the translated page yet.
    return page.last_published_at > source.last_updated_at or (
        target.last_published_at < source.last_updated_at
    )
