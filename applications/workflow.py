"""
Every change of an application's status goes through `change_status`: the admin,
the applicant's withdrawal and the tests alike. It refuses a move the workflow does
not allow, and records who made it, and when, in Wagtail's log (the history shown
in the admin). Going back on a decision (reopening it, or changing it) is logged as
such. A decision's email, sent with the decision or later, goes through
`email_decision`, logged too.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from applications import tasks
from applications.enums import DECISIONS, FINAL_DECISIONS, TRANSITIONS, ApplicationStatus


class TransitionNotAllowed(Exception):
    """The workflow does not allow this move; the message says which, in the user's language."""


def allowed_statuses(application):
    return sorted(TRANSITIONS[ApplicationStatus(application.status)])


def log_action_for(old_status, new_status):
    """What the history calls this move: a reopened or changed decision, or a step."""
    if old_status in DECISIONS and new_status == ApplicationStatus.UNDER_REVIEW:
        return "applications.reopen"
    if old_status in FINAL_DECISIONS and new_status in DECISIONS:
        return "applications.decision_change"
    return "applications.status"


def change_status(application, new_status, *, user=None):
    new_status = ApplicationStatus(new_status)
    old_status = ApplicationStatus(application.status)
    if new_status not in TRANSITIONS[old_status]:
        raise TransitionNotAllowed(
            _("An application that is “%(old)s” cannot become “%(new)s”.")
            % {"old": old_status.label, "new": new_status.label}
        )
    with transaction.atomic():
        application.status = new_status
        application.save(update_fields=["status", "updated_at"])
        log(
            instance=application,
            action=log_action_for(old_status, new_status),
            user=user,
            data={"old": old_status.value, "new": new_status.value},
        )
    return application


def email_decision(application, *, user=None):
    """Queue the email telling the applicant the application's current decision."""
    status = ApplicationStatus(application.status)
    if status not in DECISIONS:
        raise TransitionNotAllowed(
            _("An application that is “%(status)s” has no decision to email.")
            % {"status": status.label}
        )
    with transaction.atomic():
        log(
            instance=application,
            action="applications.decision_email",
            user=user,
            data={"status": status.value},
        )
        # The mail queue is a table of the same database: queued with the entry, or not at all.
        tasks.queue_decision_email(application.pk, status.value)
