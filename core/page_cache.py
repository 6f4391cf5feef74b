"""
Whole public pages for anonymous visitors, kept in the cache.

A page is kept only when nothing in it belongs to one visitor: an anonymous GET of a
language-prefixed address, answered 200, that sets no cookie, does not vary with
cookies (a form's CSRF token or the session make it vary) and is not marked private.
Staff (anyone with a session), the admin, previews and the applicant's status page
never come from the cache and never go into it.

Every entry carries the cache's current *generation*. Publishing, unpublishing,
moving or deleting a page, or saving anything a page shows (snippets, images,
documents, settings, sites, redirects, tags), starts a new generation, so the next
visitor sees the change at once. A page is kept no longer than the next moment an
app has scheduled (the `page_cache_next_change` hook: a call opening or closing);
what else depends on the clock (an event moving into the past) shows within
PAGE_CACHE_SECONDS.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache, caches
from django.db.models.signals import post_delete, post_save
from django.middleware.gzip import re_accepts_gzip
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control, set_response_etag

from wagtail import hooks
from wagtail.images.models import AbstractRendition
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache_versions import current_version, forget_now_and_after_commit
from core.local_pages import local_pages

GENERATION_KEY = "page-cache:generation"
# The headers of a conditional request ("304 Not Modified" if the browser's copy is
# current): a kept page is checked against them only when one is sent.
CONDITIONAL_HEADERS = frozenset(
    {"HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE"}
)
# Cookies that change nothing on a public page: the CSRF cookie (pages with a form
# vary with it and are never kept) and the language choice (addresses carry the language).
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
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "taggit",
}
# wagtailcore rows written while staff work that no page shows until it is published,
# and an event's stored dates, rewritten when the event is saved (which counts itself).
IGNORED_MODELS = {
    "revision",
    "pagelogentry",
    "modellogentry",
    "workflowstate",
    "taskstate",
    "eventoccurrence",
}


def forget_all_pages(**kwargs):
    """Start a new generation: every kept page is out of date from now on."""
    forget_now_and_after_commit(GENERATION_KEY)
    kept_here = local_pages(caches["default"], GENERATION_KEY)
    if kept_here is not None:
        kept_here.announce()  # to every process (core.local_pages)


def forget_pages_showing(sender, **kwargs):
    meta = sender._meta
    if meta.app_label not in CONTENT_APPS or meta.model_name in IGNORED_MODELS:
        return
    if issubclass(sender, AbstractRendition):  # made while pages render: changes nothing
        return
    forget_all_pages()


def connect():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(forget_all_pages, dispatch_uid=f"page-cache-{signal}")
    post_save.connect(forget_pages_showing, dispatch_uid="page-cache-saved")
    post_delete.connect(forget_pages_showing, dispatch_uid="page-cache-deleted")


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
    compressed = bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))
    # The host as sent: only a page served (so its host allowed) is ever stored under it.
    address = f"{request._get_raw_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-cache:{digest}:{'gzip' if compressed else 'plain'}"


def current_generation_and_entry(key):
    """The generation, and the entry kept for `key` (one round trip to the cache)."""
    found = cache.get_many([GENERATION_KEY, key])
    return current_version(GENERATION_KEY, found.get(GENERATION_KEY)), found.get(key)


def seconds_to_keep(generation):
    """PAGE_CACHE_SECONDS, or fewer when a scheduled change comes sooner.

    The next change is asked of the apps once per generation and kept beside it.
    """
    key = f"page-cache:next-change:{generation}"
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
    """Serves kept pages before sessions, language or database are touched.

    It sits right after whitenoise: a kept page skips every middleware below it, and
    what those middlewares added (security headers, CSP, compression) is kept with it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not is_public_page_request(request):
            return self.private(self.get_response(request))
        if not seconds:
            return self.public(self.get_response(request), store=None)

        key = page_key(request)
        kept_here = local_pages(caches["default"], GENERATION_KEY)
        if kept_here is not None:
            epoch = kept_here.listen()
            response = kept_here.page(key)
            if response is not None:
                return self.hit(request, response)
        generation, entry = current_generation_and_entry(key)
        if kept_here is not None:
            kept_here.trust(generation, epoch)
        if entry is not None and entry[0] == generation and len(entry) == 3:
            if kept_here is not None:
                kept_here.keep(key, generation, entry[2], entry[1])
            return self.hit(request, entry[1])

        response = self.get_response(request)
        seconds = seconds_to_keep(generation)
        store = (key, generation, seconds, kept_here) if seconds > 0 else None
        return self.public(response, store=store)

    @staticmethod
    def hit(request, response):
        response["X-Page-Cache"] = "hit"
        if CONDITIONAL_HEADERS.isdisjoint(request.META):
            return response
        return get_conditional_response(request, etag=response["ETag"], response=response)

    def public(self, response, store):
        if not is_public_response(response):
            return self.private(response)
        patch_cache_control(response, public=True, max_age=settings.PAGE_CACHE_MAX_AGE)
        if store is not None:
            key, generation, seconds, kept_here = store
            if not response.has_header("ETag"):
                set_response_etag(response)
            response["X-Page-Cache"] = "miss"
            expires_at = time.time() + seconds
            cache.set(key, (generation, response, expires_at), timeout=seconds)
            if kept_here is not None:
                kept_here.keep(key, generation, expires_at, response)
        return response

    @staticmethod
    def private(response):
        """What is not public is for this visitor's browser alone (a CDN must not keep it)."""
        if not response.has_header("Cache-Control"):
            patch_cache_control(response, private=True, no_cache=True)
        return response
