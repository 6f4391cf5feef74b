"""
What the header, the footer and the <head> of every page need: the home page of the
visitor's language, the menu, the footer's HTML, and a link to each language version
of the current page.

Each function caches its result on the request, so a template may ask twice (the
<head> and the header both need the language links) without a second query. What
is the same for every visitor (the home pages, the menu, which languages a page
exists in) is also kept in the cache, until a page or a site is saved, published,
unpublished, moved or deleted, or the footer is edited (`forget_navigation`,
connected in core/signals.py).
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation

from wagtail.models import Page, Site

from core.cache_versions import (
    current_version,
    forget_now_and_after_commit,
    get_entries,
    get_entry,
    set_entry,
)
from core.i18n import localized_page_by_id
from core.page_cache import GENERATION_KEY


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # the language's own name: "Русский", "Тоҷикӣ"
    url: str  # the page in that language, or that language's home page
    full_url: str
    is_current: bool
    has_translation: bool  # False: the page does not exist in that language yet


VERSION_KEY = "navigation:version"
# Kept entries of older versions are never read again; they expire after a day.
SHARED_SECONDS = 24 * 60 * 60


def _cached(request, key, compute):
    kept = request.__dict__.setdefault("_navigation_cache", {})
    if key not in kept:
        kept[key] = compute()
    return kept[key]


def _versions(request):
    """(the navigation's version, the page cache's generation), read in one round trip."""

    def read():
        found = cache.get_many([VERSION_KEY, GENERATION_KEY])
        return tuple(current_version(key, found.get(key)) for key in (VERSION_KEY, GENERATION_KEY))

    return _cached(request, "versions", read)


def _shared(request, key, compute):
    """`compute()` kept on the request and in the cache, for every visitor."""

    def from_cache():
        version = _versions(request)[0]
        shared_key = f"navigation:{version}:{key}"
        value = get_entry(shared_key)
        if value is None:
            value = compute()
            set_entry(shared_key, value, SHARED_SECONDS)
        return value

    return _cached(request, key, from_cache)


def per_language(request, name, compute):
    """`compute()` kept like the menu, for every visitor of the request's language."""
    return _shared(request, f"{name}:{translation.get_language()}", compute)


def forget_navigation(**kwargs):
    """Every kept home page, menu, translation list and footer is out of date from now on."""
    forget_now_and_after_commit(VERSION_KEY)


def find_site(request):
    """Wagtail's site for the request's host and port, kept in the cache like the menu.

    Wagtail reads it from the database for every request: a query whose building
    costs more than the rest of the routing. Kept on the request where Wagtail keeps
    it (`_wagtail_site`, what `Site.find_for_request` returns when it is there).
    """
    if not hasattr(request, "_wagtail_site"):
        host, port = split_domain_port(request._get_raw_host())[0], request.get_port()
        request._wagtail_site = (
            _shared(request, f"site:{host}:{port}", lambda: Site.find_for_request(request) or False)
            or None
        )
        # The sites' root paths, which Wagtail reads from the cache for the first link to
        # a page on every request, and keeps on the request where it is put here.
        request._wagtail_cached_site_root_paths = _shared(
            request, "site-root-paths", Site.get_site_root_paths
        )
    return request._wagtail_site


def _home_pages(request):
    """The live home page of each language, keyed by language code."""
    site = find_site(request)
    if site is None:
        return {}
    return _shared(
        request, f"homes:{site.root_page.translation_key}", lambda: _translations(site.root_page)
    )


def _translations(page):
    """The live versions of `page` (itself included), keyed by language code."""
    pages = (
        Page.objects.filter(translation_key=page.translation_key).live().select_related("locale")
    )
    return {p.locale.language_code: p for p in pages}


def localized_home(request):
    homes = _home_pages(request)
    return homes.get(translation.get_language()) or homes.get(settings.LANGUAGE_CODE)


def route(request, path):
    """Wagtail's `Page.route_for_request`, from what is kept in the cache.

    Wagtail reads the language, the root page's translation and its specific row before
    the first step of an address, then a query per step. Here the root page in the
    visitor's language is kept as its own type, and so is the page at each address
    visited (with the venue or image it was read with, and the image's renditions),
    under the page cache's generation: until content is next saved, published,
    unpublished or moved. Only the routing is kept: the page is served (view
    restrictions checked, context worked out, template rendered) for every request.
    An address is routed from the longest start of it whose page is kept: an address
    below a page's own (`/events/2026/12/`) from that page, without the database. Each
    address is routed through the page tree where the cache is not shared by all
    processes (settings.ROUTING_CACHE).
    """
    site = find_site(request)
    if site is None:
        return None
    root = _home_pages(request).get(translation.get_language()) or site.root_page
    root = _shared(request, f"root:{root.pk}", lambda: root.specific)
    components = [component for component in path.split("/") if component]
    try:
        if not components or not settings.ROUTING_CACHE:
            return root.route(request, components)
        generation = _versions(request)[1]
        keys = [
            f"route:{generation}:{root.pk}:{'/'.join(components[:steps])}"
            for steps in range(len(components), 0, -1)
        ]
        kept = get_entries(keys)
        steps, page = next(
            ((len(components) - i, kept[key]) for i, key in enumerate(keys) if key in kept),
            (0, root),
        )
        result = page.route(request, components[steps:])
        at_address = result is not None and result[0].depth == root.depth + len(components)
        if at_address and steps < len(components):  # the page at this address, not kept yet
            result[0].read_for_keeping()
            set_entry(keys[0], result[0], SHARED_SECONDS)
        return result
    except Http404:
        return None


def home_children(request):
    """The live pages right under the home page of this language, in their order."""
    home = localized_home(request)
    if home is None:
        return []
    return _shared(request, f"children:{home.pk}", lambda: list(home.get_children().live()))


def tree_root(request):
    """The root of the page tree (where Wagtail's explorer starts for superusers)."""
    return _shared(request, "tree-root", Page.get_first_root_node)


def linked_page(request, page_id):
    """The page a page links to by id (a hero's button, an event's programme), in the
    visitor's language where it is translated (core.i18n.localized_page_by_id)."""
    if page_id is None:
        return None
    language = translation.get_language()
    return (
        _shared(request, f"linked:{page_id}:{language}", lambda: localized_page_by_id(page_id))
        or None
    )


def translation_ids(request, page):
    """The ids of every version of `page` (itself included, drafts too): what other
    pages link to when they name it in some language. Kept like the menu; a filter on
    these ids costs the database less than a join on the translation key."""
    key = page.translation_key
    return _shared(
        request,
        f"translation-ids:{key}",
        lambda: list(Page.objects.filter(translation_key=key).values_list("pk", flat=True)),
    )


def menu_pages(request):
    """The pages staff ticked "Show in menus" under the home page of this language."""
    return [page for page in home_children(request) if page.show_in_menus]


def section_of_type(request, page_class):
    """The first page of `page_class` right under the home page, such as the news index."""
    return next(
        (page for page in home_children(request) if page.specific_class is page_class), None
    )


def language_links(request, page=None):
    """One link per site language, in the order of settings.LANGUAGES."""

    def compute():
        homes = _home_pages(request)
        translations = {}
        if page is not None and page.pk:
            home = next(iter(homes.values()), None)
            if home is not None and home.translation_key == page.translation_key:
                translations = dict(homes)  # a home page: its translations are known
            else:
                translations = dict(
                    _shared(
                        request,
                        f"translations:{page.translation_key}",
                        lambda: _translations(page),
                    )
                )
            # A draft shown in preview is still "the current page".
            translations.setdefault(translation.get_language(), page)
        links = []
        for code, _name in settings.LANGUAGES:
            target = translations.get(code) or homes.get(code)
            if target is None:
                continue
            links.append(
                LanguageLink(
                    code=code,
                    name=translation.get_language_info(code)["name_local"].capitalize(),
                    url=target.get_url(request),
                    full_url=request.build_absolute_uri(target.get_url(request)),
                    is_current=code == translation.get_language(),
                    has_translation=code in translations or page is None,
                )
            )
        return links

    return _cached(request, ("languages", page.pk if page else None), compute)
