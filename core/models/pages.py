import contextlib

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import prefetch_related_objects
from django.db.models.functions import Coalesce
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core import page_urls, view_restrictions
from core.folding import fold
from core.forms import BasePageForm
from core.slugs import latin_slug, needs_latin


class BasePage(Page):
    """
    What every page of the site has: a short summary for listings and search
    engines, and an image for sharing on social networks.
    """

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=300,
        help_text=_(
            "One or two sentences shown in listings, and to search engines when "
            "the search description is empty."
        ),
    )
    social_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social networks."),
    )

    search_fields = [*Page.search_fields, index.SearchField("folded_text")]
    base_form_class = BasePageForm
    # Foreign keys a page shows whenever it is served, loaded with it while routing.
    related_on_route = ("social_image",)
    content_panels = [*Page.content_panels, FieldPanel("summary")]
    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        # Pages made outside the admin form (translations, scripts) get Latin slugs too.
        if needs_latin(self.slug):
            self.slug = latin_slug(self.slug) or latin_slug(self.title)
        super().full_clean(*args, **kwargs)

    @property
    def folded_text(self):
        """The page's searchable text with Tajik letters folded; empty when it has none."""
        text = " ".join(self._searchable_texts())
        folded = fold(text)
        return folded if folded != text else ""

    def _searchable_texts(self):
        model_fields = {field.name: field for field in self._meta.get_fields()}
        for search_field in self.search_fields:
            name = search_field.field_name
            if not isinstance(search_field, index.SearchField) or name == "folded_text":
                continue
            value = getattr(self, name, None)
            if callable(value):
                value = value()
            model_field = model_fields.get(name)
            if isinstance(model_field, StreamField):
                yield from map(str, model_field.get_searchable_content(value))
            elif value:
                yield strip_tags(str(value))

    def route(self, request, path_components):
        """Wagtail's routing, with each step's child loaded as its own type in one query."""
        if path_components:
            child = self.specific_child(path_components[0])
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        # No such child, or one of a type this page does not expect: Wagtail's own way.
        return super().route(request, path_components)

    def specific_child(self, slug):
        """The child page at `slug` as its specific type, or None.

        Wagtail reads the child, then its specific row: two queries at each step of
        an address. Where one page type is allowed here, that type is read at once,
        with the keys it shows (`related_on_route`); where several are, their tables
        are joined to the page's. Either way, one query.
        """
        models = [m for m in self.allowed_subpage_models() if list(m._meta.parents) == [Page]]
        # The filter of treebeard's get_children(), which Wagtail's route() uses.
        at_slug = {
            "depth": self.depth + 1,
            "path__range": (
                self.path + self.alphabet[0] * self.steplen,
                self.path + self.alphabet[-1] * self.steplen,
            ),
            "slug": slug,
        }
        if len(models) == 1:
            model = models[0]
            try:
                return model.objects.select_related(*model.related_on_route).get(**at_slug)
            except model.DoesNotExist:
                return None
        joins = {
            model._meta.get_ancestor_link(Page).related_query_name(): model for model in models
        }
        try:
            page = Page.objects.select_related(*joins).get(**at_slug)
        except Page.DoesNotExist:
            return None
        for name, model in joins.items():
            if page.content_type_id == _content_type_id(model):
                try:
                    return getattr(page, name)
                except ObjectDoesNotExist:
                    return None
        return None

    def read_for_keeping(self):
        """Read, before the routed page is kept (core.navigation.route), the renditions
        of the images it shows whenever it is served (those in `related_on_route`):
        one query when it is kept, instead of a cache round trip per image each time
        it is served."""
        images = [getattr(self, name) for name in self.related_on_route]
        images = [image for image in images if isinstance(image, AbstractImage)]
        prefetch_related_objects(images, "renditions")

    def get_url_parts(self, request=None):
        """Wagtail's (site id, root URL, path), with the path reversed once per process
        (core.page_urls). Where the page is under several sites, Wagtail's own choice."""
        roots = self._get_relevant_site_root_paths(request)
        if len({root.site_id for root in roots}) != 1:
            return super().get_url_parts(request)
        site_id, root_path, root_url, language_code = roots[0]
        active = translation.get_language()
        with contextlib.suppress(LookupError):  # no site language: the page's own
            if get_supported_content_language_variant(active) == language_code:
                language_code = active  # a variant of the page's language, as Wagtail does
        path = page_urls.page_path(language_code, self.url_path[len(root_path) :])
        if path is None:
            return (site_id, None, None)
        if not getattr(settings, "WAGTAIL_APPEND_SLASH", True) and path != "/":
            path = path.rstrip("/")
        return (site_id, root_url, path)

    def get_view_restrictions(self):
        """Restrictions on this page or its ancestors (an alias: its original's), one query."""
        if not view_restrictions.any_exist():
            return PageViewRestriction.objects.none()
        paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        pages = Page.objects.filter(path__in=paths).values(source=Coalesce("alias_of_id", "id"))
        return PageViewRestriction.objects.filter(page_id__in=pages)

    @property
    def meta_description(self):
        return self.search_description or self.summary


def _content_type_id(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model).id
