from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """
    Every live public page of every language (Wagtail's own sitemap lists only the
    default language), each with its translations as hreflang alternates and English
    as x-default.
    """

    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        pages = Page.objects.live().public()
        in_a_language_tree = Q()
        for root in roots:
            in_a_language_tree |= pages.descendant_of_q(root, inclusive=True)
        return pages.filter(in_a_language_tree).select_related("locale").order_by("path")

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        versions_by_key, key_by_location = self.translations()
        for url in urls:
            versions = versions_by_key.get(key_by_location.get(url["location"]), [])
            if len(versions) > 1:
                url["alternates"] = [*versions, *default_version(versions)]
        return urls

    def translations(self):
        """({translation key: each version's language and address}, {address: its key})."""
        versions_by_key, key_by_location = {}, {}
        for page in self.items():
            location = self.location(page)
            key_by_location[location] = page.translation_key
            versions_by_key.setdefault(page.translation_key, []).append(
                {"lang_code": page.locale.language_code, "location": location}
            )
        return versions_by_key, key_by_location


def default_version(versions):
    """The x-default alternate, as in the pages' heads: the English version, if any."""
    return [
        {"lang_code": "x-default", "location": version["location"]}
        for version in versions
        if version["lang_code"] == settings.LANGUAGE_CODE
    ]
