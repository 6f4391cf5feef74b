"""The project's Russian catalogue does not replace Wagtail's, wagtail-localize's or
Django's Russian for their own words.

The project's catalogue (LOCALE_PATHS) is read after the libraries' and wins for a
message they share: where the project means something else by the same English, it
asks with a context (pgettext, {% translate ... context ... %}).
"""

import html
import json
import re

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.users.models import UserProfile

import polib
import pytest
from bs4 import BeautifulSoup

from events.models import EventIndexPage
from projects.models import ProjectPage
from tests.core.catalogues import (
    PROJECT,
    SITE_PACKAGES,
    libraries_english,
    library_catalogues,
    translated_by_libraries,
)
from tests.core.test_admin_tajik import translated_page
from tests.helpers import soup


def translation_of(entry):
    return entry.msgstr or {int(key): value for key, value in entry.msgstr_plural.items()}


def test_no_project_message_replaces_a_librarys_russian_with_other_words():
    theirs = {}
    for path in library_catalogues("ru"):
        for entry in polib.mofile(str(path)):
            if entry.msgid:
                theirs.setdefault((entry.msgctxt, entry.msgid), []).append(
                    (str(path.relative_to(path.parents[3])), translation_of(entry))
                )
    assert len(theirs) > 1000  # Wagtail's, wagtail-localize's, Django's and others were read

    ours = polib.pofile(str(PROJECT / "locale" / "ru" / "LC_MESSAGES" / "django.po"))
    collisions = [
        (entry.msgctxt, entry.msgid, translation_of(entry), library, translation)
        for entry in ours.translated_entries()
        for library, translation in theirs.get((entry.msgctxt, entry.msgid), [])
        if translation != translation_of(entry)
    ]
    assert collisions == []


@pytest.fixture
def russian_editor(db):
    user = get_user_model().objects.create_superuser("redactor", "redactor@example.org", "x" * 16)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    return user


def test_wagtails_own_words_read_as_wagtail_translates_them(client, russian_editor):
    client.force_login(russian_editor)

    page = soup(client.get(reverse("wagtailadmin_home")))

    # The dialog waits in a <template> (moved into place by Wagtail's script): read it alone.
    dialog = BeautifulSoup(str(page.find(id="keyboard-shortcuts-dialog")), "html.parser")
    headings = [
        th.get_text(strip=True) for th in dialog.select(".w-keyboard-shortcuts__category th")
    ]
    assert headings[0] == "Приложение"  # Wagtail's "Application" (the admin), not "Заявка"
    assert "Заявка" not in headings
    assert page.select_one("a.skiplink").get_text(strip=True) == "Пропустить главный контент"

    account = soup(client.get(reverse("wagtailadmin_account")))
    assert (
        account.select_one("label[for$=email]")
        .get_text(strip=True)
        .startswith("Адрес электронной почты")
    )


@pytest.mark.django_db
def test_the_projects_own_words_keep_their_russian(client):
    events = EventIndexPage.objects.get(locale__language_code="ru")

    page = soup(client.get(events.url))

    form = page.select_one("main form")
    assert form.select_one("button[type=submit]").get_text(strip=True) == "Показать"
    labels = [label.get_text(strip=True) for label in form.select("label")]
    assert {"С", "По"} <= set(labels)


def translation_editor_catalogue(client, language):
    """The words of wagtail-localize's translation editor (a script) in an admin of `language`."""
    user = get_user_model().objects.create_superuser(language, f"{language}@example.org", "x" * 16)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    script = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.DOTALL)[1])


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "target", "button"),
    [("ru", "Таджикский", "Опубликовать: Таджикский"), ("tg", "Русӣ", "Нашр кардан: Русӣ")],
)
def test_the_translation_editors_publish_button_reads_as_words(client, language, target, button):
    """The editor writes "Publish in " then the target language's name (wagtail-localize's
    Russian lacked the space: "Опубликовать вТаджикский"; it has no Tajik)."""
    publish_in = translation_editor_catalogue(client, language)["Publish in "]

    assert publish_in + target == button


@pytest.mark.django_db
def test_the_translation_editors_po_file_buttons_say_download_and_upload(client):
    """wagtail-localize's Russian gave both buttons "Загрузить PO файл", and "Используется
    Английский версия" beside a segment left as its source."""
    catalogue = translation_editor_catalogue(client, "ru")

    assert catalogue["Download PO file"] == "Скачать PO-файл"
    assert catalogue["Upload PO file"] == "Загрузить PO-файл"
    uses = catalogue["Uses %s version"].replace("%s", "Английский")
    assert uses == "Используется версия: Английский"


def test_the_translation_editors_notes_read_in_russian(client, russian_editor):
    """The note under each translated segment ("Переведено в ручную в ..." in
    wagtail-localize's Russian)."""
    page = translated_page("ru")
    client.force_login(russian_editor)

    editor = soup(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))

    props = json.loads(editor.select_one(".js-translation-editor")["data-props"])
    notes = [segment["comment"] for segment in props["initialStringTranslations"]]
    assert notes and all(note.startswith("Переведено вручную ") for note in notes), notes


CORRECTIONS = PROJECT / "translations" / "wagtail_localize" / "ru" / "LC_MESSAGES"


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_corrections_of_wagtail_localize_correct_only_its_own_words(domain):
    """translations/wagtail_localize/ru corrects wagtail-localize's Russian: each entry is
    one of its messages, says (a comment) what its Russian got wrong, gives other words
    than it did, and leaves another library's Russian for the same message alone (the
    project's catalogues are read after every library's)."""
    own = SITE_PACKAGES / "wagtail_localize" / "locale" / "ru" / "LC_MESSAGES" / f"{domain}.mo"
    theirs = {
        (entry.msgctxt, entry.msgid): translation_of(entry) for entry in polib.mofile(str(own))
    }
    others = {}
    for path in library_catalogues("ru", domain):
        if path != own:
            for entry in polib.mofile(str(path)):
                others.setdefault((entry.msgctxt, entry.msgid), []).append(translation_of(entry))
    english = libraries_english(domain, "wagtail_localize")

    corrections = polib.pofile(str(CORRECTIONS / f"{domain}.po"))

    assert len(corrections) > 5
    keys = [(entry, (entry.msgctxt, entry.msgid)) for entry in corrections]
    assert [entry.msgid for entry, key in keys if key not in english] == []
    assert [entry.msgid for entry, _key in keys if not entry.comment] == []
    assert [entry.msgid for entry, key in keys if theirs.get(key) == translation_of(entry)] == []
    assert [
        entry.msgid
        for entry, key in keys
        if any(other != translation_of(entry) for other in others.get(key, []))
    ] == []
    compiled = polib.mofile(str(CORRECTIONS / f"{domain}.mo"))
    compiled = {(entry.msgctxt, entry.msgid): translation_of(entry) for entry in compiled}
    assert [entry.msgid for entry, key in keys if compiled.get(key) != translation_of(entry)] == []


def test_the_image_choosers_search_tab_speaks_russian(client, russian_editor):
    client.force_login(russian_editor)

    chooser = client.get(reverse("wagtailimages_chooser:choose")).json()["html"]

    tab = BeautifulSoup(chooser, "html.parser").select_one("#tab-label-search")
    assert next(tab.stripped_strings) == "Поиск"  # then its error count, "()"


def test_a_page_choosers_button_names_the_page_type_in_the_admins_language(client, russian_editor):
    """Wagtail builds a form once, in the language of that moment: the button of a key
    to one page type said "Choose a page (Event)" in the Russian admin ever after."""
    add_registration = reverse("wagtailsnippets_bookings_registration:add")
    english_editor = get_user_model().objects.create_superuser("editor", "e@example.org", "x" * 16)
    client.force_login(english_editor)
    english = soup(client.get(add_registration)).select_one(".page-chooser .chooser__choose-button")
    client.force_login(russian_editor)

    russian = soup(client.get(add_registration)).select_one(".page-chooser .chooser__choose-button")

    assert english.get_text(" ", strip=True) == "Choose a page (Event)"
    assert russian.get_text(" ", strip=True) == "Выберите страницу (Событие)"


def block_definitions_text(response):
    """The page's StreamField block definitions (JSON in its HTML) as plain text."""
    text = html.unescape(response.content.decode())
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda match: chr(int(match.group(1), 16)), text)


def test_a_blocks_snippet_chooser_speaks_each_editors_language(client, russian_editor):
    """Wagtail makes a block's widget once per process, in the language of the first
    editor who opens a form with it: after a Russian editor, a Tajik editor read the
    People block's "Выбрать профиль человека"."""
    tajik_editor = get_user_model().objects.create_superuser("muharrir", "m@example.org", "x" * 16)
    profile = UserProfile.get_for_user(tajik_editor)
    profile.preferred_language = "tg"
    profile.save()
    project = ProjectPage.objects.filter(locale__language_code="en").first()
    edit = reverse("wagtailadmin_pages:edit", args=[project.pk])
    client.force_login(russian_editor)
    russian = block_definitions_text(client.get(edit))
    client.force_login(tajik_editor)

    tajik = block_definitions_text(client.get(edit))

    assert "Выбрать профиль человека" in russian
    assert "Интихоби шахс" in tajik
    assert "Выбрать профиль человека" not in tajik


def test_the_gaps_wagtails_russian_left_are_filled_and_only_they():
    """translations/wagtail/ru translates what Wagtail's Russian left out (the listings'
    "1-8 of 8 pages"), never a message a library already has in Russian, and each entry
    is a message the admin has."""
    theirs = translated_by_libraries("ru")
    english = libraries_english()

    gaps = polib.pofile(
        str(PROJECT / "translations" / "wagtail" / "ru" / "LC_MESSAGES" / "django.po")
    )

    assert len(gaps.translated_entries()) == len(gaps) > 20
    assert [entry.msgid for entry in gaps if (entry.msgctxt, entry.msgid) in theirs] == []
    assert [entry.msgid for entry in gaps if (entry.msgctxt, entry.msgid) not in english] == []


def test_the_page_listing_counts_its_pages_in_russian(client, russian_editor, home_pages):
    home = home_pages["en"]
    children = home.get_children().count()
    client.force_login(russian_editor)

    page = soup(client.get(reverse("wagtailadmin_explore", args=[home.pk])))

    header = page.select_one("th.title").get_text(" ", strip=True)
    assert f"1-{children} из {children} страницы" in header  # "1-8 of 8 pages"


@pytest.mark.parametrize("language, home", [("ru", "Главная"), ("tg", "Асосӣ")])
def test_a_snippet_listings_breadcrumbs_speak_the_admins_language(
    client, russian_editor, language, home
):
    """Wagtail words a snippet's breadcrumbs once, when the admin's addresses load."""
    profile = UserProfile.get_for_user(russian_editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(russian_editor)

    page = soup(client.get(reverse("wagtailsnippets_people_person:list")))

    crumbs = [link.get_text(strip=True) for link in page.select("[data-w-breadcrumbs] li a")]
    assert crumbs[0] == home
    assert "Home" not in crumbs
