"""The Applications area of the admin, and the history entries it writes."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from applications import admin_views
from applications.enums import ApplicationStatus
from applications.filters import ApplicationFilterSet
from applications.models import Application, DecisionEmail, OpenCallPage
from applications.permissions import ApplicationPermissionPolicy

register_permission_policy(Application, ApplicationPermissionPolicy(Application))


class ApplicationViewSet(ModelViewSet):
    model = Application
    icon = "form"
    menu_label = _("Applications")
    menu_order = 330
    add_to_admin_menu = True
    url_prefix = "applications"
    index_view_class = admin_views.ApplicationIndexView
    inspect_view_class = admin_views.ApplicationDetailView
    inspect_view_enabled = True
    filterset_class = ApplicationFilterSet
    search_fields = ["reference", "name", "email"]
    search_backend_name = None  # a database search on these fields; applications are not indexed
    # The listing's headings (labels, sorting by the first three); each row's cells are
    # written in this order in templates/applications/admin/table.html (ApplicationTable).
    list_display = [
        "reference",
        "name",
        "call",
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("submitted_at", label=pgettext_lazy("application", "Submitted")),
        Column("average_score", label=_("Average score")),
        Column("review_count", label=_("Reviews")),
    ]
    list_per_page = 25  # with filters by call, status and score, and counts per status
    ordering = ["-submitted_at", "-pk"]  # the same order on every page, even for equal dates
    exclude_form_fields = []

    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        # No add, edit, delete or usage views: see get_urlpatterns.
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in ("add_url_name", "edit_url_name", "delete_url_name", "usage_url_name"):
            view_kwargs[name] = None
        return view_kwargs

    def get_urlpatterns(self):
        # Applications come from applicants: no add, edit, copy or delete views here.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
            path("decide/<int:pk>/", admin_views.decide, name="decide"),
            path("file/<int:pk>/", admin_views.download_file, name="file"),
            path("export/<uuid:call_key>/", admin_views.export_call, name="export"),
        ]


class DecisionEmailViewSet(SnippetViewSet):
    model = DecisionEmail
    icon = "mail"
    menu_label = _("Decision emails")
    add_to_settings_menu = True
    list_display = ["status", "subject", "locale"]
    list_filter = ["locale", "status"]


register_snippet(DecisionEmailViewSet)


@hooks.register("register_admin_viewset")
def register_applications():
    return ApplicationViewSet("applications_admin")


@hooks.register("register_log_actions")
def register_application_actions(actions):
    @actions.register_action("applications.status")
    class StatusChange(LogFormatter):
        label = _("Change status")

        def format_message(self, log_entry):
            return _("Status changed from “%(old)s” to “%(new)s”") % {
                "old": ApplicationStatus(log_entry.data["old"]).label,
                "new": ApplicationStatus(log_entry.data["new"]).label,
            }

    @actions.register_action("applications.view")
    class View(LogFormatter):
        label = _("View")

        def format_message(self, log_entry):
            return _("Opened the application")

    @actions.register_action("applications.file_download")
    class FileDownload(LogFormatter):
        label = _("Download a file")

        def format_message(self, log_entry):
            return _("Downloaded “%(file)s”") % {"file": log_entry.data["file"]}


@hooks.register("page_cache_next_change")
def next_call_opening_or_closing():
    """Pages that show a call's status are kept no longer than its next opening or closing."""
    return OpenCallPage.next_opening_or_closing()
