"""The privacy page chosen in Settings → Privacy notice, in the visitor's language."""

from django.utils import translation

from core import page_cache
from core.i18n import localized_page_by_id


def read_privacy_page_url():
    from core.models import PrivacyNotice

    page = localized_page_by_id(PrivacyNotice.load().page_id)
    return page.url if page and page.live else ""


def privacy_page_url():
    """The privacy page's address in the active language; "" when none is chosen."""
    language = translation.get_language()
    return page_cache.for_content_version(f"privacy-page:{language}", read_privacy_page_url)
