"""The admin's sidebar and keyboard shortcuts dialog, kept once written, are Wagtail's own."""

import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

import wagtail.admin
from wagtail.users.models import UserProfile

import pytest

from tests.helpers import soup

pytestmark = pytest.mark.django_db

OURS = Path(settings.BASE_DIR) / "templates" / "wagtailadmin" / "base.html"
WAGTAILS = Path(wagtail.admin.__file__).parent / "templates" / "wagtailadmin" / "base.html"
MAC = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15"
WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130.0 Safari/537.36"


def furniture(path):
    text = path.read_text()
    return text[text.index("{% block furniture %}") :]


def test_the_furniture_block_is_wagtails_but_for_the_two_kept_tags():
    """When Wagtail changes its base template, copy its furniture block again."""
    wagtails = furniture(WAGTAILS)
    assert wagtails.count("{% sidebar_props %}") == 1
    assert wagtails.count("{% keyboard_shortcuts_dialog %}") == 1

    assert furniture(OURS) == wagtails.replace(
        "{% sidebar_props %}", "{% kept_sidebar_props %}"
    ).replace("{% keyboard_shortcuts_dialog %}", "{% kept_keyboard_shortcuts_dialog %}")


def staff(name, *groups, superuser=False):
    user = get_user_model().objects.create_user(
        name, f"{name}@example.org", "x" * 16, first_name=name.title(), is_superuser=superuser
    )
    user.groups.set(Group.objects.filter(name__in=groups))
    return get_user_model().objects.get(pk=user.pk)  # no permissions cached yet


def render(tags, source, user, user_agent=WINDOWS):
    request = RequestFactory().get("/admin/", HTTP_USER_AGENT=user_agent)
    request.user = user
    return Template("{% load " + tags + " %}" + source).render(Context({"request": request}))


def sidebars(user):
    """(Wagtail's sidebar, the kept one asked for the first time, then again)."""
    return (
        render("wagtailadmin_tags", "{% sidebar_props %}", user),
        render("admin_furniture", "{% kept_sidebar_props %}", user),
        render("admin_furniture", "{% kept_sidebar_props %}", user),
    )


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
@pytest.mark.parametrize(
    ("name", "groups", "superuser"),
    [
        ("admin", [], True),
        ("planner", ["Festival planners"], False),
        ("reviewer", ["Application reviewers"], False),
        ("editor", ["Communication editors"], False),
    ],
)
def test_the_kept_sidebar_is_wagtails_for_each_kind_of_staff_and_language(
    name, groups, superuser, language
):
    user = staff(name, *groups, superuser=superuser)

    with translation.override(language):
        wagtails, first, again = sidebars(user)

    assert "wagtail-sidebar-props" in wagtails
    assert first == wagtails
    assert again == wagtails


def test_the_kept_sidebar_follows_the_menu_the_user_may_see_and_their_name(client):
    editor = staff("editor", "Communication editors")
    before = sidebars(editor)[1]

    editor.groups.add(Group.objects.get(name="Festival planners"))  # and the applications
    editor = get_user_model().objects.get(pk=editor.pk)
    wagtails, planner, _again = sidebars(editor)
    editor.first_name = "Zarina"
    renamed = sidebars(editor)

    assert planner == wagtails != before
    assert '"/admin/applications/"' in planner
    assert '"/admin/applications/"' not in before
    assert renamed[1] == renamed[0] != planner
    assert "Zarina" in renamed[1]
    with translation.override("ru"):
        assert sidebars(editor)[1] != renamed[1]


def dialogs(user, user_agent):
    return (
        render("wagtailadmin_tags", "{% keyboard_shortcuts_dialog %}", user, user_agent),
        render("admin_furniture", "{% kept_keyboard_shortcuts_dialog %}", user, user_agent),
    )


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_kept_keyboard_shortcuts_dialog_is_wagtails_for_each_browser_and_setting(language):
    user = staff("admin", superuser=True)
    seen = set()

    with translation.override(language):
        for enabled in (True, False):
            profile = UserProfile.get_for_user(user)
            profile.keyboard_shortcuts = enabled
            profile.save()
            user = get_user_model().objects.get(pk=user.pk)
            for user_agent in (MAC, WINDOWS):
                wagtails, kept = dialogs(user, user_agent)
                assert kept == wagtails
                seen.add(kept)

    assert len(seen) == 4  # Mac keys or not, shortcuts on or off: four dialogs
    assert any("⌘" in dialog for dialog in seen)


def test_an_admin_page_has_the_sidebar_and_the_dialog_once(client):
    client.force_login(staff("admin", superuser=True))

    page = soup(client.get("/admin/applications/"))

    props = page.select("#wagtail-sidebar-props")
    assert len(props) == 1
    assert json.loads(props[0].string)["modules"]
    dialogs = page.find_all(id="keyboard-shortcuts-dialog")  # (a CSS selector misses it)
    assert len(dialogs) == 1
    assert "Keyboard shortcuts" in str(dialogs[0])
