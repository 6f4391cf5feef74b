from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index


class ProfileLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("Label"), max_length=60, help_text=_("For example: SoundCloud")
    )
    url = blocks.URLBlock(label=_("Web address"))

    class Meta:
        icon = "link"
        label = _("Link")


class Person(TranslatableMixin, index.Indexed, models.Model):
    """Staff, teachers, jury members and artists: shown on programme and event pages."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(
        _("role"),
        max_length=160,
        blank=True,
        help_text=_("For example: programme coordinator, jazz piano teacher, jury member."),
    )
    is_group = models.BooleanField(
        _("ensemble or band"),
        default=False,
        help_text=_("Tick for a group of musicians rather than one person."),
    )
    photo = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("biography"), blank=True, max_length=1500)
    links = StreamField(
        [("link", ProfileLinkBlock())],
        verbose_name=_("links"),
        blank=True,
        help_text=_("Website, recordings, social networks."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("is_group"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("links"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("role"),
        index.AutocompleteField("role"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name
