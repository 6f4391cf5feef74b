"""
At the door: the check-in page staff use on a phone (search by name or reference,
tick arrived), the printable attendance list, and the counts as spreadsheets.
All read one date's people with one query (bookings/staff.py). Who may open them is
checked before they run (bookings/permissions.py, in wagtail_hooks.py).
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from bookings import export, staff, workflow
from bookings.admin_views import OfDateView, date_title, sheet_or_404
from bookings.models import Booking
from core.slugs import latin_slug


class CheckInView(OfDateView):
    """The date's booked people, or those matching ?q=, each with an "Arrived" button."""

    template_name = "bookings/admin/check_in.html"
    page_title = gettext_lazy("Check-in")

    def get_context_data(self, **kwargs):
        booked = self.sheet.booked
        search = self.request.GET.get("q", "").strip()
        shown = [booking for booking in booked if staff.matches(booking, search)]
        return super().get_context_data(
            sheet=self.sheet,
            search=search,
            people=shown,
            counts=staff.door_counts(booked),
            here=self.request.get_full_path(),
            **kwargs,
        )


def back_to_check_in(request, booking):
    """The check-in page of the booking's date, with the search staff had made."""
    check_in = reverse(
        "bookings_admin:check_in", args=[booking.registration_id, staff.date_key(booking.start)]
    )
    search = request.POST.get("q", "").strip()
    return redirect(f"{check_in}?{urlencode({'q': search})}" if search else check_in)


@require_POST
def arrived(request, pk):
    """Tick one person arrived, then back to the check-in page (and its search)."""
    booking = get_object_or_404(Booking, pk=pk)
    try:
        workflow.mark_arrived(booking, by=request.user)
    except workflow.BookingRefused as error:
        messages.error(request, str(error))
    return back_to_check_in(request, booking)


@require_POST
def not_arrived(request, pk):
    """Undo a tick of arrived (a wrong person ticked), then back to the check-in page."""
    booking = get_object_or_404(Booking, pk=pk)
    workflow.unmark_arrived(booking, by=request.user)
    messages.success(
        request, _("%(name)s is no longer ticked as arrived.") % {"name": booking.name}
    )
    return back_to_check_in(request, booking)


def attendance(request, registration_id, key):
    """The date's booked people on paper: a page of its own, with print styles."""
    sheet = sheet_or_404(registration_id, key)
    context = {
        "sheet": sheet,
        "title": date_title(sheet.registration, sheet.start),
        "counts": staff.door_counts(sheet.booked),
    }
    return TemplateResponse(request, "bookings/admin/attendance.html", context)


def spreadsheet(content, name):
    """The workbook `content` as a download named `name` (in Latin letters, as the
    event's title in any language gives them: core.slugs.latin_slug)."""
    response = HttpResponse(content, content_type=export.XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    response["Cache-Control"] = "private, no-store"
    return response


def export_date(request, registration_id, key):
    sheet = sheet_or_404(registration_id, key)
    title = sheet.registration.event_in_admin_language()
    content = export.date_workbook(
        title,
        sheet.start,
        sheet.booked,
        staff.door_counts(sheet.booked),
        staff.staff_questions(sheet.registration.event),
    )
    return spreadsheet(content, f"{latin_slug(title) or 'event'}-{key}")


def export_event(request, registration_id):
    registration = staff.registration_or_404(registration_id)
    title = registration.event_in_admin_language()
    content = export.event_workbook(title, staff.counts_per_date(registration))
    return spreadsheet(content, f"{latin_slug(title) or 'event'}-bookings")
