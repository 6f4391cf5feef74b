"""The translation status report: every page and snippet, in every language, and what to do next."""

from django.template.response import TemplateResponse

from wagtail.admin.auth import permission_denied
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.views.report import TranslationsReportView

from core.translation_status import (
    INCOMPLETE,
    MISSING,
    OUTDATED,
    status_counts,
    status_labels,
    translation_sections,
)


def may_translate(user):
    """wagtail-localize's "Can submit translations" (Communication editors, Festival planners)."""
    return user.has_perm("wagtail_localize.submit_translation")


class TranslationsReportForTranslators(TranslationsReportView):
    """wagtail-localize's "Translations" report (every translation of the site) lets every
    admin user in; only those who translate have work there (reviewers and resource
    moderators do not: the Reports menu does not offer it to them either)."""

    def dispatch(self, request, *args, **kwargs):
        if not may_translate(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)


def may_see_translation_status(user):
    """Those who translate or edit pages; reviewers have nothing to do there."""
    return may_translate(user) or (
        PagePermissionPolicy().user_has_any_permission(user, {"add", "change", "publish"})
    )


def translation_status(request):
    if not may_see_translation_status(request.user):
        return permission_denied(request)
    sections = translation_sections(request.user, request.get_full_path())
    rows = [row for section in sections for row in section.rows]
    counts = status_counts(sections)
    only = request.GET.get("only")
    if only in (MISSING, OUTDATED, INCOMPLETE):
        for section in sections:
            section.rows = [
                row for row in section.rows if any(cell.status == only for cell in row.cells)
            ]
    return TemplateResponse(
        request,
        "core/admin/translation_status.html",
        {
            "sections": [section for section in sections if section.rows],
            "languages": [cell.language for cell in rows[0].cells] if rows else [],
            "counts": counts,
            "labels": status_labels(),
        },
    )
