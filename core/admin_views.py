"""The translation status report: every page, in every language, and what to do next."""

from collections import Counter

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from core.translation_status import CURRENT, MISSING, OUTDATED, translation_rows


def translation_status(request):
    rows = translation_rows()
    counts = Counter(cell.status for row in rows for cell in row.cells)
    only = request.GET.get("only")
    if only in (MISSING, OUTDATED):
        rows = [row for row in rows if any(cell.status == only for cell in row.cells)]
    return TemplateResponse(
        request,
        "core/admin/translation_status.html",
        {
            "rows": rows,
            "languages": [cell.language for cell in rows[0].cells] if rows else [],
            "counts": {status: counts[status] for status in (MISSING, OUTDATED, CURRENT)},
            "labels": {
                MISSING: _("Missing"),
                OUTDATED: _("Out of date"),
                CURRENT: pgettext("translation status", "Up to date"),
            },
        },
    )
