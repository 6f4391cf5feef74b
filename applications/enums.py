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
# step, open until a decision is made. A jury can go back on its word: a decision is
# reopened (back to under review) or changed to another decision.
TRANSITIONS = {
    S.SUBMITTED: {S.UNDER_REVIEW, S.REJECTED, S.WITHDRAWN},
    S.UNDER_REVIEW: {S.SHORTLISTED, S.ACCEPTED, S.WAITLISTED, S.REJECTED, S.WITHDRAWN},
    S.SHORTLISTED: {S.UNDER_REVIEW, S.ACCEPTED, S.WAITLISTED, S.REJECTED, S.WITHDRAWN},
    S.WAITLISTED: {S.UNDER_REVIEW, S.ACCEPTED, S.REJECTED, S.WITHDRAWN},
    S.ACCEPTED: {S.UNDER_REVIEW, S.WAITLISTED, S.REJECTED, S.WITHDRAWN},
    S.REJECTED: {S.UNDER_REVIEW, S.ACCEPTED, S.WAITLISTED},
    S.WITHDRAWN: set(),
}
# The decisions an applicant is told about by email.
DECISIONS = {S.SHORTLISTED, S.ACCEPTED, S.WAITLISTED, S.REJECTED}
# Final decisions: moving away from one changes the jury's decision.
FINAL_DECISIONS = {S.ACCEPTED, S.REJECTED}


class FileKind(models.TextChoices):
    PDF = "pdf", _("PDF document")
    IMAGE = "image", _("Image (JPEG, PNG, WebP)")
    AUDIO = "audio", _("Audio (MP3, WAV, OGG, M4A, FLAC)")
    VIDEO = "video", _("Video (MP4, MOV, WebM)")
