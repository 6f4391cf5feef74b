"""The admin side of applications: the history entry of a status change."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.log_actions import LogFormatter

from applications.enums import ApplicationStatus


@hooks.register("register_log_actions")
def register_status_change(actions):
    @actions.register_action("applications.status")
    class StatusChange(LogFormatter):
        label = _("Change status")

        def format_message(self, log_entry):
            return _("Status changed from “%(old)s” to “%(new)s”") % {
                "old": ApplicationStatus(log_entry.data["old"]).label,
                "new": ApplicationStatus(log_entry.data["new"]).label,
            }
