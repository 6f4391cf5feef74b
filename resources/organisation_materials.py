"""The materials of one organisation, for its members' "My organisation's materials"."""

from resources.models import Resource, ResourceFile


def organisation_materials(organisation, language, *, submitted_by=None):
    """Each material of the organisation once (in `language` when it is translated),
    newest first, with its current files as `current_files`: two queries. With
    `submitted_by`, only the materials that user shared."""
    rows = (
        Resource.objects.filter(organisation__translation_key=organisation.translation_key)
        .select_related("locale")
        .order_by("-created_at", "pk")
    )
    if submitted_by is not None:
        rows = rows.filter(submitted_by=submitted_by)
    materials = {}
    for row in rows:
        shown = materials.get(row.translation_key)
        if shown is None or (
            row.locale.language_code == language and shown.locale.language_code != language
        ):
            materials[row.translation_key] = row
    files = {}
    for file in ResourceFile.objects.current().filter(resource_key__in=list(materials)):
        files.setdefault(file.resource_key, []).append(file)
    for key, material in materials.items():
        material.current_files = files.get(key, [])
    return list(materials.values())
