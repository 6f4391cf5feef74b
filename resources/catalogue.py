"""The catalogue of the resource centre: its filters, search inside the files' text and sort.

A fixed number of queries whatever the number of materials: the filters' choices (themes,
organisations, years: one query each), the count and the page of materials, then for the
page's materials their languages, their organisations' names in the visitor's language
and their current files (one query each).
"""

from django import forms
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.search.backends import get_search_backend

from core.filter_fields import IdChoiceField
from core.folding import fold
from core.pagination import paginate
from partners.models import Organisation
from projects.models import ProjectTheme
from resources.models import Resource, ResourceFile, ResourceKind, ResourceStatus
from resources.models.materials import LanguageName
from search.ranking import with_stems
from search.views import MAX_QUERY_LENGTH, printable

NEWEST, MOST_DOWNLOADED = "newest", "downloads"
ORDERING = {NEWEST: ("-created_at", "-pk"), MOST_DOWNLOADED: ("-downloads", "-created_at", "-pk")}
PDF = "application/pdf"


def approved(locale_id):
    """The approved materials of one language."""
    return Resource.objects.filter(locale_id=locale_id, status=ResourceStatus.APPROVED)


class ResourceFilters(forms.Form):
    """The catalogue's GET form: it works without JavaScript."""

    q = forms.CharField(label=_("Words"), required=False, max_length=MAX_QUERY_LENGTH)
    kind = forms.ChoiceField(
        label=_("Type"), required=False, choices=[("", _("Any"))] + ResourceKind.choices
    )
    theme = IdChoiceField(label=_("Theme"), required=False, queryset=None, empty_label=_("Any"))
    language = forms.ChoiceField(
        label=_("Language of the material"),
        required=False,
        choices=[("", _("Any"))] + LanguageName.choices,
    )
    organisation = IdChoiceField(
        label=_("Organisation"), required=False, queryset=None, empty_label=_("Any")
    )
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    sort = forms.ChoiceField(
        label=pgettext_lazy("sort order", "Sort"),
        required=False,
        choices=[
            ("", pgettext_lazy("sort order", "Best match or newest")),
            (NEWEST, pgettext_lazy("sort order", "Newest")),
            (MOST_DOWNLOADED, pgettext_lazy("sort order", "Most downloaded")),
        ],
    )

    def __init__(self, data, *, locale_id):
        super().__init__(data)
        self.locale_id = locale_id
        materials = approved(locale_id)
        self.fields["theme"].queryset = ProjectTheme.objects.filter(locale_id=locale_id)
        # Only organisations and years some material names: a choice never leads to nothing.
        self.fields["organisation"].queryset = Organisation.objects.filter(
            locale_id=locale_id,
            translation_key__in=materials.values("organisation__translation_key"),
        )
        self.fields["year"].choices = LazyYears(materials)

    @property
    def is_filtered(self):
        return any(self.data.get(name) for name in self.fields if name != "sort")

    @property
    def words(self):
        return self.cleaned_data["q"] if self.is_valid() else ""

    def filter(self, materials):
        """The materials that match the filters (not the words); none when a value is unknown."""
        if not self.is_valid():
            return materials.none()
        data = self.cleaned_data
        if data["kind"]:
            materials = materials.filter(kind=data["kind"])
        if data["theme"]:
            materials = materials.filter(themes__translation_key=data["theme"].translation_key)
        if data["language"]:
            materials = materials.filter(languages__code=data["language"])
        if data["organisation"]:
            materials = materials.filter(
                organisation__translation_key=data["organisation"].translation_key
            )
        if data["year"]:
            materials = materials.filter(year=data["year"])
        return materials

    def results(self):
        """The matching materials in the order asked for: a queryset, or search results
        (best match first unless a sort is chosen) when words are given."""
        sort = self.cleaned_data.get("sort") if self.is_valid() else ""
        materials = approved(self.locale_id)
        # Filters that join (themes, languages) go into a subquery: search results
        # filter on the material's own fields only.
        matching = materials.filter(pk__in=self.filter(materials).values("pk"))
        matching = matching.order_by(*ORDERING[sort or NEWEST])
        words = printable(self.words).strip()
        if not words:
            return matching
        query = with_stems(fold(words).replace('"', " "))
        return get_search_backend().search(query, matching, order_by_relevance=not sort)


class LazyYears:
    """The years of the materials as choices, read when the form is rendered or checked."""

    def __init__(self, materials):
        self.materials = materials
        self.years = None

    def __iter__(self):
        if self.years is None:  # once for checking the value and rendering the choices
            self.years = list(
                self.materials.exclude(year=None)
                .order_by("-year")
                .values_list("year", flat=True)
                .distinct()
            )
        yield ("", _("Any"))
        for year in self.years:
            yield (year, str(year))


def with_details(materials):
    """The `materials` (a list) with what their cards show: languages, the organisation's
    name in the visitor's language (`organisation_name`) and current files (`current_files`,
    PDFs first), in three queries whatever their number."""
    prefetch_related_objects(
        materials,
        Prefetch("languages"),
        Prefetch(
            "organisation", queryset=Organisation.objects.only("pk", "translation_key", "name")
        ),
    )
    keys = {
        material.organisation.translation_key for material in materials if material.organisation
    }
    names = dict(
        Organisation.objects.filter(
            translation_key__in=keys, locale__language_code=translation.get_language()
        ).values_list("translation_key", "name")
    )
    files = {}
    found = ResourceFile.objects.current().filter(
        resource_key__in={material.translation_key for material in materials}
    )
    for file in found.order_by("pk"):
        files.setdefault(file.resource_key, []).append(file)
    for material in materials:
        organisation = material.organisation
        material.organisation_name = (
            names.get(organisation.translation_key, organisation.name) if organisation else ""
        )
        material.current_files = sorted(
            files.get(material.translation_key, []), key=lambda f: f.content_type != PDF
        )
        material.cover = next((f.cover for f in material.current_files if f.cover), None)
    return materials


def catalogue_page(request, results, per_page):
    """The page of `results` (ResourceFilters.results) the request asks for, with details."""
    page_obj = paginate(request, results, per_page)
    page_obj.object_list = with_details(list(page_obj.object_list))
    return page_obj
