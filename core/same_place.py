"""
The same place in another language: where the language switcher leads, and what a
page's canonical address and hreflang alternates name.

A page's place is its address in that language, with the sub-page a routable page
serves (a month of the events calendar, the past events) and the visitor's query
string (a listing's filters, the page number), its filter values that are ids of
translated objects (a programme, a venue, a theme) replaced by the ids of their
translations. A view outside Wagtail (the search with its query, an applicant's
status page) is the same view under the other language's prefix; one at a page's
address plus something (an event's booking form, "book/" after the event's address)
names that page in its context as `route_page`, and is the same route after the
address of the page's translation.
"""

import hashlib

from django.urls import translate_url

from wagtail.contrib.routable_page.models import RoutablePageMixin

from core.filter_fields import IdChoiceField, is_id

WAGTAIL_PAGE_VIEW = "wagtail_serve"
# The keyword argument of the routes at a page's address plus something (the booking
# form, `book`; a calendar file, `ics`): the page's path, which differs by language.
PAGE_PATH = "page_path"


def sub_route(request, page):
    """What a routable page serves below its own address for this request, such as
    "2027/01/" for a month of the events calendar; "" for the page itself."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not isinstance(page, RoutablePageMixin):
        return ""
    return page.reverse_subpage(match.url_name, args=match.args, kwargs=match.kwargs)


def canonical_path(request, page):
    """The address of the page with its sub-page, without the query string."""
    return page.get_url(request) + sub_route(request, page)


def translated_query(request, page, translation):
    """The visitor's query string ("?…" or "") for the same listing in `translation`:
    each filter value naming a translated object names its translation there, and
    one that has no translation there is left out."""
    if not request.GET:
        return ""
    query = request.GET.copy()
    form_class = getattr(page, "filter_form", None)
    if form_class is not None:
        # The form's choices in the other language: the objects of its locale.
        form = form_class(None, locale_id=translation.locale_id)
        for name, field in form.fields.items():
            value = query.get(name, "")
            if isinstance(field, IdChoiceField) and is_id(value):
                translated = translated_choice(field.queryset, value)
                if translated is None:
                    query.pop(name)
                else:
                    query[name] = str(translated)
    return "?" + query.urlencode() if query else ""


def translated_choice(choices, object_id):
    """The id of the object among `choices` that translates the object `object_id`."""
    sources = choices.model.objects.filter(pk=object_id).values("translation_key")
    return choices.filter(translation_key__in=sources).values_list("pk", flat=True).first()


def page_place(request, page, translation):
    """Where the visitor is on `page`, in `translation` (the page in another language)."""
    return (
        translation.get_url(request)
        + sub_route(request, page)
        + translated_query(request, page, translation)
    )


def route_place(request, page, translation):
    """Where a route at `page`'s address plus something (an event's booking form, its
    address with "book/"; a calendar file, with ".ics") is in `translation`'s language:
    the same after the translation's address, with the query string; None where this
    request's address does not extend the page's."""
    own = (page.get_url(request) or "").rstrip("/")
    address = request.get_full_path()
    rest = address.removeprefix(own)
    if not own or rest == address or rest[:1] not in ("/", "."):
        return None
    translated = translation.get_url(request)
    return translated.rstrip("/") + rest if translated else None


def view_place(request, language_code):
    """The address of a view outside Wagtail (search, an applicant's status) in another
    language, with its query string; None for an address Wagtail serves (a page not
    found), for a route at a page's address whose page is not known (PAGE_PATH: the
    booking form of an event not found, whose path differs by language) or none at all."""
    match = request.resolver_match
    if match is None or match.url_name == WAGTAIL_PAGE_VIEW or PAGE_PATH in match.kwargs:
        return None
    return translate_url(request.get_full_path(), language_code)


def place_key(request, page):
    """What the language links of a request depend on, for the cache keys of the
    fragments that show them (with the language and the content version): the page
    (a preview apart), and the address with its query string."""
    address = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"{getattr(page, 'pk', None)}:{getattr(request, 'is_preview', False)}:{address}"
