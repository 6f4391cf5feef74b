"""
Page addresses reversed once per process.

Wagtail reverses its `wagtail_serve` pattern for every link to a page (and switches the
active language around it): about 20 µs a link, and a page shows dozens of links. The
address depends only on the language, the path below the site's root and the URL
configuration, so it is kept for each of those.
"""

import functools

from django.conf import settings
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils import translation


def page_path(language_code, path):
    """The address of the page at `path` (below its site's root page) in that language,
    as Wagtail's `get_url_parts` reverses it; None where the pattern does not match."""
    return _reversed(settings.ROOT_URLCONF, get_urlconf(), get_script_prefix(), language_code, path)


@functools.lru_cache(maxsize=10_000)
def _reversed(_root_urlconf, urlconf, _script_prefix, language_code, path):
    try:
        with translation.override(language_code):
            return reverse("wagtail_serve", urlconf=urlconf, args=(path,))
    except NoReverseMatch:
        return None
