"""
What is kept for every visitor is forgotten when what it shows changes: the
navigation (core.navigation: the home pages, menus, translation lists and the
footer) when a page, a site or the footer is saved, published, unpublished, moved
or deleted; the private-page flag when a view restriction is.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_unpublished, post_page_move


def forget_navigation_of_pages_and_sites(sender, instance, **kwargs):
    from wagtail.models import Page, Site

    from core.navigation import forget_navigation

    if isinstance(instance, Page | Site):
        forget_navigation()


def connect():
    from wagtail.models import PageViewRestriction

    from core import view_restrictions
    from core.models import Footer
    from core.navigation import forget_navigation

    post_save.connect(forget_navigation, sender=Footer, dispatch_uid="footer-saved")
    post_delete.connect(forget_navigation, sender=Footer, dispatch_uid="footer-deleted")

    # The home pages, menus, translation lists and footers kept by core.navigation. Any
    # save counts (a title or slug changed by a script, not only a publication).
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
