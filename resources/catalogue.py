"""The catalogue of the resource centre: its filters, search inside the files' text and sort.

A fixed number of queries whatever the number of materials: the filters' choices (themes,
organisations, years: one query each), the count and the page of materials (with words and
no other sort, best match first: the count, the page's index rows ranked in the search
index, then their materials, as the site search ranks pages: `search.ranking`), then for
the page's materials their languages, their organisations' names in the visitor's language
and their current files (one query each). Neither the text read from the files nor the
files' own text is loaded for a listing: only search reads it, in the index.
"""

from django import forms
from django.db.models import OuterRef, Prefetch, QuerySet, Subquery, prefetch_related_objects
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
from search.ranking import RankedMatches, ranked_matches, with_stems
from search.views import MAX_QUERY_LENGTH, printable

NEWEST, MOST_DOWNLOADED = "newest", "downloads"
ORDERING = {NEWEST: ("-created_at", "-pk"), MOST_DOWNLOADED: ("-downloads", "-created_at", "-pk")}
PDF = "application/pdf"


def approved(locale_id):
    """The approved materials of one language."""
    return Resource.objects.filter(locale_id=locale_id, status=ResourceStatus.APPROVED)


def listed(materials):
    """The `materials` without the text read from their files, which cards never show."""
    return materials.defer("file_text")


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
            translation_key__in=Organisation.objects.filter(
                pk__in=materials.values("organisation_id")
            ).values("translation_key"),
        )
        self.fields["year"].choices = LazyYears(materials)

    @property
    def is_filtered(self):
        return any(self.data.get(name) for name in self.fields if name != "sort")

    @property
    def words(self):
        return self.cleaned_data["q"] if self.is_valid() else ""

    @property
    def joins(self):
        """Whether a filter reads another table (themes, languages of the material)."""
        return self.is_valid() and any(self.cleaned_data[name] for name in ("theme", "language"))

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
        """The matching materials in the order asked for, for a Paginator: a queryset, or
        when words are given and no sort is chosen, the matches best first
        (`search.ranking.RankedMatches`)."""
        sort = self.cleaned_data.get("sort") if self.is_valid() else ""
        materials = approved(self.locale_id)
        matching = self.filter(materials)
        if self.joins:
            # Filters that join (themes, languages) go into a subquery: search filters
            # on the material's own fields only, and a material is listed once.
            matching = materials.filter(pk__in=matching.values("pk"))
        matching = listed(matching).order_by(*ORDERING[sort or NEWEST])
        words = printable(self.words).strip()
        if not words:
            return matching
        # Each word (folded as the materials' word_forms are) or its stem.
        query = with_stems(fold(words).replace('"', " "))
        matches = ranked_matches(matching, query)
        if matches is None:  # a search backend of another kind ranks its own way
            return get_search_backend().search(query, matching, order_by_relevance=not sort)
        return matches.unranked() if sort else matches


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
    PDFs first), in three queries whatever their number (two when none names an
    organisation)."""
    prefetch_related_objects(materials, Prefetch("languages"))
    in_language = Organisation.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=translation.get_language(),
    ).values("name")[:1]
    names = {
        pk: local_name or name
        for pk, name, local_name in Organisation.objects.filter(
            pk__in={material.organisation_id for material in materials} - {None}
        )
        .annotate(local_name=Subquery(in_language))
        .values_list("pk", "name", "local_name")
    }
    files = {}
    found = (
        ResourceFile.objects.current()
        .filter(resource_key__in={material.translation_key for material in materials})
        .defer("text")
    )
    for file in found.order_by("pk"):
        files.setdefault(file.resource_key, []).append(file)
    for material in materials:
        material.organisation_name = names.get(material.organisation_id, "")
        material.current_files = sorted(
            files.get(material.translation_key, []), key=lambda f: f.content_type != PDF
        )
        material.cover = next((f.cover for f in material.current_files if f.cover), None)
    return materials


def all_public(results):
    """Whether anyone may download each of the `results` (ResourceFilters.results), in
    one query that loads none of them."""
    if isinstance(results, RankedMatches):
        results = results.unranked()
    if isinstance(results, QuerySet):
        return not results.filter(public=False).exists()
    return all(material.public for material in results)  # another search backend's


def catalogue_page(request, results, per_page):
    """The page of `results` (ResourceFilters.results) the request asks for, with details."""
    if isinstance(results, RankedMatches):
        page_obj = results.page(request, per_page)
    else:
        page_obj = paginate(request, results, per_page)
    page_obj.object_list = with_details(list(page_obj.object_list))
    return page_obj
