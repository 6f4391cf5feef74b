from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin

from core.blocks import LinkBlock


class Footer(TranslatableMixin, models.Model):
    """The footer every page shows: one per language, translated with wagtail-localize."""

    text = RichTextField(
        _("text"),
        features=["bold", "italic", "link"],
        help_text=_("Address, opening hours and how to reach the centre."),
    )
    links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("links"),
        blank=True,
        help_text=_("Links shown in the footer, such as social networks or the privacy page."),
    )

    panels = [FieldPanel("text"), FieldPanel("links")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer (%(language)s)") % {"language": self.locale.get_display_name()})

    @classmethod
    def for_active_locale(cls):
        return cls.objects.filter(locale__language_code=translation.get_language()).first()
