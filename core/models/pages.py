from django.db import models
from django.db.models.functions import Coalesce
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core import page_cache, same_place
from core.forms import BasePageForm
from core.slugs import latin_slug, needs_latin
from core.word_forms import word_forms


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

    search_fields = [*Page.search_fields, index.SearchField("word_forms")]
    base_form_class = BasePageForm
    # Foreign keys a page shows whenever it is served, read with it while routing.
    related_on_route = ("social_image",)
    # A listing's GET filters (a form taking `locale_id`): the language switcher keeps
    # them, each chosen object's id replaced by its translation's (core.same_place).
    filter_form = None
    content_panels = [*Page.content_panels, FieldPanel("summary")]
    promote_panels = [*Page.promote_panels, FieldPanel("social_image")]

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        # Pages made outside the admin form (translations, scripts) get Latin slugs too.
        if needs_latin(self.slug):
            self.slug = latin_slug(self.slug) or latin_slug(self.title)
        super().full_clean(*args, **kwargs)

    def sharing_image(self):
        """The image shown when the page is shared and to search engines: its sharing
        image, else its own (the one listings show)."""
        if self.social_image_id:
            return self.social_image
        return getattr(self, "listing_image", None)

    @property
    def word_forms(self):
        """The forms of the words of the page's searchable text that search finds it by
        and the text does not have: in Russian letters, in Latin letters, stemmed
        (core/word_forms.py)."""
        return word_forms(" ".join(self._searchable_texts()))

    def _searchable_texts(self):
        model_fields = {field.name: field for field in self._meta.get_fields()}
        for search_field in self.search_fields:
            name = search_field.field_name
            if not isinstance(search_field, index.SearchField) or name == "word_forms":
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
        """Wagtail's routing, each step's child read as its own type in one query
        (Wagtail reads the child page, then its specific row: two queries a step).
        A child of a type this page does not expect, or no such child, goes Wagtail's
        own way. `route` is Wagtail's documented hook; kept because without it a detail
        page takes 12-14 queries instead of at most 10 (measured for issue 18: each
        step of the address costs one more query, and the keys in `related_on_route`
        one each)."""
        if path_components:
            child = self.specific_child(path_components[0])
            if child is not None:
                return child.route(request, path_components[1:])
        return super().route(request, path_components)

    def specific_child(self, slug):
        """The live or draft child page at `slug` as its own type, or None. Where one
        page type may be a child here, that type is read with the keys it shows
        (`related_on_route`); where several may, their tables are joined to the page's."""
        models = self.allowed_subpage_models()
        if len(models) == 1:
            (model,) = models
            children = model.objects.child_of(self).filter(slug=slug)
            return children.select_related(*getattr(model, "related_on_route", ())).first()
        # The one-to-one link from Page to each page type (Django's reverse relation
        # of a child model's page_ptr), by its name; `_meta.get_fields()` is Django's
        # documented Model _meta API.
        joins = {
            relation.name: relation.related_model
            for relation in Page._meta.get_fields()
            if relation.one_to_one and relation.auto_created and relation.related_model in models
        }
        page = Page.objects.child_of(self).filter(slug=slug).select_related(*joins).first()
        if page is None:
            return None
        name = next((name for name, model in joins.items() if model is page.specific_class), None)
        return getattr(page, name, None) if name else None  # None: its row is missing

    def get_view_restrictions(self):
        """Wagtail's restrictions on this page and its ancestors (an alias: its
        original's), in one query where Wagtail takes two, and none while no page of
        the site has any (which the page cache's content version remembers: a
        restriction saved or deleted changes it)."""
        if not page_cache.for_content_version(
            "any-view-restriction", PageViewRestriction.objects.exists
        ):
            return PageViewRestriction.objects.none()
        pages = self.get_ancestors(inclusive=True).values(source=Coalesce("alias_of_id", "id"))
        return PageViewRestriction.objects.filter(page_id__in=pages)

    def localized_url_for(self, request, translation):
        """Where the language switcher leads from what this request shows of the page:
        the same sub-page and filters on `translation`, this page in another language."""
        return same_place.page_place(request, self, translation)

    @property
    def meta_description(self):
        return self.search_description or self.summary
