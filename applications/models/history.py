"""The history of applications: Wagtail's log entries, in a table of their own.

Wagtail shows a model's log entries (Reports → Site history) to anyone holding any
permission on the model, and labels them with the object's name. Applications hold
personal data, so their entries live here instead (registered in wagtail_hooks.py):
each is labelled with the application's reference, never the applicant's name, and
shown only to staff who may see that application. A reviewer reads no other
reviewer's review entries: who scored an application stays hidden from them, like the
number of reviews.
"""

from django.db import models
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.models import BaseLogEntry
from wagtail.models.audit_log import ModelLogEntryManager

# The label of what is left of an erased application's history: no reference, no name.
ERASED_LABEL = "—"
# A reviewer's scores and comment were saved (applications/workflow.py).
REVIEW_ACTION = "applications.review"


def readable_by(queryset, user):
    """The entries of `queryset` this user reads: all but other reviewers' reviews,
    unless they see every application."""
    from applications.permissions import sees_every_application

    if user.is_superuser or sees_every_application(user):
        return queryset
    return queryset.filter(~models.Q(action=REVIEW_ACTION) | models.Q(user=user))


class ApplicationLogEntryManager(ModelLogEntryManager):
    def get_instance_title(self, instance):
        return instance.reference

    def viewable_by_user(self, user):
        from applications.permissions import sees_every_application, visible_applications

        if user.is_superuser or sees_every_application(user):
            return self.all()
        visible = (
            visible_applications(user)
            .order_by()
            .annotate(object_key=Cast("pk", models.CharField(max_length=255)))
            .values("object_key")
        )
        return readable_by(self.filter(object_id__in=visible), user)


class ApplicationLogEntry(BaseLogEntry):
    object_id = models.CharField(max_length=255, db_index=True)

    objects = ApplicationLogEntryManager()

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("application log entry")
        verbose_name_plural = _("application log entries")
