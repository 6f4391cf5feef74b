from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="lock")
class PrivacyNotice(BaseGenericSetting):
    """The page that tells applicants how their personal data is kept: the application
    form's consent box links to it, in the applicant's language."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the consent box of every application form."),
    )

    panels = [FieldPanel("page")]

    class Meta:
        verbose_name = _("privacy notice")
