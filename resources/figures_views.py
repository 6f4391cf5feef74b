"""The admin's page of figures for donors, and its XLSX export (Reports menu).

Shown to staff who may view the download counts (`resources.view_monthlydownloads`),
checked on the server by both views.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
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
    return forms.DateField(
        label=label,
        required=False,
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
    )


class PeriodForm(forms.Form):
    first = month_field(_("From (month)"))
    last = month_field(_("To (month)"))

    def period(self):
        if not self.is_valid():
            return Period()
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
        query = self.request.GET.urlencode()
        export_url = reverse("resource_figures_export")
        return super().get_context_data(
            form=form,
            figures=figures(form.period(), get_language()),
            export_url=f"{export_url}?{query}" if query else export_url,
            **kwargs,
        )


def export_figures(request):
    """The figures of the period asked for, as an XLSX file."""
    if not may_see_figures(request.user):
        raise PermissionDenied
    period = PeriodForm(request.GET or None).period()
    response = HttpResponse(figures_workbook(figures(period, get_language())), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="resource-centre-figures.xlsx"'
    response["Cache-Control"] = "private, no-store"
    return response
