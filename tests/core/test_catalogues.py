"""Every interface string ships with real Russian and Tajik translations."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LOCALE_DIR = ROOT / "locale"
# The project's translations of django-recurrence: its rule text and admin widget.
RECURRENCE_DIR = ROOT / "translations" / "recurrence"
RECURRENCE_CATALOGUES = [
    RECURRENCE_DIR / language / "LC_MESSAGES" / f"{domain}.po"
    for language in ("ru", "tg")
    for domain in ("django", "djangojs")
]
# The project's corrections of wagtail-localize's translation editor (its script's words).
LOCALIZE_CATALOGUES = [
    ROOT / "translations" / "wagtail_localize" / language / "LC_MESSAGES" / "djangojs.po"
    for language in ("ru", "tg")
]


@pytest.mark.parametrize("language", ["ru", "tg"])
def test_catalogue_is_complete_and_not_fuzzy(language):
    po = polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))

    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    assert po.metadata["Language"] == language
    assert len(po.translated_entries()) > 50


@pytest.mark.parametrize("language", ["ru", "tg"])
def test_compiled_catalogue_matches_its_source(language):
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    po = polib.pofile(str(folder / "django.po"))
    mo = polib.mofile(str(folder / "django.mo"))

    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in mo}
    source = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in po.translated_entries()}
    assert source.items() <= compiled.items(), "run `make messages` to compile the catalogues"


def test_tajik_translations_use_tajik_letters():
    po = polib.pofile(str(LOCALE_DIR / "tg" / "LC_MESSAGES" / "django.po"))
    text = "".join(entry.msgstr for entry in po.translated_entries())

    for letter in "ғӣқӯҳҷ":
        assert letter in text


@pytest.mark.parametrize(
    "path",
    RECURRENCE_CATALOGUES + LOCALIZE_CATALOGUES,
    ids=lambda path: "/".join(path.parts[-4:]),
)
def test_library_catalogues_are_complete_and_compiled(path):
    po = polib.pofile(str(path))
    mo = polib.mofile(str(path.with_suffix(".mo")))

    assert po.untranslated_entries() == []
    assert po.fuzzy_entries() == []
    assert po.metadata["Language"] == path.parts[-3]
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in mo}
    assert {(entry.msgctxt, entry.msgid): entry.msgstr for entry in po}.items() <= compiled.items()
