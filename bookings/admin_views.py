"""
The staff's bookings pages in the admin: the dates with bookings, one date's people
(promote, remove), each change confirmed on a second POST and made by the workflow.
Who may open them is checked before they run (bookings/permissions.py).
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse, reverse_lazy
from django.utils.functional import cached_property
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy, pgettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView

from bookings import staff, workflow
from bookings.forms import date_label
from bookings.models import Booking


def sheet_or_404(registration_id, key):
    registration = staff.registration_or_404(registration_id)
    try:
        start = staff.start_of(key)
    except ValueError:
        raise Http404 from None
    return staff.date_sheet(registration, start)


def date_title(registration, start):
    """ "Jazz trial lesson, 13 December 2026 18:00" (or the event alone for a series)."""
    title = registration.event_in_admin_language()
    if start is None:
        return title
    return f"{title}, {date_label(start)}"


class EventTitleMixin:
    """Each row's `event_title`: the title of its event (the page at `event_field`) in the
    admin's language (`staff.event_title`)."""

    event_field = "event"

    def get_base_queryset(self):
        return super().get_base_queryset().annotate(event_title=staff.event_title(self.event_field))


class BookingIndexView(EventTitleMixin, IndexView):
    """The bookings, each with its event's title in the admin's language."""

    event_field = "page"  # the event's page in the language it was booked in

    @cached_property
    def columns(self):
        columns = super().columns
        # The reference ("BK-2026-0001") on one line on a phone, not broken at a hyphen:
        # Wagtail's own utility class, on the cells of its title column.
        columns[0].classname = "w-whitespace-nowrap"
        return columns


class RegistrationIndexView(EventTitleMixin, SnippetIndexView):
    """Each event's registration settings, the event titled in the admin's language: in
    its column and in each row's buttons, labelled with the registration's name."""


class BookingInspectView(InspectView):
    """A booking as a planner reads it: the event in the admin's language, times in the
    centre's time zone, its answers as on the date's page (question: answer). The
    private link's secrets are not among its fields (`BookingViewSet.inspect_view_fields`)."""

    def get_object(self, queryset=None):
        bookings = Booking.objects.select_related("registration__event").annotate(
            event_title=staff.event_title("page")
        )
        return get_object_or_404(bookings, pk=self.pk)

    def get_page_display_value(self):
        return self.object.event_title or "-"

    def get_start_display_value(self):
        start = self.object.start
        return date_label(start) if start else gettext_lazy("the whole series")

    def get_created_at_display_value(self):
        return date_label(self.object.created_at)

    def get_offered_until_display_value(self):
        return date_label(self.object.offered_until) if self.object.offered_until else "-"

    def get_arrived_at_display_value(self):
        return date_label(self.object.arrived_at) if self.object.arrived_at else "-"

    def get_answers_display_value(self):
        questions = staff.staff_questions(self.object.registration.event)
        shown = staff.answers_shown(self.object, questions)
        return format_html_join("", "<p><strong>{}</strong>: {}</p>", shown) or "-"


class StaffView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "calendar-check"


DATES_CRUMB = [
    {"url": reverse_lazy("bookings_admin:dates"), "label": gettext_lazy("Bookings by date")}
]


class DatesView(StaffView):
    """The dates with people booked or waiting, and links to each date's pages."""

    template_name = "bookings/admin/dates.html"
    page_title = gettext_lazy("Bookings by date")

    def get_context_data(self, **kwargs):
        dates = staff.dates_with_bookings()
        return super().get_context_data(
            dates=[(counts, date_title(counts.registration, counts.start)) for counts in dates],
            **kwargs,
        )


class OfDateView(StaffView):
    """A page about one date of an event (self.sheet: its people)."""

    def get(self, request, registration_id, key):
        self.sheet = sheet_or_404(registration_id, key)
        return super().get(request)

    def get_page_subtitle(self):
        return date_title(self.sheet.registration, self.sheet.start)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), *DATES_CRUMB]


class DateView(OfDateView):
    """One date's people, in order, with its counts and the staff's actions."""

    template_name = "bookings/admin/date.html"
    page_title = gettext_lazy("Bookings of a date")

    def get_context_data(self, **kwargs):
        staff.with_answers(self.sheet.bookings, self.sheet.registration)
        return super().get_context_data(sheet=self.sheet, **kwargs)


ACTIONS = {
    "promote": (
        workflow.promote,
        pgettext_lazy("booking", "Promote"),
        gettext_lazy(
            "%(name)s gets the places free now, ahead of the others waiting, and an email "
            "confirming the booking."
        ),
        gettext_lazy("%(name)s is promoted."),
    ),
    "remove": (
        workflow.remove,
        pgettext_lazy("booking", "Remove"),
        gettext_lazy(
            "The booking of %(name)s (%(reference)s) is cancelled; its places go to the "
            "people waiting."
        ),
        gettext_lazy("%(name)s is removed."),
    ),
}


# Why an action cannot be done to a booking now, checked before asking to confirm it.
REFUSALS = {"promote": workflow.promotion_refused}


def booking_action(name):
    """A view doing one of ACTIONS to a booking: the first POST asks to confirm, the
    second (with "confirm") does it, then goes back to the date."""
    change, label, explanation, done = ACTIONS[name]

    @require_POST
    def view(request, pk):
        booking = get_object_or_404(Booking.objects.select_related("registration"), pk=pk)
        date_url = reverse(
            "bookings_admin:date", args=[booking.registration_id, staff.date_key(booking.start)]
        )
        words = {"name": booking.name, "reference": booking.reference}
        refusal = REFUSALS.get(name, lambda booking: None)(booking)
        if refusal:  # said before asking to confirm what cannot be done
            messages.error(request, refusal)
            return redirect(date_url)
        if "confirm" not in request.POST:
            context = {
                "booking": booking,
                "title": label,
                "explanation": explanation % words,
                "action_url": request.path,
                "date_url": date_url,
                "confirm_label": label,
            }
            return TemplateResponse(request, "bookings/admin/confirm.html", context)
        try:
            change(booking, by=request.user)
        except workflow.BookingRefused as error:
            messages.error(request, str(error))
        else:
            messages.success(request, done % words)
        return redirect(date_url)

    view.__name__ = name
    return view


promote = booking_action("promote")
remove = booking_action("remove")
