"""
Every moderation step on a material goes through this module:

- `approve`, `ask_for_changes`, `reject`: a resource moderator's decision on a material
  waiting for moderation (`resources.moderate_resource`);
- `resubmit`: the partner's own step, after changes were asked for.

Each checks on the server that the step is allowed and that the person may take it,
sets the status (and the message the contributor reads) on every translation of the
material, and records it in the material's history (Wagtail's log, with no personal
data: the message stays on the material, not in the log). The contributor's email is
queued for the mail worker once the change is committed (resources/moderation_mail.py).
"""

from functools import partial

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.search.index import insert_or_update_object

from resources import moderation_mail
from resources.models import Resource, ResourceStatus

PERMISSION = "resources.moderate_resource"
S = ResourceStatus
# Where a material may go from each status, and who moves it there.
DECISIONS = {S.APPROVED, S.CHANGES_REQUESTED, S.REJECTED}
TRANSITIONS = {
    S.SUBMITTED: DECISIONS,
    S.CHANGES_REQUESTED: {S.SUBMITTED, S.APPROVED, S.REJECTED},
    S.APPROVED: set(),
    S.REJECTED: set(),
}
LOG_ACTIONS = {
    S.APPROVED: "resources.approve",
    S.CHANGES_REQUESTED: "resources.ask_for_changes",
    S.REJECTED: "resources.reject",
    S.SUBMITTED: "resources.resubmit",
}


class ModerationError(Exception):
    """A refused step; the message says why, in the user's language."""


def may_moderate(user):
    return user.is_authenticated and user.has_perm(PERMISSION)


def approve(resource, *, by):
    """The material appears in the catalogue and counts as its organisation's contribution."""
    return decide(resource, S.APPROVED, "", by=by)


def ask_for_changes(resource, message, *, by):
    """The contributor is told what to change (`message` is required) and may resubmit."""
    if not message.strip():
        raise ModerationError(_("Say what the contributor should change."))
    return decide(resource, S.CHANGES_REQUESTED, message, by=by)


def reject(resource, message="", *, by):
    """The material is refused, with an optional reason the contributor reads."""
    return decide(resource, S.REJECTED, message, by=by)


def decide(resource, status, message, *, by):
    if not may_moderate(by):
        raise PermissionDenied
    with transaction.atomic():
        move(resource, status, message.strip(), by=by)
        transaction.on_commit(partial(moderation_mail.queue, resource.pk, status.value))
    return resource


def resubmit(resource, *, by):
    """The contributor sends the changed material back to the moderators."""
    with transaction.atomic():
        move(resource, S.SUBMITTED, resource.moderation_message, by=by)
    return resource


def move(resource, status, message, *, by):
    """Set the status and message on every translation, if allowed from the stored status."""
    translations = Resource.objects.select_for_update().filter(
        translation_key=resource.translation_key
    )
    stored = S(Resource.objects.select_for_update().get(pk=resource.pk).status)
    if status not in TRANSITIONS[stored]:
        raise ModerationError(
            _("A material that is “%(old)s” cannot become “%(new)s”.")
            % {"old": stored.label, "new": status.label}
        )
    translations.update(status=status, moderation_message=message)
    resource.status, resource.moderation_message = status, message
    for translation in translations:
        insert_or_update_object(translation)
    log(
        instance=resource,
        action=LOG_ACTIONS[status],
        user=by,
        data={"old": stored.value, "new": status.value},
    )
