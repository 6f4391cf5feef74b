"""Download figures for donor reports, counted without storing who downloaded."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MonthlyDownloads(models.Model):
    """How many times a material (in one language's row) was downloaded in a month, by
    visitors reading the site in `language`. No address, no account: a count."""

    resource = models.ForeignKey(
        "resources.Resource", on_delete=models.CASCADE, related_name="monthly_downloads"
    )
    month = models.DateField(_("month"))
    language = models.CharField(_("language"), max_length=8)
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("downloads in a month")
        verbose_name_plural = _("downloads per month")
        constraints = [
            models.UniqueConstraint(
                fields=["resource", "month", "language"], name="one_count_per_month_and_language"
            )
        ]

    def __str__(self):
        return f"{self.resource} {self.month:%Y-%m} {self.language}: {self.count}"
