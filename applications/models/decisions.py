from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from applications.enums import DECISIONS, ApplicationStatus

PLACEHOLDERS = ("{name}", "{reference}", "{call}", "{status_link}")


class DecisionEmail(TranslatableMixin, models.Model):
    """The email an applicant gets when staff decide, one per decision and language."""

    status = models.CharField(
        _("decision"),
        max_length=20,
        choices=[
            (status.value, status.label) for status in ApplicationStatus if status in DECISIONS
        ],
    )
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(
        _("text"),
        help_text=_(
            "Plain text. These are replaced for each applicant: {name}, {reference}, "
            "{call} and {status_link}."
        ),
    )

    panels = [FieldPanel("status"), FieldPanel("subject"), FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("decision email")
        verbose_name_plural = _("decision emails")
        constraints = [
            models.UniqueConstraint(fields=["status", "locale"], name="one_decision_email_each")
        ]

    def __str__(self):
        return f"{self.get_status_display()} ({self.locale})"
