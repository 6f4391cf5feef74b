"""
Pages staff have restricted (a login, a password or groups, on the page or above
it) stay out of everything public: listings, calendars, feeds and .ics files.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import Http404
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from wagtail.models import PageViewRestriction

from core import page_cache


def public_q(path="path"):
    """A condition on pages, or on rows that reach a page through `path` (say
    "event__path"): no view restriction on the page or one of its ancestors.

    The same test as Wagtail's `Page.objects.public()`, with the restricted pages read
    once per content version (core.page_cache) instead of in a query of every listing:
    while no page is restricted, no condition at all.
    """
    condition = Q()
    for restricted in restricted_paths():
        condition &= ~Q(**{f"{path}__startswith": restricted})
    return condition


def restricted_paths():
    """The tree paths of the restricted pages, without those below another one."""

    def read():
        outermost = []  # an ancestor's path sorts before its descendants'
        for found in sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))):
            if not any(found.startswith(above) for above in outermost):
                outermost.append(found)
        return outermost

    return page_cache.for_content_version("restricted-page-paths", read)


def refusal(request, view_restrictions):
    """How a file of a page (its .ics) answers a visitor the page's restrictions
    (`page.get_view_restrictions()`) keep out, as the page does: the login page for a
    login or groups; not found for a password, which only the page's own form asks
    for. None when they may see it."""
    for restriction in view_restrictions:
        if restriction.accept_request(request):
            continue
        if restriction.restriction_type == PageViewRestriction.PASSWORD:
            raise Http404
        login_url = getattr(settings, "WAGTAIL_FRONTEND_LOGIN_URL", None)
        response = redirect_to_login(
            request.get_full_path(), login_url or reverse("wagtailcore_login")
        )
        add_never_cache_headers(response)
        return response
    return None
