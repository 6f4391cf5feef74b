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


def forget_navigation_of_pages_and_sites(sender, instance, **kwargs):
    from wagtail.models import Page, Site

    from core.navigation import forget_navigation

    if isinstance(instance, Page | Site):
        forget_navigation()


def connect():
    from wagtail.models import Page, PageViewRestriction

    from core import view_restrictions
    from core.models import Footer
    from core.navigation import forget_navigation

    post_save.connect(forget_footer, sender=Footer, dispatch_uid="footer-saved")
    post_delete.connect(forget_footer, sender=Footer, dispatch_uid="footer-deleted")
    page_published.connect(forget_footer, dispatch_uid="footer-page-published")
    page_unpublished.connect(forget_footer, dispatch_uid="footer-page-unpublished")
    post_page_move.connect(forget_footer, dispatch_uid="footer-page-moved")
    post_delete.connect(forget_footer, sender=Page, dispatch_uid="footer-page-deleted")

    # The home pages, menus and translation lists kept by core.navigation. Any save
    # counts (a title or slug changed by a script, not only a publication).
    post_save.connect(forget_navigation_of_pages_and_sites, dispatch_uid="navigation-saved")
    post_delete.connect(forget_navigation_of_pages_and_sites, dispatch_uid="navigation-deleted")
    page_unpublished.connect(forget_navigation, dispatch_uid="navigation-page-unpublished")
    post_page_move.connect(forget_navigation, dispatch_uid="navigation-page-moved")

    post_save.connect(
        view_restrictions.forget, sender=PageViewRestriction, dispatch_uid="restriction-saved"
    )
    post_delete.connect(
        view_restrictions.forget, sender=PageViewRestriction, dispatch_uid="restriction-deleted"
    )
