"""
Every change people make to an application goes through this module:

- `decide`: staff move an application to a status (a decision, or reopening or
  changing one), and may have the applicant emailed the decision;
- `email_decision`: the email of a decision made earlier without one;
- `withdraw`: the applicant's own step, from their status page;
- `record_review`: an assigned reviewer's scores and comment.

Each checks on the server that the step is allowed and that the person may take it,
saves, and records who and when in the application's history (ApplicationLogEntry).
Emails are queued for the mail worker once the change is committed: a change that is
rolled back tells no one. Views, forms and commands only call these functions.
"""

from functools import partial

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from applications import tasks
from applications.enums import DECISIONS, FINAL_DECISIONS, TRANSITIONS, ApplicationStatus
from applications.models import Application, Review
from applications.models.history import REVIEW_ACTION
from applications.permissions import can_decide, can_review

LOWEST_SCORE, HIGHEST_SCORE = 1, 5


class WorkflowError(Exception):
    """A refused step; the message says why, in the user's language."""


class TransitionNotAllowed(WorkflowError):
    """The workflow does not allow this move."""


class DecisionChanged(WorkflowError):
    """The decision is no longer the one whose email was previewed."""


class InvalidReview(WorkflowError):
    """A score outside 1 to 5."""


class NotPermitted(PermissionDenied):
    """This person may not take this step (the admin answers as to any refusal)."""


def allowed_statuses(application):
    return sorted(TRANSITIONS[ApplicationStatus(application.status)])


def decision_choices(application):
    """The statuses staff may move the application to: all but the applicant's withdrawal."""
    return [
        ApplicationStatus(status)
        for status in allowed_statuses(application)
        if status != ApplicationStatus.WITHDRAWN
    ]


def sends_decision_email(status, *, notify):
    """Whether `decide` emails the applicant: a decision, when asked to (never a reopening)."""
    return bool(notify) and ApplicationStatus(status) in DECISIONS


def log_action_for(old_status, new_status):
    """What the history calls this move: a reopened or changed decision, or a step."""
    if old_status in DECISIONS and new_status == ApplicationStatus.UNDER_REVIEW:
        return "applications.reopen"
    if old_status in FINAL_DECISIONS and new_status in DECISIONS:
        return "applications.decision_change"
    return "applications.status"


def decide(application, status, *, by, notify):
    """Move the application to `status` on behalf of `by`, staff who decide.

    Reopening a decision (back to under review) and changing it are moves like any
    other, logged as such. With `notify`, a decision is emailed to the applicant in
    their language once the change is committed. Returns the application, updated.
    """
    status = ApplicationStatus(status)
    if not can_decide(by):
        raise NotPermitted(_("You may not decide on applications."))
    if status == ApplicationStatus.WITHDRAWN:
        raise TransitionNotAllowed(_("Only the applicant can withdraw an application."))
    with transaction.atomic():
        move(application, status, by=by)
        if sends_decision_email(status, notify=notify):
            queue_decision_email(application, status, by=by)
    return application


def withdraw(application):
    """The applicant withdraws the application; they are emailed once it is committed."""
    with transaction.atomic():
        move(application, ApplicationStatus.WITHDRAWN, by=None)
        transaction.on_commit(partial(tasks.queue_withdrawal_email, application.pk))
    return application


def decision_to_email(application):
    """The application's decision, or TransitionNotAllowed if it has none to email."""
    status = ApplicationStatus(application.status)
    if status not in DECISIONS:
        raise TransitionNotAllowed(
            _("An application that is “%(status)s” has no decision to email.")
            % {"status": status.label}
        )
    return status


def email_decision(application, *, by, previewed_status):
    """Email the applicant the decision made earlier, the one `by` saw previewed.

    If the decision changed since the preview, nothing is sent (DecisionChanged).
    """
    if not can_decide(by):
        raise NotPermitted(_("You may not decide on applications."))
    with transaction.atomic():
        status = decision_to_email(stored_for_update(application))
        if previewed_status != status:
            raise DecisionChanged(_("The decision changed meanwhile: check the email again."))
        queue_decision_email(application, status, by=by)


def record_review(application, *, by, scores, comment):
    """Save the scores (criterion id: 1 to 5) and comment of `by` on the application.

    Only reviewers assigned to the application's call review it; a reviewer has one
    review of each application, which saving again replaces. Returns the review.
    """
    if not can_review(by, application):
        raise NotPermitted(_("Only the reviewers of its call score an application."))
    if any(
        type(score) is not int or not LOWEST_SCORE <= score <= HIGHEST_SCORE
        for score in scores.values()
    ):
        raise InvalidReview(_("Each score is a whole number from 1 to 5."))
    with transaction.atomic():
        review, created = Review.objects.update_or_create(
            application=application,
            reviewer=by,
            defaults={
                "scores": scores,
                "average": round(sum(scores.values()) / len(scores), 2) if scores else None,
                "comment": comment,
            },
        )
        # The scores stay out of the history: other reviewers read it (see history.py).
        log(instance=application, action=REVIEW_ACTION, user=by, data={"first": created})
    return review


def stored_for_update(application):
    """The application's row as stored, locked until the transaction ends."""
    return Application.objects.select_for_update().only("status").get(pk=application.pk)


def move(application, new_status, *, by):
    """Change the status if the workflow allows it from the stored one, and log it."""
    old_status = ApplicationStatus(stored_for_update(application).status)
    if new_status not in TRANSITIONS[old_status]:
        raise TransitionNotAllowed(
            _("An application that is “%(old)s” cannot become “%(new)s”.")
            % {"old": old_status.label, "new": new_status.label}
        )
    application.status = new_status
    application.save(update_fields=["status", "updated_at"])
    log(
        instance=application,
        action=log_action_for(old_status, new_status),
        user=by,
        data={"old": old_status.value, "new": new_status.value},
    )


def queue_decision_email(application, status, *, by):
    log(
        instance=application,
        action="applications.decision_email",
        user=by,
        data={"status": status.value},
    )
    transaction.on_commit(partial(tasks.queue_decision_email, application.pk, status.value))
