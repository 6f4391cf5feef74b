from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField


@register_setting(icon="site")
class ContactDetails(BaseGenericSetting):
    """The centre's address, logo and profiles: what search engines are told about it
    (the home page's schema.org Organization, the publisher of news)."""

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
        FieldPanel("profiles"),
    ]

    class Meta:
        verbose_name = _("contact details")

    def profile_urls(self):
        return [block.value for block in self.profiles if block.value]
