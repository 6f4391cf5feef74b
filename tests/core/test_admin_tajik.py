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

import polib
import pytest

from news.models import NewsPage
from partners.models import Organisation
from tests.core.catalogues import libraries_english, translated_by_libraries
from tests.helpers import soup

CATALOGUES = Path(settings.BASE_DIR) / "translations" / "wagtail" / "tg" / "LC_MESSAGES"


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


def test_the_admins_scripts_speak_tajik(tajik_editor):
    script = tajik_editor.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))

    assert catalogue["Collapse all"] == "Ҳамаро пӯшидан"
    assert catalogue["Main menu"] == "Менюи асосӣ"


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
