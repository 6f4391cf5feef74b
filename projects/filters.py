from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.filter_fields import IdChoiceField
from core.page_cache import for_content_version
from core.pagination import paginate
from partners.models import Organisation
from projects.enums import Country, PartnerRole, ProjectStatus


def countries_with_projects(locale_id):
    """The codes of the countries the live projects of a language name (read once per
    content version)."""
    from projects.models import ProjectCountry

    def compute():
        found = ProjectCountry.objects.filter(page__live=True, page__locale_id=locale_id)
        return sorted(set(found.values_list("country", flat=True)))

    return for_content_version(f"projects:countries:{locale_id}", compute)


class ProjectFilters(forms.Form):
    """The filters of the project index: a GET form that works without JavaScript."""

    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=[("", _("Any"))] + ProjectStatus.choices
    )
    theme = IdChoiceField(label=_("Theme"), required=False, queryset=None, empty_label=_("Any"))
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=[("", _("Any"))] + Country.choices
    )
    donor = IdChoiceField(label=_("Donor"), required=False, queryset=None, empty_label=_("Any"))

    def __init__(self, data, *, locale_id):
        super().__init__(data)
        from projects.models import ProjectPartner, ProjectTheme

        # Projects keep the theme and donor staff chose in the source language; the
        # choices are their translations, matched by translation key.
        # Only the countries some project names: a choice never leads to nothing.
        named = countries_with_projects(locale_id)
        self.fields["country"].choices = [("", _("Any"))] + sorted(
            (choice for choice in Country.choices if choice[0] in named),
            key=lambda choice: str(choice[1]),
        )
        self.fields["theme"].queryset = ProjectTheme.objects.filter(locale_id=locale_id)
        donor_keys = ProjectPartner.objects.filter(role=PartnerRole.DONOR).values(
            "organisation__translation_key"
        )
        self.fields["donor"].queryset = Organisation.objects.filter(
            locale_id=locale_id, translation_key__in=donor_keys
        )

    @property
    def is_filtered(self):
        return any(self.data.get(name) for name in self.fields)

    def filter(self, projects):
        """The projects that match; none when a filter value is not one we know."""
        if not self.is_valid():
            return projects.none()
        data = self.cleaned_data
        today = timezone.localdate()
        if data["status"] == ProjectStatus.UPCOMING:
            projects = projects.filter(start_date__gt=today)
        elif data["status"] == ProjectStatus.ONGOING:
            projects = projects.filter(start_date__lte=today).filter(
                Q(end_date__isnull=True) | Q(end_date__gte=today)
            )
        elif data["status"] == ProjectStatus.COMPLETED:
            projects = projects.filter(end_date__lt=today)
        if data["theme"]:
            projects = projects.filter(
                theme_links__theme__translation_key=data["theme"].translation_key
            )
        if data["country"]:
            projects = projects.filter(countries__country=data["country"])
        if data["donor"]:
            projects = projects.filter(
                partners__organisation__translation_key=data["donor"].translation_key,
                partners__role=PartnerRole.DONOR,
            )
        # A project with two matching themes, countries or donors is listed once.
        return (
            projects.distinct() if data["theme"] or data["country"] or data["donor"] else projects
        )

    def paginate(self, request, projects, per_page):
        return paginate(request, self.filter(projects), per_page)
