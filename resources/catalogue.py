"""The catalogue of the resource centre: its filters, search inside the files' text and sort.

A fixed number of queries whatever the number of materials: the count and the page of
materials (with words and no other sort, best match first: the page's index rows ranked
in the search index with their count, then their materials, as the site search ranks
pages: `search.ranking`), then for the page's materials their languages and their
current files (one query each). The filters' choices (themes, organisations, years) and
the organisations' names in the visitor's language are read from the cache, where they
stay until any content changes (`core.page_cache.for_content_version`); a chosen theme
or organisation is checked with one query. Neither the text read from the files nor the
files' own text is loaded for a listing: only search reads it, in the index.
"""

import functools
import hashlib

from django import forms
from django.db.models import OuterRef, QuerySet, Subquery
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.search.backends import get_search_backend

from core import page_cache
from core.filter_fields import IdChoiceField
from core.pagination import paginate
from partners.models import Organisation
from projects.models import ProjectTheme
from resources.models import Resource, ResourceFile, ResourceKind
from resources.models.materials import LanguageName
from search.ranking import RankedMatches, ranked_matches, with_stems
from search.views import MAX_QUERY_LENGTH, printable

NEWEST, MOST_DOWNLOADED = "newest", "downloads"
ORDERING = {NEWEST: ("-created_at", "-pk"), MOST_DOWNLOADED: ("-downloads", "-created_at", "-pk")}
PDF = "application/pdf"


def approved(locale_id):
    """The materials of one language that visitors see: approved and published."""
    return Resource.objects.listed().filter(locale_id=locale_id)


def listed(materials):
    """The `materials` without the text read from their files, which cards never show."""
    return materials.defer("file_text")


class ResourceFilters(forms.Form):
    """The catalogue's GET form: it works without JavaScript."""

    available = None  # the choices of themes, organisations and years (`choices_of`)

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
        # The querysets check a chosen value (and let the language switcher translate
        # it: core.same_place); the choices shown come from the cache (`filter_choices`).
        self.fields["theme"].queryset = ProjectTheme.objects.filter(locale_id=locale_id)
        self.fields["organisation"].queryset = named_organisations(locale_id)
        for name in ("theme", "organisation", "year"):
            self.fields[name].choices = functools.partial(self.choices_of, name)

    def choices_of(self, name):
        """The choices of the field `name`, read once for checking the value and
        rendering the choices, from the cache when it has them."""
        if self.available is None:
            self.available = filter_choices(self.locale_id)
        any_value = getattr(self.fields[name], "empty_label", None) or _("Any")
        return [("", any_value), *self.available[name]]

    @property
    def is_filtered(self):
        return any(self.data.get(name) for name in self.fields if name != "sort")

    @property
    def chosen_count(self):
        """How many filters and sorts are set (not the words, searched above them), told
        on the button they fold under on a phone, where they stay folded so that the
        materials come first."""
        return sum(1 for name in self.fields if name != "q" and self.data.get(name))

    @property
    def choices_key(self):
        """What the filters' fields show besides the language and the content (their
        choices, in the cache under the content version): the values given for them, not
        the words, which the catalogue's template renders outside their cached fragment.
        The template caches the fields of valid values only: any other value is rendered
        each time, and fills no cache."""
        values = "\0".join(self.data.get(name, "") for name in self.fields if name != "q")
        return hashlib.sha256(values.encode()).hexdigest()

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
        # Each word, folded as the materials' word_forms are, or its stem.
        query = with_stems(words.replace('"', " "))
        matches = ranked_matches(matching, query)
        if matches is None:  # a search backend of another kind ranks its own way
            return get_search_backend().search(query, matching, order_by_relevance=not sort)
        return matches.unranked() if sort else matches


def named_organisations(locale_id):
    """The organisations of one language that some approved material names (in any
    language): a choice never leads to nothing."""
    return Organisation.objects.filter(
        locale_id=locale_id,
        translation_key__in=Organisation.objects.filter(
            pk__in=approved(locale_id).values("organisation_id")
        ).values("translation_key"),
    )


def filter_choices(locale_id):
    """{"theme": choices, "organisation": choices, "year": choices}: as (id, label)
    pairs, the themes of one language, its organisations that some approved material
    names and the years its approved materials name, newest first. Cached until any
    content changes (the page cache's content version: a material, theme or
    organisation saved or deleted)."""

    def read():
        materials = approved(locale_id)
        themes = ProjectTheme.objects.filter(locale_id=locale_id)
        organisations = named_organisations(locale_id)
        years = (
            materials.exclude(year=None).order_by("-year").values_list("year", flat=True).distinct()
        )
        return {
            # A theme's and an organisation's label is its name (their __str__).
            "theme": list(themes.values_list("pk", "name")),
            "organisation": list(organisations.values_list("pk", "name")),
            "year": [(year, str(year)) for year in years],
        }

    return page_cache.for_content_version(f"resource-filter-choices:{locale_id}", read)


def organisation_names(language_code):
    """{organisation id: its name in the language `language_code`, or its own where it
    has no translation there}, for each organisation that an approved material names
    (in any language); cached until content changes."""

    def read():
        named = Resource.objects.listed().values("organisation_id")
        in_language = Organisation.objects.filter(
            translation_key=OuterRef("translation_key"), locale__language_code=language_code
        ).values("name")[:1]
        return {
            pk: local_name or name
            for pk, name, local_name in Organisation.objects.filter(pk__in=named)
            .annotate(local_name=Subquery(in_language))
            .values_list("pk", "name", "local_name")
        }

    return page_cache.for_content_version(f"organisation-names:{language_code}", read)


def language_name(code):
    """The name of the language `code` of a material, as MaterialLanguage shows it."""
    try:
        return LanguageName(code).label
    except ValueError:
        return code


def with_details(materials):
    """The `materials` (a list) with what their cards show: the names of their languages
    (`language_names`), the organisation's name in the visitor's language
    (`organisation_name`, from `organisation_names`) and current files (`current_files`,
    PDFs first), in two queries whatever their number."""
    # The names of their languages, from the many-to-many table alone: a language's
    # row holds only its code, whose name is its label (MaterialLanguage.__str__).
    links = Resource._meta.get_field("languages").remote_field.through.objects
    languages = {}
    for material_id, code in (
        links.filter(resource_id__in=[material.pk for material in materials])
        .order_by("materiallanguage_id")
        .values_list("resource_id", "materiallanguage_id")
    ):
        languages.setdefault(material_id, []).append(language_name(code))
    names = organisation_names(translation.get_language())
    files = {}
    found = (
        ResourceFile.objects.current()
        .filter(resource_key__in={material.translation_key for material in materials})
        .defer("text")
    )
    for file in found.order_by("pk"):
        files.setdefault(file.resource_key, []).append(file)
    for material in materials:
        material.language_names = languages.get(material.pk, [])
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
