"""The resource centre's page: the catalogue of materials, in each language.

Its address lists the materials (`views.catalogue`); each material has its own page below
it, `<slug>/` (`views.material`), the slug being that language's.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.models import BasePage


class ResourceCentrePage(RoutablePageMixin, BasePage):
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Who the resource centre is for and how an organisation gets access."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    per_page = 12

    class Meta:
        verbose_name = _("resource centre")
        verbose_name_plural = _("resource centres")

    @property
    def filter_form(self):
        """The catalogue's filters: the language switcher keeps them (core.same_place)."""
        from resources.catalogue import ResourceFilters

        return ResourceFilters

    @path("")
    def catalogue(self, request):
        from resources import views

        return views.catalogue(request, self)

    @path("<slug:slug>/")
    def material(self, request, slug):
        from resources import views

        return views.material(request, self, slug)

    def material_url(self, slug, base=None):
        """The address of the material at `slug` (of this page's language, or of the
        translation of this page at `base`)."""
        return (base or self.url) + self.reverse_subpage("material", kwargs={"slug": slug})

    def localized_url_for(self, request, translation):
        """A material's page leads to the material's translation, whose slug is its own,
        or to the catalogue where the material has none in that language."""
        match = getattr(request, "routable_resolver_match", None)
        if match is not None and match.url_name == "material":
            from resources.views import translated_slug

            base = translation.get_url(request)
            found = translated_slug(self.locale_id, match.kwargs["slug"], translation.locale_id)
            return self.material_url(found, base) if found else base
        return super().localized_url_for(request, translation)
