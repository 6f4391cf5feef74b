"""The Applications area of the admin, and the history entries it writes."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from applications import admin_views, dashboard
from applications.admin_columns import DateTimeColumn, DecimalColumn
from applications.enums import ApplicationStatus
from applications.filters import ApplicationFilterSet
from applications.models import Application, ApplicationLogEntry, DecisionEmail, OpenCallPage
from applications.models.history import REVIEW_ACTION
from applications.permissions import (
    ApplicationPermissionPolicy,
    can_view,
    sees_every_application,
)
from core.viewsets import SnippetViewSet

register_permission_policy(Application, ApplicationPermissionPolicy(Application))


class ApplicationURLFinder(ModelAdminURLFinder):
    """Where the admin links an application (Reports → Site history): its page, as
    applications have no edit view; only for staff who may open that application."""

    edit_url_name = "applications_admin:inspect"

    def get_edit_url(self, instance):
        if (
            self.user is not None
            and not sees_every_application(self.user)
            and not can_view(self.user, instance)
        ):
            return None
        return self.construct_edit_url(instance)


class ApplicationViewSet(ModelViewSet):
    model = Application
    icon = "form"
    menu_label = _("Applications")
    menu_name = "applications"
    menu_order = 330
    add_to_admin_menu = True
    url_prefix = "applications"
    index_view_class = admin_views.ApplicationIndexView
    inspect_view_class = admin_views.ApplicationDetailView
    inspect_view_enabled = True
    history_view_class = admin_views.ApplicationHistoryView
    url_finder_class = ApplicationURLFinder
    filterset_class = ApplicationFilterSet
    search_fields = ["reference", "name", "email"]
    search_backend_name = None  # a database search on these fields; applications are not indexed
    # The listing's columns, one per line, over admin_views.index_queryset (its
    # annotations: call_title, average_score, review_count); the first three sort.
    list_display = [
        "reference",  # linked to the application's page
        "name",
        Column("call_title", label=_("Open call"), sort_key="call"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateTimeColumn("submitted_at", label=pgettext_lazy("application", "Submitted")),
        DecimalColumn("average_score", label=_("Average score")),
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

    @property
    def decision_view(self):
        """The form "New status" of an application's page: a view of that page, so that a
        form sent without a status comes back there with its error."""
        return self.construct_view(
            admin_views.ApplicationDecisionView, **self.get_inspect_view_kwargs()
        )

    def get_urlpatterns(self):
        # Applications come from applicants: no add, edit, copy or delete views here.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
            path("decide/<int:pk>/", self.decision_view, name="decide"),
            path("email/<int:pk>/", admin_views.email_decision, name="email_decision"),
            path("file/<int:pk>/", admin_views.download_file, name="file"),
            path("export/<uuid:call_key>/", admin_views.export_call, name="export"),
        ]


class DecisionEmailViewSet(SnippetViewSet):
    model = DecisionEmail
    icon = "mail"
    menu_label = _("Decision emails")
    menu_name = "decision-emails"
    add_to_settings_menu = True
    list_display = ["status", "subject", "locale"]
    list_filter = ["locale", "status"]


register_snippet(DecisionEmailViewSet)


@hooks.register("register_admin_viewset")
def register_applications():
    return ApplicationViewSet("applications_admin")


@hooks.register("construct_homepage_panels")
def add_applications_panel(request, panels):
    if dashboard.shows_applications(request.user):
        panels.append(dashboard.ApplicationsPanel(request.user))


@hooks.register("register_log_actions")
def register_application_actions(actions):
    # An application's history is kept apart: see applications/models/history.py.
    actions.register_model(Application, ApplicationLogEntry)

    @actions.register_action("applications.status")
    class StatusChange(LogFormatter):
        label = _("Change status")

        def format_message(self, log_entry):
            return _("Status changed from “%(old)s” to “%(new)s”") % status_labels(log_entry)

    @actions.register_action("applications.reopen")
    class Reopen(LogFormatter):
        label = _("Reopen a decision")

        def format_message(self, log_entry):
            return _("Decision “%(old)s” reopened: the application is “%(new)s” again") % (
                status_labels(log_entry)
            )

    @actions.register_action("applications.decision_change")
    class DecisionChange(LogFormatter):
        label = _("Change a decision")

        def format_message(self, log_entry):
            return _("Decision changed from “%(old)s” to “%(new)s”") % status_labels(log_entry)

    @actions.register_action("applications.decision_email")
    class DecisionEmailSent(LogFormatter):
        label = _("Email a decision")

        def format_message(self, log_entry):
            return _("The applicant is emailed the decision “%(status)s”") % {
                "status": ApplicationStatus(log_entry.data["status"]).label
            }

    @actions.register_action(REVIEW_ACTION)
    class ReviewSaved(LogFormatter):
        label = _("Score an application")

        def format_message(self, log_entry):
            if log_entry.data.get("first"):
                return _("Scored the application")
            return _("Changed their review")

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

    @actions.register_action("applications.erased")
    class Erased(LogFormatter):
        label = _("Erase an application")

        def format_message(self, log_entry):
            return _("An application and its history were erased")


def status_labels(log_entry):
    return {
        "old": ApplicationStatus(log_entry.data["old"]).label,
        "new": ApplicationStatus(log_entry.data["new"]).label,
    }


@hooks.register("page_cache_next_change")
def next_call_opening_or_closing():
    """Pages that show a call's status are kept no longer than its next opening or closing."""
    return OpenCallPage.next_opening_or_closing()
