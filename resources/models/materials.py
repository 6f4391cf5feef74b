"""A material of the resource centre: a report, a training module, a dataset...

One `Resource` row per language (wagtail-localize translates title and summary); the files
are shared by the translations: they hang on the resource's `translation_key`
(`ResourceFile.resource_key`), since a PDF is what it is whatever the page's language.

Visitors see a material that moderation approved (`status`) and that is published
(Wagtail's `DraftStateMixin`): `Resource.objects.listed()`. A translation wagtail-localize
makes is a draft (settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE) until its
translator publishes it from the translation editor.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext, pgettext_lazy

from wagtail.models import DraftStateMixin, Revision, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from core.choices import label_of
from core.slugs import latin_slug
from core.word_forms import word_forms


class ResourceKind(models.TextChoices):
    REPORT = "report", _("Report")
    TRAINING_MODULE = "training-module", _("Training module")
    TOOLKIT = "toolkit", _("Toolkit")
    DATASET = "dataset", _("Dataset or database")
    VIDEO = "video", _("Video")
    PRESENTATION = "presentation", _("Presentation")
    LAW = "law", _("Law or policy text")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", "Creative Commons BY 4.0"
    CC_BY_SA = "cc-by-sa-4.0", "Creative Commons BY-SA 4.0"
    CC_BY_NC = "cc-by-nc-4.0", "Creative Commons BY-NC 4.0"
    CC_BY_NC_SA = "cc-by-nc-sa-4.0", "Creative Commons BY-NC-SA 4.0"
    CC_BY_ND = "cc-by-nd-4.0", "Creative Commons BY-ND 4.0"
    CC0 = "cc0-1.0", _("Public domain (CC0)")
    ALL_RIGHTS_RESERVED = "all-rights-reserved", _("All rights reserved")


class ResourceStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Waiting for moderation")
    CHANGES_REQUESTED = "changes-requested", pgettext_lazy("material", "Changes requested")
    APPROVED = "approved", pgettext_lazy("material", "Approved")
    REJECTED = "rejected", pgettext_lazy("material", "Rejected")


class LanguageName(models.TextChoices):
    TAJIK = "tg", _("Tajik")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")
    UZBEK = "uz", _("Uzbek")
    OTHER = "other", _("Another language")


class MaterialLanguageQuerySet(models.QuerySet):
    def in_listed_order(self):
        """The languages as `LanguageName` lists them (Tajik first, another language
        last), as the catalogue's filter does, not in the order of their codes."""
        return self.order_by(
            models.Case(
                *(models.When(code=code, then=place) for place, code in enumerate(LanguageName))
            )
        )


class MaterialLanguage(models.Model):
    """A language a material is written in (rows made by migration 0002, one per
    `LanguageName`): a table, so that "materials in Tajik" is one indexed join on every
    database."""

    code = models.CharField(_("code"), max_length=8, primary_key=True, choices=LanguageName.choices)

    objects = MaterialLanguageQuerySet.as_manager()

    class Meta:
        verbose_name = _("language of a material")
        verbose_name_plural = _("languages of materials")
        ordering = ["code"]

    get_code_display = label_of("code", LanguageName)

    def __str__(self):
        return str(self.get_code_display())


# The materials visitors see: approved by moderation and published (a translation
# stays a draft until its translator publishes it).
LISTED = models.Q(status=ResourceStatus.APPROVED, live=True)


class ResourceQuerySet(models.QuerySet):
    def listed(self):
        """The materials visitors see (`LISTED`)."""
        return self.filter(LISTED)

    def with_schedule(self):
        """Each material with `scheduled_at`: when the version staff scheduled goes live
        (None when nothing is scheduled), read in the same query for a whole listing."""
        scheduled = Revision.objects.filter(
            base_content_type=ContentType.objects.get_for_model(self.model),
            object_id=Cast(OuterRef("pk"), models.CharField()),
            approved_go_live_at__isnull=False,
        ).order_by("-created_at")
        return self.annotate(scheduled_at=Subquery(scheduled.values("approved_go_live_at")[:1]))


# What a revision does not hold: moderation decides the status and its message, the
# contributor stays who they are, downloads are counted and the files' text read
# beside the form. Publishing a revision keeps the row's own values of these.
KEPT_WHEN_PUBLISHING = (
    "status",
    "moderation_message",
    "submitted_by_id",
    "downloads",
    "file_text",
    "created_at",
)


class Resource(DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, ClusterableModel):
    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("address"),
        max_length=120,
        blank=True,
        allow_unicode=False,
        help_text=_("Latin letters for the material's address; made from the title when empty."),
    )
    summary = models.TextField(_("summary"), max_length=1200)
    kind = models.CharField(_("type"), max_length=20, choices=ResourceKind.choices)
    themes = ParentalManyToManyField(
        "projects.ProjectTheme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    languages = ParentalManyToManyField(
        MaterialLanguage, verbose_name=_("languages of the material"), blank=True, related_name="+"
    )
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resources",
    )
    authors = models.CharField(_("authors"), max_length=300, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    licence = models.CharField(
        _("licence"), max_length=24, choices=Licence.choices, default=Licence.CC_BY
    )
    external_url = models.URLField(
        _("external link"),
        blank=True,
        help_text=_("A video or a page elsewhere, for a material that is not a file here."),
    )
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("project or programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    public = models.BooleanField(
        _("anyone may download"),
        default=False,
        help_text=_("Without this, only partner organisations' members download the files."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ResourceStatus.choices, default=ResourceStatus.APPROVED
    )
    moderation_message = models.TextField(
        _("message to the contributor"),
        blank=True,
        help_text=_("What to change, or why the material was refused: the contributor sees it."),
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The text inside the current files (PDF, DOCX, PPTX...), for search.
    file_text = models.TextField(blank=True, editable=False)
    downloads = models.PositiveIntegerField(_("downloads"), default=0, editable=False)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Deleting a material deletes its revisions (Wagtail's documented pattern).
    revision_rows = GenericRelation("wagtailcore.Revision", related_query_name="resource")

    objects = ResourceQuerySet.as_manager()

    # A moderator's message to the partner who shared the material is theirs alone: kept
    # with the status in every language, never offered to translators.
    override_translatable_fields = [SynchronizedField("moderation_message", overridable=False)]

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("summary"),
        index.SearchField("authors"),
        index.SearchField("file_text"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
        index.FilterField("status"),
        index.FilterField("live"),
        index.FilterField("kind"),
        # The catalogue narrows a search to its filtered materials (`id`) and sorts it.
        index.FilterField("id"),
        index.FilterField("created_at"),
        index.FilterField("downloads"),
        index.SearchField("word_forms"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["-created_at"]
        # Resource moderators approve, send back or refuse partners' contributions
        # (resources/moderation.py); changing a material does not include it.
        permissions = [("moderate_resource", _("Can moderate materials"))]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="resource_slug_per_locale"),
        ]
        indexes = [
            # The catalogue's two orders (catalogue.ORDERING), of the listed materials
            # alone: a page of them is read in index order, without sorting them all.
            # Ascending, so that reading backwards gives newest first and, among equals,
            # the highest id first, as the catalogue orders them.
            models.Index(
                fields=["locale", "created_at", "id"],
                condition=LISTED,
                name="resource_listed_newest",
            ),
            models.Index(
                fields=["locale", "downloads", "created_at", "id"],
                condition=LISTED,
                name="resource_listed_downloads",
            ),
            # The catalogue's choices of years and organisations, read from the index
            # alone rather than from every material's row.
            models.Index(fields=["locale", "status", "live", "year"], name="resource_years"),
            models.Index(
                fields=["locale", "status", "live", "organisation"], name="resource_organisations"
            ),
        ]

    get_kind_display = label_of("kind", ResourceKind)
    get_licence_display = label_of("licence", Licence)
    get_status_display = label_of("status", ResourceStatus)

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self.free_slug(latin_slug(self.title)[:100] or "material")
        super().save(*args, **kwargs)

    def free_slug(self, base):
        """`base`, or `base-2`, `base-3`... whichever no other material of this language has."""
        taken = set(
            Resource.objects.filter(locale_id=self.locale_id, slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        return slug

    @property
    def word_forms(self):
        """The other forms of the words search finds the material by: folded Tajik letters,
        Latin letters, stems (core/word_forms.py), as pages have."""
        return word_forms(" ".join((self.title, self.summary, self.authors, self.file_text)))

    @property
    def revisions(self):
        return self.revision_rows

    def with_content_json(self, content):
        """The material as a revision holds it, with what a revision does not hold
        (KEPT_WHEN_PUBLISHING) as the row has it now."""
        material = super().with_content_json(content)
        for name in KEPT_WHEN_PUBLISHING:
            setattr(material, name, getattr(self, name))
        return material

    def save_revision(self, *args, **kwargs):
        """Wagtail's, after recording the published version as the live revision when
        the material went live without one (the demo, an import, a partner's approved
        upload): Wagtail takes a live object without a live revision for unpublished, so
        a change scheduled for later would take the material off the catalogue until
        then, instead of leaving the published version listed."""
        if self.pk and self.live and not self.live_revision_id:
            stored = Resource.objects.get(pk=self.pk)
            self.live_revision = stored.record_live_revision()
        return super().save_revision(*args, **kwargs)

    def record_live_revision(self):
        """A revision of the material as it is stored, made its live revision."""
        revision = RevisionMixin.save_revision(self, clean=False)
        Resource.objects.filter(pk=self.pk).update(live_revision=revision)
        return revision

    @property
    def is_approved(self):
        return self.status == ResourceStatus.APPROVED

    def get_live_display(self):
        """Whether the material is published, scheduled or a draft, as the admin's
        listing says (`ResourceQuerySet.with_schedule` tells it what is scheduled); a
        dash while moderation has not approved it (its status says why)."""
        if not self.is_approved:
            return "—"
        scheduled_at = getattr(self, "scheduled_at", None)
        if scheduled_at:
            time = date_format(timezone.localtime(scheduled_at), "DATETIME_FORMAT")
            if self.live:
                return pgettext("material", "Published, changes scheduled for %(time)s") % {
                    "time": time
                }
            return pgettext("material", "Scheduled for %(time)s") % {"time": time}
        if not self.live:
            return pgettext("material", "Draft")
        if self.has_unpublished_changes:
            return pgettext("material", "Published, with unpublished changes")
        if self.expire_at:
            time = date_format(timezone.localtime(self.expire_at), "DATETIME_FORMAT")
            return pgettext("material", "Published until %(time)s") % {"time": time}
        return pgettext("material", "Published")

    @property
    def is_listed(self):
        """Whether visitors see the material (`ResourceQuerySet.listed`)."""
        return self.is_approved and self.live
