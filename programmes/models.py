from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core import navigation
from core.blocks import BaseStreamBlock
from core.contact import centre_contact
from core.models import BasePage
from core.renditions import as_cards, with_renditions


class ProgrammeIndexPage(BasePage):
    """Lists the centre's programmes: Jazz Academy, Bob's Music Award and the others."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["programmes.ProgrammePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("programme index page")
        verbose_name_plural = _("programme index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = with_renditions(
            ProgrammePage.objects.child_of(self).live(), "hero_image"
        ).order_by("path")
        return context


class ProgrammePage(BasePage):
    """One programme of the centre, with its own story told in blocks."""

    hero_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    contact_person = models.ForeignKey(
        "people.Person",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who visitors write to with questions about this programme."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("hero_image"),
        FieldPanel("body"),
        FieldPanel("contact_person"),
        FieldPanel("contact_email"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    related_on_route = ("social_image", "hero_image", "contact_person")
    parent_page_types = ["programmes.ProgrammeIndexPage"]
    subpage_types = ["applications.OpenCallPage"]

    class Meta:
        verbose_name = _("programme page")
        verbose_name_plural = _("programme pages")

    @property
    def listing_image(self):
        return self.hero_image

    def get_context(self, request, *args, **kwargs):
        from applications.sections import open_calls_of
        from news.models import NewsPage

        context = super().get_context(request, *args, **kwargs)
        versions = navigation.translation_ids(self)
        # News staff linked to this programme, in any of its languages.
        context["related_news"] = as_cards(
            NewsPage.objects.live().filter(
                locale_id=self.locale_id, related_programme_id__in=versions
            ),
            "image",
            "date",
        ).order_by("-date", "-pk")[:3]
        context["open_calls"] = open_calls_of(self)
        # Without an address of its own, visitors write to the centre's.
        context["contact_email"] = self.contact_email or centre_contact().email
        return context
