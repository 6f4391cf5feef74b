from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

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

    @property
    def meta_description(self):
        return self.search_description or self.summary
