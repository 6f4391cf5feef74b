"""The resource centre's figures as a spreadsheet for donor reports: one sheet a table.

Names of materials and organisations come from contributors: each cell is made safe as
the applications' export does (no formula, no control character).
"""

from io import BytesIO

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from openpyxl import Workbook

from applications.export import append_row

DOWNLOADS = pgettext_lazy("resource figures", "Downloads")
ORGANISATION = pgettext_lazy("resource figures", "Organisation")
PARTNER_ACCOUNTS = pgettext_lazy("resource figures", "Partner accounts")


def period_label(period):
    def month(day):
        return date_format(day, "YEAR_MONTH_FORMAT") if day else "…"

    if not period.first and not period.last:
        return _("All months")
    return f"{month(period.first)} – {month(period.last)}"


def sheet(book, title, headings, rows):
    table = book.create_sheet(str(title)[:31])
    append_row(table, [str(heading) for heading in headings])
    for row in rows:
        append_row(table, row)
    return table


def figures_workbook(figures):
    """The figures (resources.figures.Figures) as the bytes of an XLSX file."""
    book = Workbook()
    summary = book.active
    summary.title = str(pgettext_lazy("resource figures", "Summary"))[:31]
    for row in [
        (pgettext_lazy("resource figures", "Period"), period_label(figures.period)),
        (DOWNLOADS, figures.total_downloads),
        (PARTNER_ACCOUNTS, figures.members),
        (_("Organisations with partner accounts"), figures.organisations_with_members),
        (_("Organisations that contributed"), figures.contributing_organisations),
    ]:
        append_row(summary, [str(row[0]), row[1]])
    sheet(
        book,
        pgettext_lazy("resource figures", "Materials"),
        [pgettext_lazy("resource figures", "Material"), DOWNLOADS],
        figures.by_material,
    )
    sheet(
        book,
        pgettext_lazy("resource figures", "Organisations"),
        [ORGANISATION, DOWNLOADS],
        figures.by_organisation,
    )
    sheet(
        book,
        pgettext_lazy("resource figures", "Months"),
        [pgettext_lazy("resource figures", "Month"), DOWNLOADS],
        figures.by_month,
    )
    sheet(
        book,
        pgettext_lazy("resource figures", "Languages"),
        [_("Language of the site"), DOWNLOADS],
        figures.by_language,
    )
    sheet(
        book,
        pgettext_lazy("resource figures", "Contributions"),
        [
            ORGANISATION,
            PARTNER_ACCOUNTS,
            pgettext_lazy("resource figures", "Materials approved"),
            pgettext_lazy("resource figures", "Waiting"),
        ],
        [
            (row.organisation, row.members, row.approved, row.waiting)
            for row in figures.contributions
        ],
    )
    output = BytesIO()
    book.save(output)
    return output.getvalue()
