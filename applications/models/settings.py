from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="lock")
class DataProtectionSettings(BaseGenericSetting):
    """How long applications are kept: `manage.py delete_old_applications` applies it."""

    retention_months = models.PositiveIntegerField(
        _("keep applications for (months)"),
        default=24,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Applications older than this, with their files, are deleted by the nightly "
            "clean-up. Tell applicants the same period in the privacy notice."
        ),
    )

    class Meta:
        verbose_name = _("data protection")
