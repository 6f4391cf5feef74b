from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class OrganisationKind(models.TextChoices):
    DONOR = "donor", _("Donor")
    PARTNER = "partner", _("Partner")
    SPONSOR = "sponsor", _("Sponsor")
    MEDIA_PARTNER = "media", _("Media partner")


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    """A donor, partner, sponsor or media partner of the centre."""

    name = models.CharField(pgettext_lazy("name of a thing", "name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=20, choices=OrganisationKind.choices, default=OrganisationKind.PARTNER
    )
    logo = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    show_on_home_page = models.BooleanField(
        _("show on the home page"),
        default=False,
        help_text=_("Show this organisation in the partners and donors strip of the home page."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("show_on_home_page"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("kind"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name
