"""Staff who choose Tajik for the admin read Wagtail's own words in Tajik where they
meet them most (menus, the editor's actions, its scripts), though Wagtail ships no
Tajik: the project's catalogues in translations/wagtail/tg fill the gap."""

import glob
import json
import re
from pathlib import Path

import django
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.users.models import UserProfile

import polib
import pytest

from news.models import NewsPage
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
    """Where Django (or the project's own catalogue) has Tajik for a message, it is
    theirs that staff read: this catalogue only fills what nobody translated."""
    libraries = glob.glob(
        str(Path(django.__file__).parents[1] / "**/locale/tg/LC_MESSAGES/django.mo")
    )
    project = Path(settings.BASE_DIR) / "locale" / "tg" / "LC_MESSAGES" / "django.po"
    taken = {
        (entry.msgctxt, entry.msgid)
        for entries in [*map(polib.mofile, libraries), polib.pofile(str(project))]
        for entry in entries
        if entry.msgid
    }

    ours = polib.pofile(str(CATALOGUES / "django.po"))

    assert len(ours) > 150
    assert [entry.msgid for entry in ours if (entry.msgctxt, entry.msgid) in taken] == []
