"""An event's dates and recurrence stay the same in every language: synced, not re-entered."""

import datetime

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

import pytest
import recurrence

from events.models import EventPage

pytestmark = pytest.mark.django_db


def sync_translations(page):
    """What "Sync translated pages" does in the admin."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    for translation in Translation.objects.filter(source=source):
        translation.save_target(publish=True)


def test_changing_the_english_class_moves_it_in_russian_and_tajik_too():
    english = EventPage.objects.get(locale__language_code="en", slug="jazz-academy-ensemble-class")
    new_start = english.start + datetime.timedelta(days=1, hours=1)
    english.start = new_start
    english.end = new_start + datetime.timedelta(hours=2)
    english.recurrences = recurrence.Recurrence(
        rrules=[recurrence.Rule(recurrence.WEEKLY, byday=[recurrence.WE])]
    )
    english.save_revision().publish()

    sync_translations(english)

    for language in ("ru", "tg"):
        translated = english.get_translation(Locale.objects.get(language_code=language))
        assert translated.start == new_start
        assert translated.end == new_start + datetime.timedelta(hours=2)
        (rule,) = translated.recurrences.rrules
        assert [day.number for day in rule.byday] == [recurrence.WE.number]
