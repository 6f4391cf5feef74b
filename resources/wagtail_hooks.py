"""The resource centre in the admin."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from resources import figures_views


class FiguresMenuItem(MenuItem):
    def is_shown(self, request):
        return figures_views.may_see_figures(request.user)


@hooks.register("register_admin_urls")
def register_figures_urls():
    return [
        path("resource-figures/", figures_views.FiguresView.as_view(), name="resource_figures"),
        path(
            "resource-figures/export/",
            figures_views.export_figures,
            name="resource_figures_export",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_figures_menu_item():
    return FiguresMenuItem(
        _("Resource centre figures"), reverse("resource_figures"), icon_name="table", order=900
    )
