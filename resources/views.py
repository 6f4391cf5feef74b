"""The public side of the resource centre: the catalogue, a material's page, its downloads.

Who may download is checked here, on the server (`resources.access.may_download`), for
each file and for "download all"; the templates only show what these views decided.
"""

from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from core.i18n import in_active_language, localized_page_by_id
from partners.models import Organisation
from resources import catalogue as catalogue_rules
from resources import downloads
from resources.access import is_member, may_download
from resources.models import Resource, ResourceFile


def download_all_url(request):
    return reverse("resources:download-all") + (
        "?" + request.GET.urlencode() if request.GET else ""
    )


def zip_allowed(user, page_obj, results):
    """Whether "download all" is offered: some materials, no more than the cap, each of
    which this visitor may download (members all approved ones, others public ones)."""
    count = page_obj.paginator.count
    if not 0 < count <= downloads.ZIP_MAX_MATERIALS:
        return False
    if is_member(user):
        return True
    return catalogue_rules.all_public(results)


def catalogue(request, page):
    filters = catalogue_rules.ResourceFilters(request.GET, locale_id=page.locale_id)
    results = filters.results()
    page_obj = catalogue_rules.catalogue_page(request, results, page.per_page)
    for material in page_obj.object_list:
        material.url = page.material_url(material.slug)
    return page.render(
        request,
        template="resources/resource_centre_page.html",
        context_overrides={
            "filters": filters,
            "page_obj": page_obj,
            "download_all_url": (
                download_all_url(request) if zip_allowed(request.user, page_obj, results) else None
            ),
            "zip_max": downloads.ZIP_MAX_MATERIALS,
        },
    )


def translated_slug(locale_id, slug, target_locale_id):
    """The slug, in the language `target_locale_id`, of the translation of the material at
    `slug` in the language `locale_id`; None if it has none there."""
    sources = Resource.objects.filter(locale_id=locale_id, slug=slug).values("translation_key")
    return (
        Resource.objects.listed()
        .filter(locale_id=target_locale_id, translation_key__in=sources)
        .values_list("slug", flat=True)
        .first()
    )


def organisation_name(material):
    """The name of the material's organisation in the visitor's language."""
    if material.organisation_id is None:
        return ""
    (organisation,) = in_active_language(Organisation.objects.filter(pk=material.organisation_id))
    return organisation.name


def material(request, page, slug):
    found = Resource.objects.listed().filter(locale_id=page.locale_id, slug=slug).first()
    if found is None:
        # An address of the material in another language (a link from an alternate):
        # its translation here.
        source = Resource.objects.filter(slug=slug).exclude(locale_id=page.locale_id).first()
        moved = source and translated_slug(source.locale_id, slug, page.locale_id)
        if moved:
            return HttpResponseRedirect(page.material_url(moved))
        raise Http404
    files = ResourceFile.objects.filter(resource_key=found.translation_key).order_by(
        "name", "-uploaded_at"
    )
    current = [file for file in files if file.is_current]
    allowed = may_download(request.user, found)
    return page.render(
        request,
        template="resources/material.html",
        context_overrides={
            "material": found,
            "themes": in_active_language(found.themes.all()),
            "languages": list(found.languages.all()),
            "organisation_name": organisation_name(found),
            "related_page": localized_page_by_id(found.related_page_id),
            "current_files": current,
            "earlier_files": [file for file in files if not file.is_current],
            "cover": next((file.cover for file in current if file.cover), None),
            "may_download": allowed,
            "access_help": (None if allowed else downloads.access_help(request.user, request.path)),
            "catalogue_url": page.url,
        },
    )


def material_for(resource_key):
    """The material a file belongs to, in the visitor's language where it has one
    published (a draft translation is not yet one visitors see), published ones first."""
    language = translation.get_language()
    candidates = (
        Resource.objects.filter(translation_key=resource_key)
        .select_related("locale")
        .order_by("-live", "pk")
    )
    chosen = None
    for candidate in candidates:
        if candidate.live and candidate.locale.language_code == language:
            return candidate
        chosen = chosen or candidate
    return chosen


def refused(request, *, status=403, message=None):
    return TemplateResponse(
        request,
        "resources/refused.html",
        {
            "access_help": downloads.access_help(request.user, request.get_full_path()),
            "message": message,
            "zip_max": downloads.ZIP_MAX_MATERIALS,
        },
        status=status,
    )


def download(request, pk):
    """One file of a material, for a visitor who may download it; counted."""
    resource_file = get_object_or_404(ResourceFile, pk=pk)
    resource = material_for(resource_file.resource_key)
    if resource is None:
        raise Http404
    if not may_download(request.user, resource):
        # A material not listed is not shown to visitors at all.
        if not resource.is_listed:
            raise Http404
        return refused(request)
    if resource.is_listed:  # a moderator reading a contribution is not a download
        downloads.count_download(resource, translation.get_language())
    return downloads.file_response(resource_file)


def download_all(request):
    """The current files of the catalogue's filtered materials as one .zip, when the
    visitor may download each of them and they are no more than the cap."""
    locale = get_object_or_404(Locale, language_code=translation.get_language())
    filters = catalogue_rules.ResourceFilters(request.GET, locale_id=locale.pk)
    materials = list(filters.results()[: downloads.ZIP_MAX_MATERIALS + 1])
    if not materials:
        raise Http404
    if len(materials) > downloads.ZIP_MAX_MATERIALS:
        return refused(request, status=400, message="too-many")
    if not all(may_download(request.user, material) for material in materials):
        return refused(request)
    catalogue_rules.with_details(materials)
    language = translation.get_language()
    for material in materials:
        downloads.count_download(material, language)
    return downloads.zip_response(materials, "materials.zip")
