from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalManyToManyField

from applications.blocks import CriterionBlock, QuestionsBlock
from applications.enums import CallStatus
from applications.page_forms import OpenCallPageForm
from core.models import BasePage

# Festival planners (and superusers): the permission to decide on applications.
ASSIGNS_REVIEWERS = "applications.change_application"


class OpenCallPage(BasePage):
    """A call for applications under a programme: the award, an academy intake, a line-up."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    eligibility = RichTextField(_("who can apply"), blank=True)
    what_to_submit = RichTextField(_("what to submit"), blank=True)
    opens_at = models.DateTimeField(_("opens"), help_text=_("Dushanbe time."))
    closes_at = models.DateTimeField(_("closes"), help_text=_("Dushanbe time."))
    reference_prefix = models.CharField(
        _("reference prefix"),
        max_length=8,
        help_text=_("Starts every application's reference, e.g. BMA for BMA-2026-0042."),
    )
    questions = StreamField(QuestionsBlock(), verbose_name=_("questions"), blank=True)
    criteria = StreamField(
        [("criterion", CriterionBlock())],
        verbose_name=_("review criteria"),
        blank=True,
        help_text=_("What reviewers score from 1 to 5."),
    )
    confirmation_message = RichTextField(
        _("confirmation message"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown, and sent by email, once an application is received."),
    )
    notification_email = models.EmailField(
        _("staff notification address"),
        blank=True,
        help_text=_("Told about every new application."),
    )
    reviewers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewers"),
        blank=True,
        related_name="calls_to_review",
        help_text=_("Members of the Application reviewers group who score this call."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("reference_prefix"),
            ],
            heading=_("Dates"),
        ),
        FieldPanel("eligibility"),
        FieldPanel("what_to_submit"),
        FieldPanel("questions"),
        FieldPanel("confirmation_message"),
        MultiFieldPanel(
            [
                # Who is told of new applications and who reads them: planners decide.
                FieldPanel("notification_email", permission=ASSIGNS_REVIEWERS),
                FieldPanel("reviewers", permission=ASSIGNS_REVIEWERS),
                FieldPanel("criteria"),
            ],
            heading=_("Review"),
        ),
    ]
    base_form_class = OpenCallPageForm
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    override_translatable_fields = [
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("reference_prefix"),
        SynchronizedField("notification_email"),
    ]

    parent_page_types = ["programmes.ProgrammePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("open call")
        verbose_name_plural = _("open calls")

    @property
    def status(self):
        now = timezone.now()
        if now < self.opens_at:
            return CallStatus.UPCOMING
        if now >= self.closes_at:
            return CallStatus.CLOSED
        return CallStatus.OPEN

    @classmethod
    def next_opening_or_closing(cls):
        """The soonest moment a live call opens or closes, or None."""
        now = timezone.now()
        calls = cls.objects.live()
        moments = [
            calls.filter(opens_at__gt=now).aggregate(soonest=models.Min("opens_at"))["soonest"],
            calls.filter(closes_at__gt=now).aggregate(soonest=models.Min("closes_at"))["soonest"],
        ]
        return min((moment for moment in moments if moment), default=None)

    def serve(self, request, *args, **kwargs):
        from applications.views import apply

        return apply(request, self)
