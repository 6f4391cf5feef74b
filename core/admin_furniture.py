"""
The admin's page furniture (Wagtail's wagtailadmin/base.html) for less work: the
menu's start page, the sidebar and the keyboard shortcuts dialog, the same HTML as
Wagtail's own.

- **Where the explorer starts.** The menu's "Pages" item opens the page explorer at
  the user's explorable root, and the "Site history" report is offered when there is
  one. For a superuser Wagtail finds it with two queries of the page tree (the root
  pages, then their common ancestor), and it is always the tree's root: here that
  root is kept with the navigation (core/navigation.py, until a page is next saved,
  moved or deleted) and put where Wagtail keeps the root it has found for the rest of
  the request (on the user). Other users' roots follow their page permissions:
  Wagtail works them out as before.
- **The sidebar.** Wagtail works out the menu (the items this user may see), then
  packs it for the browser's script with telepath, a node and a media check per item:
  with the bench's data, about a sixth of the applications listing's time. The packed
  sidebar is a function of the menu's items, the search area's address, the user's
  name and picture and the language, so each process keeps it under exactly those:
  the menu is still worked out for every request (permissions checked each time),
  only the packing is kept.
- **The keyboard shortcuts dialog**, a table of some forty shortcuts: a function of
  the language, whether the browser runs on a Mac (the keys' labels), whether comments
  are on and the user's keyboard shortcuts setting; kept under those.

templates/wagtailadmin/base.html uses the two tags below. What they keep is written by
Wagtail's own tags, the first time each set of inputs is seen;
tests/core/test_admin_furniture.py checks that they give Wagtail's HTML for different
users, languages and browsers, and that the template's furniture is still Wagtail's.
"""

import re

from django import template
from django.utils import translation
from django.utils.functional import Promise

from wagtail.admin.menu import admin_menu
from wagtail.admin.search import admin_search_areas
from wagtail.admin.templatetags import wagtailadmin_tags
from wagtail.models import Page
from wagtail.permissions import policy_registry

from core.navigation import tree_root

register = template.Library()

# Distinct sets of inputs kept, each of sidebars and dialogs; then they start again.
MOST_KEPT = 500
_sidebars = {}
_dialogs = {}


def find_explorable_root(request):
    """Give Wagtail a superuser's explorable root before the admin menu asks for it."""
    user = request.user
    if user.is_active and user.is_superuser:
        policy = policy_registry.get_by_type(Page)
        # Where PagePermissionPolicy.explorable_root_instance keeps its answer.
        setattr(user, policy._explorable_root_instance_cache_name, tree_root(request))


def _kept(store, key, write):
    value = store.get(key)
    if value is None:
        if len(store) >= MOST_KEPT:
            store.clear()
        value = store[key] = write()
    return value


@register.simple_tag(takes_context=True)
def kept_sidebar_props(context):
    """Wagtail's {% sidebar_props %}, packed once per menu, user name, picture and language."""
    request = context["request"]
    user = request.user
    search_areas = admin_search_areas.search_items_for_request(request)
    try:
        key = (
            translation.get_language(),
            _values(admin_menu.render_component(request)),
            search_areas[0].url if search_areas else None,
            getattr(user, "first_name", None) or user.get_username(),
            wagtailadmin_tags.avatar_url(user, size=50),
        )
    except (TypeError, RecursionError):
        return wagtailadmin_tags.sidebar_props(context)  # an item that cannot be a key
    return _kept(_sidebars, key, lambda: wagtailadmin_tags.sidebar_props(context))


def _values(value):
    """Every value of the menu's items (plain objects: names, labels, addresses, icons,
    attributes, submenus), as a key: what telepath packs for the browser is in it."""
    if value is None or isinstance(value, (str, int, float)):
        return value
    if isinstance(value, Promise):
        return str(value)  # a label, in the request's language, as telepath writes it
    if isinstance(value, (list, tuple)):
        return tuple(_values(item) for item in value)
    if isinstance(value, dict):
        return tuple((name, _values(item)) for name, item in value.items())
    if hasattr(value, "__dict__"):
        return (type(value), _values(vars(value)))
    raise TypeError(f"{type(value)} in the admin menu")


DIALOG = "{% load wagtailadmin_tags %}{% keyboard_shortcuts_dialog %}"
MAC = re.compile(r"Mac|iPod|iPhone|iPad")  # as Wagtail tells a Mac's key labels


@register.simple_tag(takes_context=True)
def kept_keyboard_shortcuts_dialog(context):
    """Wagtail's {% keyboard_shortcuts_dialog %}, written once per set of its inputs."""
    request = context["request"]
    profile = getattr(request.user, "wagtail_userprofile", None)
    key = (
        translation.get_language(),
        bool(MAC.search(request.headers.get("User-Agent", ""))),
        bool(wagtailadmin_tags.get_comments_enabled()),
        bool(getattr(profile, "keyboard_shortcuts", True)),
    )
    return _kept(_dialogs, key, lambda: _dialog().render(context))


def _dialog():
    return template.engines["django"].from_string(DIALOG).template
