"""
Translate demo content the way staff do: through wagtail-localize.

Each object is translated with a wagtail-localize Translation whose strings are
filled from the demo phrasebook, so the demo pages show up in the admin's translation
editor as synced translations, exactly like pages staff translate themselves.
"""

from django.db import transaction

from wagtail_localize.models import Translation, TranslationSource

from .phrasebook import PHRASEBOOK


class MissingDemoTranslation(Exception):
    pass


def translate(instance, locale):
    """Create or update the translation of `instance` into `locale` and publish it."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    missing = []
    for entry in po:
        phrases = PHRASEBOOK.get(entry.msgid)
        if phrases is None or locale.language_code not in phrases:
            missing.append(entry.msgid)
        else:
            entry.msgstr = phrases[locale.language_code]
    if missing:
        raise MissingDemoTranslation(
            f"No {locale.language_code} translation in the demo phrasebook for: {missing}"
        )
    with transaction.atomic():
        translation.import_po(po)
        translation.save_target(publish=True)  # publishes when this block commits
    return instance.get_translation(locale)
