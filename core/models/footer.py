from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin

from core.blocks import LinkBlock
from core.i18n import localized_pages_by_id


class Footer(TranslatableMixin, models.Model):
    """The footer every page shows: one per language, translated with wagtail-localize."""

    text = RichTextField(
        _("text"),
        features=["bold", "italic", "link"],
        help_text=_("A few words about the centre, shown above its contact details."),
    )
    address = models.TextField(
        _("address"),
        blank=True,
        help_text=_(
            "The centre's address as visitors read it in this language, one line each. "
            "Email, phone and the position on the map are in Settings → Contact details."
        ),
    )
    opening_hours = models.TextField(
        _("opening hours"),
        blank=True,
        help_text=_("One line each, such as 'Monday to Friday: 10:00–19:00'."),
    )
    links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("links"),
        blank=True,
        help_text=_("Links shown in the footer, such as social networks or the privacy page."),
    )

    panels = [
        FieldPanel("text"),
        FieldPanel("address"),
        FieldPanel("opening_hours"),
        FieldPanel("links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer")
        verbose_name_plural = _("footers")

    def __str__(self):
        return str(_("Footer (%(language)s)") % {"language": self.locale.get_display_name()})

    def resolved_links(self, request):
        """(label, address) of each link, page links in the visitor's language, in one query."""
        values = [block["value"] for block in self.links.raw_data]
        pages = localized_pages_by_id(value.get("page") for value in values)
        links = []
        for value in values:
            page = pages.get(value.get("page"))
            href = page.get_url(request) if page else value.get("url")
            if href:  # a link to a page since unpublished or deleted is left out
                links.append((value["label"], href))
        return links

    @classmethod
    def for_active_locale(cls):
        return cls.objects.filter(locale__language_code=translation.get_language()).first()
