from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Venue(TranslatableMixin, index.Indexed, models.Model):
    """Where events happen: a hall, a stage of the festival, a classroom."""

    name = models.CharField(pgettext_lazy("name of a thing", "name"), max_length=160)
    address = models.CharField(_("address"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=80, default="Dushanbe")
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    map_url = models.URLField(
        _("map link"), blank=True, help_text=_("A link to the place on OpenStreetMap or a map app.")
    )
    accessibility = models.TextField(
        _("accessibility"),
        blank=True,
        max_length=600,
        help_text=_("Step-free access, lifts, seating, toilets: what visitors need to know."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldRowPanel([FieldPanel("city"), FieldPanel("postal_code")]),
        FieldPanel("map_url"),
        FieldPanel("accessibility"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("address"),
        index.AutocompleteField("address"),
        index.FilterField("locale"),
    ]
    # A postal code is the same in every language.
    override_translatable_fields = [SynchronizedField("postal_code")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self):
        return self.name
