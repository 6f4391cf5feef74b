"""
Translate demo content the way staff do: through wagtail-localize.

Each object is translated with a wagtail-localize Translation whose strings are filled
from the catalogue demo/content/locale/<language>.po (msgid: the English segment as
Translation.export_po gives it; msgstr: its translation), so the demo pages show up in
the admin's translation editor as synced translations, like pages staff translate.
"""

from functools import cache

from django.db import transaction

from wagtail_localize.models import Translation, TranslationSource

import polib

from .data import CONTENT


class MissingDemoTranslation(Exception):
    """A segment of the demo content has no entry in its language's catalogue."""


def catalogue_path(language_code):
    return CONTENT / "locale" / f"{language_code}.po"


@cache
def catalogue(language_code):
    """English segment -> translation, from the language's .po file (empty if none)."""
    path = catalogue_path(language_code)
    if not path.exists():
        return {}
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)) if entry.translated()}


def translate(instance, locales):
    """Create the translations of `instance` into `locales` and publish them."""
    # One source for all the languages: wagtail-localize reads the instance's
    # segments once, and each Translation fills them from its language's catalogue.
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    for locale in locales:
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        po = translation.export_po()
        translations = catalogue(locale.language_code)
        missing = [entry.msgid for entry in po if entry.msgid not in translations]
        if missing:
            raise MissingDemoTranslation(
                f"No translation in {catalogue_path(locale.language_code)} for: {missing}"
            )
        for entry in po:
            entry.msgstr = translations[entry.msgid]
        with transaction.atomic():
            translation.import_po(po)
            translation.save_target(publish=True)  # publishes when this block commits
