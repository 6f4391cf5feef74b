"""
Whole public pages for anonymous visitors, in the cache (Redis with REDIS_URL).

A page is cached only when nothing in it belongs to one visitor: an anonymous GET of a
language-prefixed address, answered 200, that sets no cookie, does not vary with
cookies (a form's CSRF token or the session make it vary) and is not marked private.
Staff (anyone with a session), the admin, previews and the applicant's status page
never come from the cache and never go into it.

Every cached page is stored with the site's *content version*, a random value in the
cache. Publishing, unpublishing, moving or deleting a page, or saving anything a page
shows (snippets, images, documents, settings, sites, redirects, tags), deletes it
(`content_changed`), so every page cached before is out of date at once. The menu's
and the footer's fragments are cached under it too. A page is cached no longer than
the next moment an app has scheduled (the `page_cache_next_change` hook: a call
opening or closing); what else depends on the clock (an event moving into the past)
shows within PAGE_CACHE_SECONDS.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag

from wagtail import hooks
from wagtail.images.models import AbstractRendition
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache_versions import current_version, forget_now_and_after_commit

CONTENT_VERSION_KEY = "page-cache:content-version"
# Cookies that change nothing on a public page: the CSRF cookie (pages with a form
# vary with it and are never cached) and the language choice (addresses carry it).
HARMLESS_COOKIES = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
# Apps whose rows public pages show (a setting a page shows lives in one of them).
# Applications, reviews, sessions, logs and queued mail are left out: they change all
# day and no public page shows them.
CONTENT_APPS = {
    "core",
    "home",
    "programmes",
    "projects",
    "news",
    "people",
    "partners",
    "events",
    "resources",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "taggit",
}
# wagtailcore rows written while staff work that no page shows until it is published,
# an event's stored dates, rewritten when the event is saved (which counts itself), and
# the resource centre's download counts and partner accounts, and the fingerprints of
# the text to translate (core/text_fingerprints.py), which no page shows.
IGNORED_MODELS = {
    "revision",
    "pagelogentry",
    "modellogentry",
    "workflowstate",
    "taskstate",
    "eventoccurrence",
    "monthlydownloads",
    "partneraccount",
    "textfingerprint",
}


def content_version():
    """The site's content version: part of every cached page's and fragment's key."""
    return current_version(CONTENT_VERSION_KEY)


def for_content_version(name, compute):
    """`compute()`, cached under the content version: until any content changes."""
    key = f"page-cache:{content_version()}:{name}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, timeout=settings.CONTENT_VERSION_SECONDS)
    return found


def content_changed(**kwargs):
    """Every cached page and fragment is out of date from now on."""
    forget_now_and_after_commit(CONTENT_VERSION_KEY)


def model_saved_or_deleted(sender, **kwargs):
    meta = sender._meta  # Django's documented model metadata API
    if meta.app_label not in CONTENT_APPS or meta.model_name in IGNORED_MODELS:
        return
    if issubclass(sender, AbstractRendition):  # made while pages render: changes nothing
        return
    content_changed()


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"page-cache-{signal}")
    post_save.connect(model_saved_or_deleted, dispatch_uid="page-cache-saved")
    post_delete.connect(model_saved_or_deleted, dispatch_uid="page-cache-deleted")


def is_public_page_request(request):
    """An anonymous GET of a public, language-prefixed address."""
    if request.method != "GET" or set(request.COOKIES) - HARMLESS_COOKIES:
        return False
    parts = request.path_info.split("/", 3)
    languages = {code for code, _name in settings.LANGUAGES}
    return len(parts) > 2 and parts[1] in languages and parts[2] != "applications"


def is_public_response(response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "cookie" not in response.get("Vary", "").lower()
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


def page_key(request):
    """The cache key of a page: its host, address with query string (which holds the
    language) and whether the browser takes gzip."""
    compressed = bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-cache:{digest}:{'gzip' if compressed else 'plain'}"


def seconds_to_cache(version):
    """PAGE_CACHE_SECONDS, or fewer when a scheduled change comes sooner.

    The next change is asked of the apps once per content version and cached beside it.
    """
    key = f"page-cache:next-change:{version}"
    next_change = cache.get(key)
    if next_change is None:
        moments = [change() for change in hooks.get_hooks("page_cache_next_change")]
        moments = [moment.timestamp() for moment in moments if moment is not None]
        next_change = min(moments, default=0)
        cache.set(key, next_change, timeout=settings.PAGE_CACHE_SECONDS)
    seconds = settings.PAGE_CACHE_SECONDS
    if next_change:
        seconds = min(seconds, int(next_change - timezone.now().timestamp()))
    return seconds


class PageCacheMiddleware:
    """Serves cached pages before sessions, language or database are touched.

    It sits right after whitenoise: a cached page skips every middleware below it, and
    what those middlewares added (security headers, CSP, compression) is cached with it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_public_page_request(request):
            return self.private(self.get_response(request))
        if not settings.PAGE_CACHE_SECONDS:
            return self.public(self.get_response(request), store=None)

        key = page_key(request)
        # The version and the page in one round trip to the cache.
        found = cache.get_many([CONTENT_VERSION_KEY, key])
        version = current_version(CONTENT_VERSION_KEY, found.get(CONTENT_VERSION_KEY))
        cached = found.get(key)
        if cached is not None and cached[0] == version:
            return self.hit(request, cached[1])

        response = self.get_response(request)
        seconds = seconds_to_cache(version)
        return self.public(response, store=(key, version, seconds) if seconds > 0 else None)

    @staticmethod
    def hit(request, response):
        response["X-Page-Cache"] = "hit"
        return get_conditional_response(request, etag=response["ETag"], response=response)

    def public(self, response, store):
        if not is_public_response(response):
            return self.private(response)
        # Browsers ask again each time (a 304 when nothing changed, by the ETag): a
        # visitor who has just booked sees the places left as they are. A shared cache
        # (a CDN, nginx) may keep the page PAGE_CACHE_MAX_AGE seconds.
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            must_revalidate=True,
            s_maxage=settings.PAGE_CACHE_MAX_AGE,
        )
        if store is not None:
            key, version, seconds = store
            if not response.has_header("ETag"):
                set_response_etag(response)
            response["X-Page-Cache"] = "miss"
            cache.set(key, (version, response), timeout=seconds)
        return response

    @staticmethod
    def private(response):
        """What is not public is for this visitor's browser alone (a CDN must not cache it)."""
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response
