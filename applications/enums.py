from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CallStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Opens soon")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class ApplicationStatus(models.TextChoices):
    SUBMITTED = "submitted", pgettext_lazy("application", "Submitted")
    UNDER_REVIEW = "under_review", _("Under review")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    ACCEPTED = "accepted", _("Accepted")
    WAITLISTED = "waitlisted", _("Waitlisted")
    REJECTED = "rejected", pgettext_lazy("application", "Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


S = ApplicationStatus
# Where an application may go from each status. Withdrawal is the applicant's own
# step, open until a decision is made.
TRANSITIONS = {
    S.SUBMITTED: {S.UNDER_REVIEW, S.REJECTED, S.WITHDRAWN},
    S.UNDER_REVIEW: {S.SHORTLISTED, S.ACCEPTED, S.WAITLISTED, S.REJECTED, S.WITHDRAWN},
    S.SHORTLISTED: {S.ACCEPTED, S.WAITLISTED, S.REJECTED, S.WITHDRAWN},
    S.WAITLISTED: {S.ACCEPTED, S.REJECTED, S.WITHDRAWN},
    S.ACCEPTED: {S.WITHDRAWN},
    S.REJECTED: set(),
    S.WITHDRAWN: set(),
}
# The decisions an applicant is told about by email.
DECISIONS = {S.SHORTLISTED, S.ACCEPTED, S.WAITLISTED, S.REJECTED}


class FileKind(models.TextChoices):
    PDF = "pdf", _("PDF document")
    IMAGE = "image", _("Image (JPEG, PNG, WebP)")
    AUDIO = "audio", _("Audio (MP3, WAV, OGG, M4A, FLAC)")
    VIDEO = "video", _("Video (MP4, MOV, WebM)")
