import re

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from core import navigation
from core.blocks import BaseStreamBlock
from core.choices import label_of
from core.models import BasePage
from core.pagination import paginate
from core.renditions import with_renditions

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
            # which PostgreSQL refuses) matches no news item.
            items = items.filter(tags__slug=tag) if TAG_SLUG.fullmatch(tag) else items.none()
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


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


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
    tags = ClusterTaggableManager(
        through=NewsPageTag, blank=True, verbose_name=pgettext_lazy("news", "tags")
    )
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
        FieldPanel("tags"),
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

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_programme"] = navigation.linked_page(request, self.related_programme_id)
        context["tags"] = self.tags.all()
        # The news index is the parent: its address is this one without the last part.
        context["news_index_url"] = self.get_url(request)[: -len(self.slug) - 1]
        return context
