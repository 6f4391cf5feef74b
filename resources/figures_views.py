"""The admin's page of figures for donors, and its XLSX export (Reports menu).

Shown to staff who may view the download counts (`resources.view_monthlydownloads`),
checked on the server by both views.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from resources.admin_views import TitledAdminView
from resources.figures import Period, figures
from resources.figures_export import figures_workbook

PERMISSION = "resources.view_monthlydownloads"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def month_field(label):
    """An optional month, written year-month as the browser's month input sends it."""
    return forms.DateField(
        label=label,
        required=False,
        input_formats=["%Y-%m"],
        error_messages={"invalid": _("Enter a month as year-month, such as 2026-09.")},
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
    )


class PeriodForm(forms.Form):
    """The months the figures cover, from the page's address (?first=2026-09&last=2026-11)."""

    first = month_field(_("From (month)"))
    last = month_field(_("To (month)"))

    def clean(self):
        data = super().clean()
        first, last = data.get("first"), data.get("last")
        if first and last and last < first:
            self.add_error("last", _("The end of the period comes before its start."))
        return data

    def period(self):
        """The Period asked for: all months when nothing is asked; None when a month is
        not a month or the last comes before the first (no figures, rather than none)."""
        if not self.is_bound:
            return Period()
        if not self.is_valid():
            return None
        return Period(self.cleaned_data["first"], self.cleaned_data["last"])


def may_see_figures(user):
    return user.has_perm(PERMISSION)


class FiguresView(TitledAdminView, TemplateView):
    template_name = "resources/admin/figures.html"
    page_title = _("Resource centre figures")
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not may_see_figures(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        form = PeriodForm(self.request.GET or None)
        period = form.period()
        if period is None:  # the form shows why; no figures, nor their export
            return super().get_context_data(form=form, figures=None, export_url=None, **kwargs)
        return super().get_context_data(
            form=form,
            figures=figures(period, get_language()),
            export_url=with_query("resource_figures_export", self.request.GET),
            **kwargs,
        )


def with_query(url_name, query):
    """The address named `url_name`, with the same query string as `query` (a QueryDict)."""
    url = reverse(url_name)
    return f"{url}?{query.urlencode()}" if query else url


def export_figures(request):
    """The figures of the period asked for, as an XLSX file; for a period that is not
    one, the figures' page with the same address, which says why."""
    if not may_see_figures(request.user):
        raise PermissionDenied
    period = PeriodForm(request.GET or None).period()
    if period is None:
        return redirect(with_query("resource_figures", request.GET))
    response = HttpResponse(figures_workbook(figures(period, get_language())), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="resource-centre-figures.xlsx"'
    response["Cache-Control"] = "private, no-store"
    return response
