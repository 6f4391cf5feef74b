from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField


@register_setting(icon="site")
class ContactDetails(BaseGenericSetting):
    """The centre's address, logo, email, phone, position on the map and profiles: what
    the contact page, the footer and search engines show (the home page's schema.org
    Organization, the publisher of news). Settings are the same in every language: the
    address and opening hours as visitors read them are on the translated Footer."""

    logo = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    street_address = models.CharField(
        _("street address"),
        max_length=200,
        blank=True,
        help_text=_("Street and building, as written on a letter."),
    )
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    city = models.CharField(_("city"), max_length=80, default="Dushanbe")
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Where the centre is on the map, in degrees north, such as 38.5731."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("In degrees east, such as 68.7864."),
    )
    profiles = StreamField(
        [("url", blocks.URLBlock(label=_("Web address")))],
        verbose_name=_("profiles on other sites"),
        blank=True,
        help_text=_("The centre's pages on social networks and other sites."),
    )

    panels = [
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("street_address"), FieldPanel("postal_code"), FieldPanel("city")],
            heading=_("Address"),
        ),
        FieldPanel("email"),
        FieldPanel("phone"),
        MultiFieldPanel(
            [FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Position on the map")
        ),
        FieldPanel("profiles"),
    ]

    class Meta:
        verbose_name = _("contact details")

    def profile_urls(self):
        return [block.value for block in self.profiles if block.value]
