from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem, reports_menu
from wagtail.snippets.models import register_snippet

from core import admin_views, dashboard
from core.models import Footer
from core.viewsets import SnippetViewSet


class FooterViewSet(SnippetViewSet):
    model = Footer
    icon = "list-ul"
    menu_label = _("Footer")
    menu_name = "footer"
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["__str__", "locale"]


register_snippet(FooterViewSet)


@hooks.register("register_admin_urls", order=-1)
def translations_report_for_translators():
    """wagtail-localize's "Translations" report at its own addresses, answered here first
    (order -1: before wagtail-localize's URLs) so that only translators may open it."""
    report = admin_views.TranslationsReportForTranslators
    return [
        path("localize/reports/translations/", report.as_view()),
        path("localize/reports/translations/results/", report.as_view(results_only=True)),
    ]


@hooks.register("register_admin_urls")
def translation_status_url():
    return [
        path(
            "reports/translation-status/", admin_views.translation_status, name="translation_status"
        )
    ]


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_see_translation_status(request.user)


@hooks.register("construct_homepage_panels")
def add_translations_panel(request, panels):
    if admin_views.may_see_translation_status(request.user):
        panels.append(dashboard.TranslationsPanel(request.user))


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="site", order=100
    )


@hooks.register("construct_reports_menu")
def reports_for_each_job(request, menu_items):
    """wagtail-localize's "Translations" report (every translation) only for those who
    translate; "Site history" for all staff. Wagtail offers it only to those who may
    explore pages, but the report lets everyone in and shows each what they may see
    (an application's entries only to who may open it, by its reference: see
    applications/models/history.py): reviewers and resource moderators too."""
    if not admin_views.may_translate(request.user):
        translations = reverse("wagtail_localize:translations_report")
        menu_items[:] = [item for item in menu_items if item.url != translations]
    site_history = reverse("wagtailadmin_reports:site_history")
    if not any(item.url == site_history for item in menu_items):
        menu_items.extend(
            item for item in reports_menu.registered_menu_items if item.url == site_history
        )
