"""
Every change of an application's status goes through `change_status`: the admin,
the applicant's withdrawal and the tests alike. It refuses a move the workflow does
not allow, and records who made it, and when, in Wagtail's log (the history shown
in the admin).
"""

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from applications.enums import TRANSITIONS, ApplicationStatus


class TransitionNotAllowed(Exception):
    """The workflow does not allow this move; the message says which, in the user's language."""


def allowed_statuses(application):
    return sorted(TRANSITIONS[ApplicationStatus(application.status)])


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
            action="applications.status",
            user=user,
            data={"old": old_status.value, "new": new_status.value},
        )
    return application
