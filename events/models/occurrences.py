from django.db import models
from django.utils.translation import gettext_lazy as _


class EventOccurrence(models.Model):
    """One date of an event, worked out from its start and recurrence when it is saved.

    Listings and the month calendar read these rows instead of expanding every weekly
    class's rule on each request: the next dates are one ordered, limited query, however
    many events there are. `events.stored_dates` keeps them in step with the events.
    """

    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="stored_occurrences",
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    cancelled = models.BooleanField(_("cancelled"), default=False)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("event date")
        verbose_name_plural = _("event dates")
        constraints = [
            models.UniqueConstraint(fields=["event", "start"], name="one_occurrence_per_start")
        ]
        # Listings walk the dates in order of start; with the end in the index, the
        # dates already over are skipped there, without reading their rows.
        indexes = [models.Index(fields=["start", "event", "end"], name="occurrence_start")]

    def __str__(self):
        return f"{self.event_id} {self.start:%Y-%m-%d %H:%M}"
