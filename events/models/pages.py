from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from recurrence.fields import RecurrenceField

from applications.blocks import BookingQuestionsBlock
from core import navigation
from core.blocks import BaseStreamBlock, SnippetChooserBlock
from core.choices import label_of
from core.models import BasePage
from events import occurrences, restrictions, stored_dates, views
from events.enums import EventCategory, EventStatus
from events.filters import EventFilters
from events.widgets import RecurrenceWidget


class CancelledDateBlock(blocks.StructBlock):
    """A date of the series that does not take place, and why (shown with it)."""

    date = blocks.DateBlock(label=_("Date"))
    note = blocks.CharBlock(
        label=_("Note"),
        max_length=200,
        required=False,
        help_text=_("Optional: why it does not take place, shown with the date."),
    )

    class Meta:
        icon = "date"
        label = _("Cancelled date")


class EventIndexPage(RoutablePageMixin, BasePage):
    """What is on: the upcoming list, the month calendar, the archive and the feeds."""

    per_page = 20

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage", "events.FestivalPage"]
    max_count_per_parent = 1
    filter_form = EventFilters

    class Meta:
        verbose_name = _("events index page")
        verbose_name_plural = _("events index pages")

    def events(self):
        """Every live event of this language, with what listings show, in one query."""
        return EventPage.listed().descendant_of(self)

    @path("")
    def upcoming(self, request):
        return views.upcoming(request, self)

    @re_path(r"^(\d{4})/(\d{1,2})/$")
    def month(self, request, year, month):
        return views.month(request, self, int(year), int(month))

    @path("past/")
    def past(self, request):
        return views.past(request, self)

    def feed_url(self):
        return self.url + "feed.ics"


class FestivalPage(BasePage):
    """One edition of a festival: its events by day and by stage, and its line-up."""

    programme = models.ForeignKey(
        "programmes.ProgrammePage",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("programme"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]

    related_on_route = ("social_image", "image")
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("festival edition")
        verbose_name_plural = _("festival editions")

    @property
    def listing_image(self):
        return self.image

    @classmethod
    def listed(cls):
        """Live events with what listings and calendars show: their venue and image, and
        not the body or performers, which only the event's own page reads."""
        return cls.objects.live().select_related("venue", "image").defer("body", "performers")

    def sharing_image(self):
        return super().sharing_image() or programme_image(self)

    def get_context(self, request, *args, **kwargs):
        from events.jsonld import festival_data, json_ld_script
        from events.schedule import festival_schedule

        context = super().get_context(request, *args, **kwargs)
        context.update(festival_schedule(self))
        programme = navigation.linked_page(request, self.programme_id)
        context["json_ld"] = json_ld_script(
            festival_data(
                self,
                request,
                schedule=context["schedule"],
                lineup=context["lineup"],
                programme=programme,
            )
        )
        return context


def programme_image(page):
    """The image of the programme an event or festival belongs to, for sharing it when
    it has none of its own."""
    return page.programme.hero_image if page.programme_id else None


class EventPage(BasePage):
    """A concert, class, workshop or any event, once or again and again."""

    programme = models.ForeignKey(
        "programmes.ProgrammePage",
        verbose_name=_("programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    category = models.CharField(
        _("category"), max_length=20, choices=EventCategory.choices, default=EventCategory.CONCERT
    )
    image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    venue = models.ForeignKey(
        "events.Venue",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start = models.DateTimeField(_("starts"), help_text=_("Dushanbe time."))
    end = models.DateTimeField(
        _("ends"),
        null=True,
        blank=True,
        help_text=_("Leave empty if the end is not known. For several days, the last day."),
    )
    all_day = models.BooleanField(_("all day"), default=False)
    recurrences = RecurrenceField(
        verbose_name=_("repeats"),
        blank=True,
        help_text=_(
            "For classes and other events that come back: the rule (such as every Tuesday) "
            "and extra dates. A date that does not take place goes in Cancelled dates below "
            "(a date excluded here is moved there when the page is saved)."
        ),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    get_category_display = label_of("category", EventCategory)
    get_status_display = label_of("status", EventStatus)
    previous_start = models.DateTimeField(
        _("previously planned start"),
        null=True,
        blank=True,
        help_text=_("For a rescheduled event: when it was to take place before."),
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Where to watch or join online, if anywhere.")
    )
    # The one place for cancelled dates: the .ics's EXDATEs follow from it.
    date_notes = StreamField(
        [("note", CancelledDateBlock())],
        verbose_name=_("cancelled dates"),
        blank=True,
        help_text=_(
            "Dates of the repeats that do not take place: shown as cancelled, with the note."
        ),
    )
    performers = StreamField(
        [("person", SnippetChooserBlock("people.Person", label=_("Performer")))],
        verbose_name=_("performers"),
        blank=True,
    )
    performance_language = models.CharField(
        _("language of the performance"),
        max_length=80,
        blank=True,
        help_text=_("For example: in Tajik with Russian subtitles; instrumental."),
    )
    is_free = models.BooleanField(_("free entry"), default=False)
    price = models.CharField(_("price"), max_length=120, blank=True)
    ticket_url = models.URLField(_("tickets or registration"), blank=True)
    # Asked on the booking form when the event takes bookings (Bookings → Registration
    # settings); translated with the page, each question keeping its block id.
    booking_questions = StreamField(
        BookingQuestionsBlock(),
        verbose_name=_("questions asked when booking"),
        blank=True,
        help_text=_(
            "Asked after the name and email address when the event takes bookings, "
            "for example which instrument the person plays."
        ),
    )

    # Kept by save() so listings find the events of a period in the database, with
    # the dates themselves (EventOccurrence rows, stored until this for a series
    # with no last date; empty when all are stored).
    first_start = models.DateTimeField(editable=False, null=True, db_index=True)
    last_end = models.DateTimeField(editable=False, null=True, db_index=True)
    dates_stored_until = models.DateTimeField(editable=False, null=True, db_index=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
                FieldPanel("recurrences", widget=RecurrenceWidget),
                FieldPanel("date_notes"),
            ],
            heading=_("When"),
        ),
        FieldPanel("venue"),
        FieldRowPanel([FieldPanel("programme"), FieldPanel("category")]),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("previous_start"), FieldPanel("online_url")],
            heading=_("Status"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("performers"),
        FieldPanel("performance_language"),
        MultiFieldPanel(
            [FieldPanel("is_free"), FieldPanel("price"), FieldPanel("ticket_url")],
            heading=_("Entry"),
        ),
        FieldPanel("booking_questions"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("first_start"),
        index.FilterField("last_end"),
    ]
    # Dates and the recurrence are the same in every language: kept in sync, never re-entered.
    override_translatable_fields = [
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("all_day"),
        SynchronizedField("recurrences"),
        SynchronizedField("status"),
        SynchronizedField("previous_start"),
        SynchronizedField("online_url"),
        SynchronizedField("ticket_url"),
    ]

    related_on_route = ("social_image", "image", "venue")
    parent_page_types = ["events.EventIndexPage", "events.FestivalPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.ends_before_start():
            raise ValidationError({"end": _("The end comes before the start.")})
        # Dates excluded in the repeat widget join the cancelled dates, the one place
        # where they are kept (with a note if staff add one).
        self.recurrences, moved = occurrences.without_excluded_dates(self.recurrences)
        known = set(occurrences.notes_by_date(self.date_notes))
        for day in sorted(moved - known):
            self.date_notes.append(("note", {"date": day, "note": ""}))

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        dates_change = update_fields is None or bool(stored_dates.DATE_FIELDS & set(update_fields))
        if not dates_change:  # a revision saved, say: the page's live dates stay
            return super().save(*args, **kwargs)
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, *stored_dates.DERIVED_FIELDS}
        self.first_start = self.start
        self.last_end = occurrences.last_end(self) if self.start else None
        found, self.dates_stored_until = stored_dates.work_out(self) if self.start else ([], None)
        result = super().save(*args, **kwargs)
        stored_dates.store(self.pk, found)
        return result

    def ends_before_start(self):
        """Whether the end given comes before the start: for an all-day event its last
        day before its first (in Dushanbe), whatever their times; no end never does."""
        if self.start is None or self.end is None:
            return False
        if self.all_day:
            centre = occurrences.centre_timezone()
            return timezone.localdate(self.end, centre) < timezone.localdate(self.start, centre)
        return self.end < self.start

    @property
    def listing_image(self):
        return self.image

    def sharing_image(self):
        return super().sharing_image() or programme_image(self)

    @classmethod
    def listed(cls):
        """Live events with what listings and calendars show: their venue and image, and
        not the body or performers, which only the event's own page reads. Events
        with a view restriction (on them or above) are never listed."""
        return (
            cls.objects.live()
            .filter(restrictions.public_q())
            .select_related("venue", "image")
            .defer("body", "performers", "booking_questions")
        )

    def serve(self, request, *args, **kwargs):
        return views.event_detail(request, self)

    def get_preview_context(self, request, mode_name):
        return views.event_context(request, self)

    def ics_url(self):
        return self.url.rstrip("/") + ".ics"

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_recurring(self):
        return occurrences.is_recurring(self)

    @cached_property
    def _date_notes(self):
        return occurrences.notes_by_date(self.date_notes)

    def date_notes_by_date(self):
        return self._date_notes
