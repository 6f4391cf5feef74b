"""
What the header and the <head> of every page need: the home page of the visitor's
language, the menu, and a link to each language version of the current page.

Each function keeps its result on the request, so a template may ask twice (the
<head> and the header both need the language links) without a second query. The
header's and the footer's HTML are cached as template fragments (components/header.html,
components/footer.html) under the site's content version (core.page_cache), and so is
the list of the sections under each home page.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation

from wagtail.models import Page, Site

from core import page_cache, same_place
from core.i18n import localized_page_by_id
from core.site_url import absolute_url


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # the language's own name: "Русский", "Тоҷикӣ"
    url: str  # the same place in that language (core.same_place), or that language's home
    full_url: str  # absolute, without the query string: for hreflang alternates
    is_current: bool
    has_translation: bool  # False: the page does not exist in that language yet


def request_cache(request):
    """A dictionary kept on the request for the length of the request."""
    if not hasattr(request, "navigation_cache"):
        request.navigation_cache = {}
    return request.navigation_cache


def on_request(request, key, compute):
    """`compute()`, worked out once per request."""
    found = request_cache(request)
    if key not in found:
        found[key] = compute()
    return found[key]


def _translations(request, *pages):
    """The live versions of each of `pages` (themselves included), keyed by language
    code, in one query for all of them: [{language code: page}] in the order of `pages`."""
    keys = [page.translation_key for page in pages]

    def compute():
        found = Page.objects.filter(translation_key__in=keys).live().select_related("locale")
        by_key = {key: {} for key in keys}
        for page in found:
            by_key[page.translation_key][page.locale.language_code] = page
        return by_key

    by_key = on_request(request, ("translations", *keys), compute)
    return [by_key[key] for key in keys]


def _home_pages(request):
    """The live home page of each language, keyed by language code."""
    site = Site.find_for_request(request)
    return _translations(request, site.root_page)[0] if site else {}


def routed_from_home(request, home):
    """Wagtail routes a page's address from `home` (the home page of the request's
    language, or the site's root page where it has no translation): no query for it."""
    request_cache(request)["home"] = home


def localized_home(request):
    def compute():
        homes = _home_pages(request)
        return homes.get(translation.get_language()) or homes.get(settings.LANGUAGE_CODE)

    return on_request(request, "home", compute)


def home_children(request):
    """The live pages right under the home page of this language, in their order
    (cached under the content version: until any content changes)."""

    def compute():
        home = localized_home(request)
        if home is None:
            return []
        return page_cache.for_content_version(
            f"home-children:{home.pk}", lambda: list(home.get_children().live())
        )

    return on_request(request, "home-children", compute)


def menu_pages(request):
    """The pages staff ticked "Show in menus" under the home page of this language."""
    return [page for page in home_children(request) if page.show_in_menus]


def section_of_type(request, page_class):
    """The first page of `page_class` right under the home page, such as the news index."""
    return next(
        (page for page in home_children(request) if page.specific_class is page_class), None
    )


def linked_page(request, page_id):
    """The page a page links to by id (a hero's button, an event's programme), in the
    visitor's language where it is translated (core.i18n.localized_page_by_id)."""
    if page_id is None:
        return None
    return on_request(request, ("linked", page_id), lambda: localized_page_by_id(page_id))


def translation_ids(page):
    """The ids of every version of `page` (itself included, drafts too), as a subquery:
    what other pages link to when they name it in some language."""
    return Page.objects.filter(translation_key=page.translation_key).values("pk")


def language_links(request, page=None, route_page=None):
    """One link per site language, in the order of settings.LANGUAGES, to the same
    place in that language (core.same_place): the page's translation with the same
    sub-page and filters, the same route after the address of `route_page`'s
    translation (a view at a page's address plus something: an event's booking form),
    the same view outside Wagtail, or else that language's home."""
    origin = page if page is not None else route_page

    def compute():
        site = Site.find_for_request(request)
        homes, translations = {}, {}
        if site is not None and origin is not None and origin.pk:
            # The home pages and the page's versions in one query.
            homes, translations = map(dict, _translations(request, site.root_page, origin))
        elif site is not None:
            homes = _home_pages(request)
        if origin is not None and origin.pk:
            # A draft shown in preview is still "the current page".
            translations.setdefault(translation.get_language(), origin)
        links = []
        for code, _name in settings.LANGUAGES:
            target = translations.get(code)
            if target is not None:
                url = localized_url(request, page, target, route_page)
                # The same place without the visitor's query string: what the page
                # type's hook chose (a material's own slug in that language).
                canonical = url.partition("?")[0]
            elif code in homes:
                canonical = homes[code].get_url(request)
                url = (origin is None and same_place.view_place(request, code)) or canonical
            else:
                continue
            links.append(
                LanguageLink(
                    code=code,
                    name=translation.get_language_info(code)["name_local"].capitalize(),
                    url=url,
                    full_url=absolute_url(canonical, request),
                    is_current=code == translation.get_language(),
                    has_translation=code in translations or origin is None,
                )
            )
        return links

    key = ("languages", getattr(page, "pk", None), getattr(route_page, "pk", None))
    return on_request(request, key, compute)


def localized_url(request, page, target, route_page=None):
    """Where the switcher leads from `page` to its translation `target`: the page
    type's hook (core.models.BasePage.localized_url_for), or the translation's address;
    from a route at `route_page`'s address (page None), the same route after `target`'s
    (core.same_place.route_place), or `target` itself where that cannot be told."""
    if page is None:
        return same_place.route_place(request, route_page, target) or target.get_url(request)
    hook = getattr(page, "localized_url_for", None)
    return hook(request, target) if hook else target.get_url(request)


def alternate_links(request, page):
    """(hreflang, absolute address) of each language version of a page, without query
    string, and x-default: the site's default language; none for what is not a page."""
    if page is None or not page.pk:
        return []
    found = [
        (link.code, link.full_url) for link in language_links(request, page) if link.has_translation
    ]
    default = dict(found).get(settings.LANGUAGE_CODE)
    return found + [("x-default", default)] if default else found
