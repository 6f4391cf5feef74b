from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from modelcluster.fields import ParentalKey

from core import navigation
from core.blocks import BaseStreamBlock, StandardPageStreamBlock
from core.jsonld import home_page_data, json_ld_script
from core.models import BasePage


class HomePage(BasePage):
    """The front page of one language: a hero, then what the centre does."""

    latest_news_count = 3

    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), blank=True, max_length=400)
    hero_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero link"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page the hero's button leads to."),
    )
    hero_link_label = models.CharField(_("hero button label"), max_length=60, blank=True)
    introduction = models.TextField(_("introduction"), blank=True, max_length=800)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("introduction"),
        InlinePanel(
            "featured_programmes",
            label=_("Featured programmes"),
            help_text=_("The programmes shown on the home page, in this order."),
        ),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def sharing_image(self):
        return super().sharing_image() or self.hero_image

    def route(self, request, path_components):
        # Wagtail routes every address from the home page of the visitor's language:
        # the header and the sections need it too (core.navigation).
        navigation.routed_from_home(request, self)
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from applications.sections import calls_taking_applications
        from home.sections import (
            events_index,
            featured_programmes,
            latest_news,
            news_index,
            next_events,
            partner_strip,
        )

        context = super().get_context(request, *args, **kwargs)
        # The chosen page in the visitor's language, when it has been translated.
        context["hero_link"] = navigation.linked_page(request, self.hero_link_id)
        context["featured_programmes"] = featured_programmes(self)
        context["latest_news"] = latest_news(self, self.latest_news_count)
        context["news_index"] = news_index(request) if context["latest_news"] else None
        context["partners"] = partner_strip(self.locale_id)
        context["next_events"] = next_events(self.locale_id)
        context["events_index"] = events_index(request) if context["next_events"] else None
        context["open_calls"] = calls_taking_applications(self.locale_id)
        context["json_ld"] = json_ld_script(home_page_data(request))
        return context


class HomeFeaturedProgramme(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_programmes")
    programme = models.ForeignKey(
        "programmes.ProgrammePage",
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("programme")]


class StandardPage(BasePage):
    """A plain page: about the centre, contact, privacy."""

    body = StreamField(StandardPageStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
