"""
The footer is the same on every page of a language, so its HTML is kept in the
cache. Whatever could change it (the footer itself, or a page it links to being
published, unpublished, moved or deleted) empties that cache at once.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished, post_page_move

FOOTER_FRAGMENT = "site_footer"


def footer_cache_keys():
    return [
        make_template_fragment_key(FOOTER_FRAGMENT, [code]) for code, _name in settings.LANGUAGES
    ]


def forget_footer(**kwargs):
    cache.delete_many(footer_cache_keys())


def connect():
    from wagtail.models import Page

    from core.models import Footer

    post_save.connect(forget_footer, sender=Footer, dispatch_uid="footer-saved")
    post_delete.connect(forget_footer, sender=Footer, dispatch_uid="footer-deleted")
    page_published.connect(forget_footer, dispatch_uid="footer-page-published")
    page_unpublished.connect(forget_footer, dispatch_uid="footer-page-unpublished")
    post_page_move.connect(forget_footer, dispatch_uid="footer-page-moved")
    post_delete.connect(forget_footer, sender=Page, dispatch_uid="footer-page-deleted")
