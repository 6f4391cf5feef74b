from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """
    Every live public page of every language (Wagtail's own sitemap lists only the
    default language), each with its translations as hreflang alternates.
    """

    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        in_a_language_tree = Q()
        for root in roots:
            in_a_language_tree |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_language_tree)
            .select_related("locale")
            .order_by("path")
        )

    def _alternates(self):
        if not hasattr(self, "_alternates_by_key"):
            by_key = {}
            for page in self.items():
                by_key.setdefault(page.translation_key, []).append(
                    {"lang_code": page.locale.language_code, "location": self.location(page)}
                )
            self._alternates_by_key = by_key
        return self._alternates_by_key

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        alternates = self._alternates()
        for url, item in zip(urls, self.paginator.page(page).object_list, strict=True):
            versions = alternates.get(item.translation_key, [])
            if len(versions) > 1:
                url["alternates"] = versions
        return urls
