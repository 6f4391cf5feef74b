"""What social networks and search engines are shown of a page: its image, its language."""

from core import navigation, page_cache
from core.renditions import SHARING_IMAGE
from core.site_url import absolute_url

# Open Graph names a language with its country.
OPEN_GRAPH_LOCALES = {"en": "en_GB", "ru": "ru_RU", "tg": "tg_TJ"}


def open_graph_locale(language_code):
    return OPEN_GRAPH_LOCALES.get(language_code, language_code)


def sharing_image_url(request, page):
    """Absolute address of the 1200×630 JPEG shown for `page` (its `sharing_image()`), or
    "": worked out once per content version, so a warm page reads no image for it."""

    def compute():
        image = page.sharing_image()
        return absolute_url(image.get_rendition(SHARING_IMAGE).url, request) if image else ""

    if not page.pk or getattr(request, "is_preview", False):  # a draft may change it
        return compute()
    return navigation.on_request(
        request,
        ("sharing-image", page.pk),
        lambda: page_cache.for_content_version(f"sharing-image:{page.pk}", compute),
    )
