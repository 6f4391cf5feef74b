import secrets

from django.conf import settings
from django.core import signing
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from applications.enums import ApplicationStatus
from applications.storage import private_storage, stored_name

STATUS_LINK_SALT = "applications.status-link"


def new_access_key():
    return secrets.token_urlsafe(24)


class Application(models.Model):
    """One artist's application to an open call, in the language they applied in."""

    call = models.ForeignKey(
        "applications.OpenCallPage",
        verbose_name=_("open call"),
        on_delete=models.PROTECT,
        related_name="applications",
    )
    # The call in every language: applications in Russian and Tajik are reviewed together.
    call_key = models.UUIDField(db_index=True, editable=False)
    reference = models.CharField(_("reference"), max_length=24, unique=True, editable=False)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    answers = models.JSONField(_("answers"), default=list, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.SUBMITTED,
        db_index=True,
    )
    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The hidden token of the form that sent it: posting the same form twice finds this row.
    submission_token = models.UUIDField(unique=True, editable=False)
    access_key = models.CharField(
        max_length=64, unique=True, default=new_access_key, editable=False
    )
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    staff_notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submitted_at"]
        indexes = [models.Index(fields=["call_key", "status"])]
        permissions = [("review_application", _("Can review applications of assigned calls"))]

    def __str__(self):
        return f"{self.reference} {self.name}"

    @property
    def status_token(self):
        """The random access key, signed: the same link every time it is given out."""
        return signing.Signer(salt=STATUS_LINK_SALT).sign(self.access_key)

    def get_status_url(self):
        return reverse("applications:status", args=[self.status_token])

    @classmethod
    def from_status_token(cls, token):
        """The application a status link names, or None for a forged or stale link."""
        try:
            access_key = signing.Signer(salt=STATUS_LINK_SALT).unsign(token)
        except signing.BadSignature:
            return None
        return cls.objects.select_related("call").filter(access_key=access_key).first()


class ApplicationFile(models.Model):
    """A file an applicant attached; kept in private storage under a name the server chose."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="files")
    question_id = models.CharField(max_length=64)
    question = models.CharField(_("question"), max_length=200)
    file = models.FileField(storage=private_storage, upload_to=stored_name, max_length=200)
    original_name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(_("size"))

    class Meta:
        verbose_name = _("attached file")
        verbose_name_plural = _("attached files")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name


class Review(models.Model):
    """One reviewer's scores (1 to 5 per criterion of the call) and comment."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="application_reviews"
    )
    scores = models.JSONField(_("scores"), default=dict)
    average = models.DecimalField(_("average"), max_digits=3, decimal_places=2, null=True)
    comment = models.TextField(_("comment"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        constraints = [
            models.UniqueConstraint(fields=["application", "reviewer"], name="one_review_each")
        ]

    def __str__(self):
        return f"{self.application.reference}: {self.reviewer}"


class ReferenceCounter(models.Model):
    """The last number given for a prefix and year, e.g. BMA-2026."""

    key = models.CharField(max_length=20, primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.key}: {self.last}"
