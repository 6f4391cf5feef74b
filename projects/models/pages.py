from django.db import models
from django.db.models import QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import Orderable
from wagtail.search import index

from modelcluster.fields import ParentalKey

from core.blocks import BaseStreamBlock
from core.choices import label_of
from core.i18n import chosen_in_active_language, in_active_language, translated_field
from core.models import BasePage
from core.renditions import as_cards, with_renditions
from partners.models import Organisation
from projects.enums import Country, Currency, PartnerRole, ProjectStatus
from projects.filters import ProjectFilters


class ProjectIndexPage(BasePage):
    """The partnership projects of one language, filtered by status, theme, country, donor."""

    per_page = 10

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count_per_parent = 1
    filter_form = ProjectFilters

    class Meta:
        verbose_name = _("project index page")
        verbose_name_plural = _("project index pages")

    def projects(self):
        return (
            as_cards(ProjectPage.objects.child_of(self).live(), "image", "start_date", "end_date")
            .prefetch_related(
                "countries",
                models.Prefetch(
                    "partners",
                    queryset=ProjectPartner.objects.filter(role=PartnerRole.DONOR).annotate(
                        name=Coalesce(
                            translated_field("organisation__translation_key", Organisation, "name"),
                            "organisation__name",
                        )
                    ),
                    to_attr="donors",
                ),
            )
            .order_by("-start_date", "title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = ProjectFilters(request.GET, locale_id=self.locale_id)
        context["filters"] = filters
        # Read only where the template renders the cards, not when they come from the
        # cache (projects/project_index_page.html).
        context["page_obj"] = SimpleLazyObject(
            lambda: filters.paginate(request, self.projects(), self.per_page)
        )
        # A project's status (upcoming, ongoing, completed) changes with the date.
        context["today"] = timezone.localdate()
        return context


class ProjectPage(BasePage):
    """A project the centre runs with donors and partners."""

    image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    objectives = RichTextField(
        _("objectives"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("context and overview"),
        blank=True,
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty while it is open-ended.")
    )
    budget_amount = models.DecimalField(
        _("budget"), max_digits=12, decimal_places=0, null=True, blank=True
    )
    budget_currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR
    )
    gallery = StreamField(
        [("image", ImageBlock(label=_("Image")))],
        verbose_name=_("photo gallery"),
        blank=True,
    )
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        verbose_name=_("reports and documents"),
        blank=True,
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("budget_amount"), FieldPanel("budget_currency")]),
            ],
            heading=_("Dates and budget"),
        ),
        InlinePanel("theme_links", label=_("Themes")),
        InlinePanel("type_links", label=_("Types of project")),
        InlinePanel("countries", label=_("Countries")),
        InlinePanel("partners", label=_("Donors and partners")),
        FieldPanel("objectives"),
        FieldPanel("body"),
        FieldPanel("gallery"),
        FieldPanel("documents"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("objectives"),
        index.SearchField("body"),
    ]

    related_on_route = ("social_image", "image")
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("project page")
        verbose_name_plural = _("project pages")

    @property
    def status(self):
        return project_status(self.start_date, self.end_date)

    @property
    def listing_image(self):
        return self.image

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Themes and types in the order staff gave them, in the visitor's language.
        context["themes"] = chosen_in_active_language(self.theme_links, "theme")
        context["project_types"] = chosen_in_active_language(self.type_links, "project_type")
        context["partners"] = [
            {
                "name": partner.name,
                "website": partner.organisation.website,
                "logo": partner.organisation.logo,
                "role_label": PartnerRole(partner.role).label,
            }
            for partner in self.partners_in_active_language()
        ]
        context["countries"] = [country.get_country_display() for country in self.countries.all()]
        return context

    def partners_in_active_language(self):
        """The project's partners in the order staff gave them, each with the `name`
        of its organisation in the active language where it is translated: saved
        partners in one query with their logos' renditions; in the editor's preview,
        the form's unsaved ones, held in memory (core.i18n.chosen_in_active_language)."""
        partners = self.partners.all()
        if isinstance(partners, QuerySet):
            return with_renditions(partners, "organisation__logo").annotate(
                name=Coalesce(
                    translated_field("organisation__translation_key", Organisation, "name"),
                    "organisation__name",
                )
            )
        partners = sorted(partners, key=lambda partner: partner.sort_order or 0)
        organisations = Organisation.objects.filter(
            pk__in=[partner.organisation_id for partner in partners]
        )
        names = {org.translation_key: org.name for org in in_active_language(organisations)}
        for partner in partners:
            organisation = partner.organisation
            partner.name = names.get(organisation.translation_key, organisation.name)
        return partners


def project_status(start_date, end_date, today=None):
    today = today or timezone.localdate()
    if start_date > today:
        return ProjectStatus.UPCOMING
    if end_date is not None and end_date < today:
        return ProjectStatus.COMPLETED
    return ProjectStatus.ONGOING


class ProjectThemeLink(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="theme_links")
    theme = models.ForeignKey(
        "projects.ProjectTheme", verbose_name=_("theme"), on_delete=models.CASCADE, related_name="+"
    )
    panels = [FieldPanel("theme")]


class ProjectTypeLink(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="type_links")
    project_type = models.ForeignKey(
        "projects.ProjectType",
        verbose_name=_("type of project"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("project_type")]


class ProjectCountry(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="countries")
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    get_country_display = label_of("country", Country)
    panels = [FieldPanel("country")]


class ProjectPartner(Orderable):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    role = models.CharField(
        _("role"), max_length=20, choices=PartnerRole.choices, default=PartnerRole.PARTNER
    )
    panels = [FieldPanel("organisation"), FieldPanel("role")]
