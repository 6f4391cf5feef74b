"""Staff who choose Tajik for the admin read Wagtail's own words in Tajik where they
meet them most (menus, the editor's actions, its scripts), though Wagtail ships no
Tajik: the project's catalogues in translations/wagtail/tg fill the gap."""

import json
import re
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

import polib
import pytest

from news.models import NewsPage
from partners.models import Organisation
from tests.core.catalogues import libraries_english, translated_by_libraries
from tests.helpers import soup

CATALOGUES = Path(settings.BASE_DIR) / "translations" / "wagtail" / "tg" / "LC_MESSAGES"
# wagtail-localize's translation editor (a script), which reads its own JavaScript catalogue.
LOCALIZE_CATALOGUES = (
    Path(settings.BASE_DIR) / "translations" / "wagtail_localize" / "tg" / "LC_MESSAGES"
)


@pytest.fixture
def tajik_editor(client, db):
    editor = get_user_model().objects.create_user("nigina", "nigina@bactria.tj", "x" * 16)
    editor.groups.add(Group.objects.get(name="Communication editors"))
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "tg"
    profile.save()
    client.force_login(editor)
    return client


def test_the_page_editor_speaks_tajik(tajik_editor):
    news = NewsPage.objects.filter(locale__language_code="en").first()  # not a translation

    page = soup(tajik_editor.get(reverse("wagtailadmin_pages:edit", args=[news.pk])))

    actions = [button.get_text(" ", strip=True) for button in page.select("button")]
    assert "Нигоҳ доштани сиёҳнавис" in actions  # Save draft
    assert any("Нашр кардан" in action for action in actions), actions  # Publish
    assert "Save draft" not in actions
    assert page.find(string="Ҷадвали нашр муқаррар нашудааст")  # No publishing schedule set


def javascript_catalogue(client, view="wagtailadmin_javascript_catalog"):
    script = client.get(reverse(view)).content.decode()
    return json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))


def test_the_admins_scripts_speak_tajik(tajik_editor):
    catalogue = javascript_catalogue(tajik_editor)

    assert catalogue["Collapse all"] == "Ҳамаро пӯшидан"
    assert catalogue["Main menu"] == "Менюи асосӣ"
    # The Help menu's badge, for screen readers: "(2 new items in this menu)"
    badge = catalogue["(%(number)s new items in this menu)"]
    assert badge.replace("%(number)s", "2") == "(2 банди нав дар ин меню)"
    assert catalogue["(1 new item in this menu)"] == "(1 банди нав дар ин меню)"


def translated_page(language):
    """A page of the demo site that wagtail-localize translated into `language`: its
    edit view is wagtail-localize's translation editor."""
    translation = Translation.objects.filter(
        target_locale__language_code=language,
        source__specific_content_type__model="programmepage",
    ).first()
    return translation.get_target_instance()


def test_the_translation_editor_speaks_tajik(tajik_editor):
    """The editor of a page's Tajik translation: its notes on each segment come with the
    page ("Translated manually on ..."), its buttons from its script, which reads
    wagtail-localize's own JavaScript catalogue (Wagtail's does not reach it)."""
    page = translated_page("tg")

    editor = soup(tajik_editor.get(reverse("wagtailadmin_pages:edit", args=[page.pk])))

    assert editor.title.get_text(strip=True).startswith("Тарҷумаи ")  # Translation of
    props = json.loads(editor.select_one(".js-translation-editor")["data-props"])
    notes = [segment["comment"] for segment in props["initialStringTranslations"]]
    assert notes and all(note.startswith("Дастӣ тарҷума шуд: ") for note in notes), notes
    assert editor.find("script", src=reverse("wagtail_localize:javascript_catalog"))
    catalogue = javascript_catalogue(tajik_editor, "wagtail_localize:javascript_catalog")
    assert catalogue["Upload PO file"] == "Боргузории файли PO"
    assert catalogue["Download PO file"] == "Боргирии файли PO"
    assert catalogue["Edit this image"] == "Таҳрири ин тасвир"
    uses = catalogue["Uses %s version"].replace("%s", "Англисӣ")
    assert uses == "Версияи Англисӣ истифода мешавад"
    assert catalogue["Publish in "] + "Тоҷикӣ" == "Нашр кардан: Тоҷикӣ"


def test_the_translate_form_speaks_tajik(tajik_editor, home_pages):
    """wagtail-localize's "Translate" form, a page and the pages under it."""
    news = home_pages["en"].get_children().get(slug="news")
    descendants = news.get_descendants().count()

    form = soup(
        tajik_editor.get(reverse("wagtail_localize:submit_page_translation", args=[news.pk]))
    )

    assert form.title.get_text(strip=True).startswith("Тарҷумаи саҳифа")  # Translate page
    text = form.select_one("main").get_text(" ", strip=True)
    assert f"Бо саҳифаҳои дохилӣ ({descendants} саҳифа)" in text  # Include subtree (8 pages)
    assert "Бозгашт" in text  # Go back
    assert "Include subtree" not in text and "Go back" not in text


def test_the_site_history_speaks_tajik(tajik_editor):
    """Site history's columns and its empty listing, and a page history's count (Wagtail
    writes the number, then the model's plural name: a Tajik noun after a number stays
    singular)."""
    site_history = reverse("wagtailadmin_reports:site_history")
    page = translated_page("tg")

    history = soup(tajik_editor.get(site_history))
    nothing = soup(tajik_editor.get(site_history, {"label": "no such page, anywhere"}))
    page_history = soup(tajik_editor.get(reverse("wagtailadmin_pages:history", args=[page.pk])))

    headings = [th.get_text(strip=True) for th in history.select("table.listing th")]
    assert {"Амал", "Корбар", "Сана / вақт"} <= set(headings), headings  # Action, User
    assert "Date / Time" not in headings
    assert nothing.find(string=re.compile(r"^\s*Ягон сабт ёфт нашуд\.\s*$"))  # No log entries
    count = page_history.select_one(".pagination__end").get_text(strip=True)
    assert re.fullmatch(r"\d+ сабти таърихи саҳифа", count), count  # 3 page log entries


def test_no_entry_replaces_a_tajik_that_django_or_the_project_already_has():
    """Where Django or an installed app (or the project's own catalogue) has Tajik for a
    message, it is theirs that staff read: this catalogue only fills what nobody
    translated. (Django's own admin, not installed, has Tajik for "Save" or "History",
    which staff would otherwise see in English.)"""
    project = Path(settings.BASE_DIR) / "locale" / "tg" / "LC_MESSAGES" / "django.po"
    taken = translated_by_libraries("tg") | {
        (entry.msgctxt, entry.msgid) for entry in polib.pofile(str(project)) if entry.msgid
    }

    ours = polib.pofile(str(CATALOGUES / "django.po"))

    assert len(ours) > 150
    assert [entry.msgid for entry in ours if (entry.msgctxt, entry.msgid) in taken] == []


def test_the_page_listing_counts_and_dates_in_tajik(tajik_editor, home_pages):
    """The explorer's count of pages, its pager and how long ago each page changed:
    Wagtail's words, and Django's "3 days", which Django's Tajik leaves out."""
    home = home_pages["en"]
    news = home.get_children().get(slug="news")
    Page.objects.filter(pk=news.pk).update(
        latest_revision_created_at=timezone.now() - timedelta(days=3)
    )
    children = home.get_children().count()

    page = soup(tajik_editor.get(reverse("wagtailadmin_explore", args=[home.pk])))

    header = page.select_one("th.title").get_text(" ", strip=True)
    assert f"1-{children} аз {children} саҳифаҳо" in header  # 1-8 of 8 pages
    assert page.find(string=re.compile(r"^\s*Саҳифаи 1 аз 1\s*$"))  # Page 1 of 1
    row = page.find("a", href=reverse("wagtailadmin_pages:edit", args=[news.pk])).find_parent("tr")
    # 3 days ago (Django joins the number and its word with a no-break space)
    assert "3\xa0рӯз пеш" in row.get_text(" ", strip=True)


def test_a_listings_add_button_and_the_password_rules_speak_tajik(tajik_editor):
    materials = soup(tajik_editor.get(reverse("wagtailsnippets_resources_resource:list")))
    account = soup(tajik_editor.get(reverse("wagtailadmin_account")))

    assert materials.find(string=re.compile(r"^\s*Илова кардани мавод\s*$"))  # Add material
    rules = account.get_text(" ", strip=True)
    assert "Парол набояд танҳо аз рақамҳо иборат бошад." in rules  # can't be entirely numeric
    assert "entirely numeric" not in rules


def test_the_dashboards_counts_speak_tajik(tajik_editor):
    dashboard = soup(tajik_editor.get(reverse("wagtailadmin_home")))

    summary = dashboard.select_one(".w-summary").get_text(" ", strip=True)
    pages = Page.objects.filter(depth__gt=1).count()
    assert f"{pages} саҳифа" in summary
    assert "тасвир" in summary and "ҳуҷҷат" in summary
    assert "Pages" not in summary and "Images" not in summary


def test_each_entry_translates_a_message_the_admin_has():
    """No entry is dead: each English message is one that Wagtail, wagtail-localize or
    Django has, so a typo or a message a new release renamed shows up here."""
    known = libraries_english()

    ours = polib.pofile(str(CATALOGUES / "django.po"))

    assert [entry.msgid for entry in ours if (entry.msgctxt, entry.msgid) not in known] == []


def test_each_script_entry_translates_a_message_of_the_scripts():
    """The scripts' words are in their own catalogues (djangojs): Wagtail's in
    translations/wagtail, those of wagtail-localize's translation editor, which reads
    its own JavaScript catalogue, in translations/wagtail_localize; each a message of
    those scripts, and none in both (one would hide the other)."""
    wagtail = polib.pofile(str(CATALOGUES / "djangojs.po"))
    localize = polib.pofile(str(LOCALIZE_CATALOGUES / "djangojs.po"))

    scripts = libraries_english("djangojs")
    editor = libraries_english("djangojs", "wagtail_localize")
    assert len(localize) > 30
    assert [entry.msgid for entry in wagtail if (entry.msgctxt, entry.msgid) not in scripts] == []
    assert [entry.msgid for entry in localize if (entry.msgctxt, entry.msgid) not in editor] == []
    assert {entry.msgid for entry in wagtail} & {entry.msgid for entry in localize} == set()


def test_a_form_sent_back_with_errors_says_so_in_tajik(tajik_editor):
    """The banner over a form sent with mistakes (Wagtail's "The organisation could not
    be created due to errors."), which staff meet on every bad form, is Tajik like the
    errors under its fields."""
    added = tajik_editor.post(reverse("wagtailsnippets_partners_organisation:add"), {})
    organisation = Organisation.objects.create(name="Aga Khan Foundation", kind="donor")
    edited = tajik_editor.post(
        reverse("wagtailsnippets_partners_organisation:edit", args=[organisation.pk]),
        {"name": "", "kind": "donor"},
    )

    banner = soup(added).select_one(".messages").get_text(" ", strip=True)
    assert banner.startswith("Бо сабаби хатогиҳо ташкилот сохта нашуд.")
    banner = soup(edited).select_one(".messages").get_text(" ", strip=True)
    assert banner.startswith("Бо сабаби хатогиҳо ташкилот нигоҳ дошта нашуд.")


def test_the_history_and_its_status_tags_speak_tajik(tajik_editor):
    """A page's history after a draft is saved: the action ("Draft saved") and its tag
    ("CURRENT DRAFT", Wagtail's "Current draft" in capitals)."""
    news = NewsPage.objects.filter(locale__language_code="en").first()
    editor = get_user_model().objects.get(username="nigina")
    news.save_revision(user=editor, log_action=True)

    history = soup(tajik_editor.get(reverse("wagtailadmin_pages:history", args=[news.pk])))

    text = history.select_one("main").get_text(" ", strip=True)
    assert "Сиёҳнавис нигоҳ дошта шуд" in text  # Draft saved
    assert "Сиёҳнависи ҷорӣ" in text  # Current draft
    assert "Draft saved" not in text and "Current draft" not in text


def test_the_keyboard_shortcuts_dialog_speaks_tajik(tajik_editor):
    """The dialog of keyboard shortcuts (a Django template on every admin page, opened
    from the Help menu or with "?")."""
    dashboard = soup(tajik_editor.get(reverse("wagtailadmin_home")))

    # Inside a <template>, whose strings get_text() leaves out: read its markup.
    dialog = str(dashboard.find(id="keyboard-shortcuts-dialog"))
    assert "Нишон додани тугмаҳои тез" in dialog  # Show keyboard shortcuts
    assert "Таҳрири матн" in dialog  # Text editing
    assert "Шрифти ҳампаҳно (код)" in dialog  # Monospace (code)
    for english in ("Show keyboard shortcuts", "Text editing", "Monospace", "Application"):
        assert english not in dialog


def test_a_listings_count_of_matches_speaks_tajik(tajik_editor):
    """ "There is 1 match": a Tajik noun after a number stays singular."""
    Organisation.objects.create(name="Aga Khan Foundation", kind="donor")
    listing = reverse("wagtailsnippets_partners_organisation:list")

    results = soup(tajik_editor.get(listing, {"q": "Aga Khan"}))

    text = results.select_one("main").get_text(" ", strip=True)
    assert "1 натиҷа ёфт шуд" in text, text  # There is 1 match
    assert "match" not in text
