import datetime
import re

from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalKey

from core import navigation
from core.blocks import BaseStreamBlock
from core.choices import label_of
from core.i18n import chosen_in_active_language
from core.jsonld import json_ld_script
from core.models import BasePage
from core.pagination import paginate
from core.renditions import with_renditions
from core.slugs import latin_slug

TAG_SLUG = re.compile(r"[-\w]{1,100}")


class NewsKind(models.TextChoices):
    ANNOUNCEMENT = "announcement", _("Announcement")
    PRESS_RELEASE = "press-release", _("Press release")
    STORY = "story", _("Story")


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news of one language, newest first, with an Atom feed at `feed/`."""

    per_page = 12

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def news(self):
        return with_renditions(NewsPage.objects.child_of(self).live(), "image").order_by(
            "-date", "-pk"
        )

    @path("")
    def index(self, request):
        items = self.news()
        tag = request.GET.get("tag", "").strip()
        kind = request.GET.get("kind", "")
        if tag:
            # A tag's slug is letters, digits and hyphens: anything else (a NUL byte,
            # which PostgreSQL refuses) matches no news item. A tag keeps its slug in
            # every language.
            items = (
                items.filter(tag_links__tag__slug=tag) if TAG_SLUG.fullmatch(tag) else items.none()
            )
        if kind in NewsKind.values:
            items = items.filter(kind=kind)
        return self.render(
            request,
            context_overrides={
                "page_obj": paginate(request, items, self.per_page),
                "kinds": NewsKind.choices,
                "selected_kind": kind,
                "selected_tag": tag,
            },
        )

    @path("feed/")
    def feed(self, request):
        from news.feeds import NewsFeed

        return NewsFeed(self)(request)


class NewsTag(TranslatableMixin, models.Model):
    """A word news items are filed under ("jazz"), translated like the other snippets.
    Its slug, the same in every language, is what the news index filters by."""

    name = models.CharField(pgettext_lazy("name of a thing", "name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        help_text=_(
            "Latin letters, in the news index's address when it shows this tag's news; "
            "made from the name when left empty, and the same in every language."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = pgettext_lazy("news", "tag")
        verbose_name_plural = pgettext_lazy("news", "tags")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="news_tag_slug_per_language")
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = latin_slug(self.name)[:100]
        super().save(*args, **kwargs)


class NewsPage(BasePage):
    """An announcement, press release or story."""

    date = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(
        _("kind"), max_length=20, choices=NewsKind.choices, default=NewsKind.ANNOUNCEMENT
    )
    get_kind_display = label_of("kind", NewsKind)
    image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    related_programme = models.ForeignKey(
        "programmes.ProgrammePage",
        verbose_name=_("related programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("kind"), FieldPanel("related_programme")],
            heading=_("About this news item"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel(
            "tag_links", heading=pgettext_lazy("news", "Tags"), label=pgettext_lazy("news", "Tag")
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    related_on_route = ("social_image", "image")
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")
        # Every listing shows the newest first, a few at a time: the database walks
        # this index and stops at the first items of the page or programme asked for.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_newest_first")]

    @property
    def listing_image(self):
        return self.image

    def published_at(self):
        """When the item is said to be published: its date, at 9 in the morning in Dushanbe."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time(9)))

    def modified_at(self):
        """When it last changed: its last publication, never before its date."""
        return max(filter(None, [self.published_at(), self.last_published_at]))

    def get_context(self, request, *args, **kwargs):
        from news.jsonld import news_article

        context = super().get_context(request, *args, **kwargs)
        context["related_programme"] = navigation.linked_page(request, self.related_programme_id)
        context["tags"] = self.tags_in_active_language()
        context["json_ld"] = json_ld_script(news_article(self, request, tags=context["tags"]))
        # The news index is the parent: its address is this one without the last part.
        context["news_index_url"] = self.get_url(request)[: -len(self.slug) - 1]
        return context

    def tags_in_active_language(self):
        """The tags in the order staff gave them, each in the visitor's language where it
        is translated; `lang` names the language of one that is not."""
        language = translation.get_language()
        tags = chosen_in_active_language(self.tag_links, "tag")
        return [
            {
                "name": tag.name,
                "slug": tag.slug,
                "lang": "" if tag.locale.language_code == language else tag.locale.language_code,
            }
            for tag in tags
        ]


class NewsTagLink(Orderable):
    """A tag of a news item."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="tag_links")
    tag = models.ForeignKey(
        NewsTag,
        verbose_name=pgettext_lazy("news", "tag"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("tag")]
