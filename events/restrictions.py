"""
Pages staff have restricted (a login, a password or groups, on the page or above
it) stay out of everything public: listings, calendars, feeds and .ics files.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from wagtail.models import PageViewRestriction


def public_q(path="path"):
    """A condition on pages, or on rows that reach a page through `path` (say
    "event__path"): no view restriction on the page or one of its ancestors.

    The same test as Wagtail's `Page.objects.public()`, but inside the listing's own
    query, where `public()` first reads every restriction in a query of its own.
    """
    restricted_at_or_above = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef(path), 1, Length("page__path"))
    )
    return ~Exists(restricted_at_or_above)


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
