"""The public side of bookings: the form on its own address (the event page stays
cacheable), then the person's private page, reached by the signed link they were given."""

from django.conf import settings
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy, gettext_noop, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from bookings import lost_links, workflow
from bookings.answers import answers_given, questions_read_in
from bookings.enums import BookingStatus, RegistrationMode
from bookings.forms import BookingForm, FindBookingsForm, GiveBackPlacesForm, availability
from bookings.models import Booking, Registration
from core.i18n import localized_page
from core.lost_links import LostLinksView
from core.private_pages import private
from events import occurrences
from events.models import EventPage
from events.views import page_at
from ops.rate_limit import over_limit

# How many of a class's next dates the form offers.
DATES_OFFERED = 12


def registration_of(event):
    registration = Registration.objects.filter(event_key=event.translation_key).first()
    if registration is None or registration.mode == RegistrationMode.NONE:
        raise Http404
    return registration


def dates_to_book(registration, event, now):
    """The next dates of the event taking bookings (none for a whole series)."""
    if not registration.per_date:
        return []
    coming = occurrences.occurrences_of(event, now, now + occurrences.HORIZON)
    found = [o for o in coming if not o.cancelled and workflow.is_open(registration, o.start, now)]
    return found[:DATES_OFFERED]


def series_open(registration, event, now):
    return workflow.is_open(registration, occurrences.first_occurrence_start(event), now)


def book(request, page_path):
    event = page_at(request, page_path.split("/"))
    if not isinstance(event, EventPage) or event.get_view_restrictions().exists():
        raise Http404
    registration = registration_of(event)
    now = timezone.now()
    dates = dates_to_book(registration, event, now)
    starts = [o.start for o in dates] or [None]
    left = workflow.open_places(registration, starts)
    is_open = not event.is_cancelled and (
        bool(dates) if registration.per_date else series_open(registration, event, now)
    )
    context = {
        "event": event,
        # The language switcher leads to the booking form of the event's translation
        # (core.same_place.route_place), not to this address under another prefix.
        "route_page": event,
        "registration": registration,
        "is_open": is_open,
        "series_availability": None
        if registration.per_date
        else availability(left[None], registration.waiting_list),
    }
    status = 200
    if request.method == "POST" and is_open:
        limit, period = settings.BOOKING_POST_LIMIT
        if over_limit(request, "bookings", limit, period):
            context["too_many"] = True
            return private(TemplateResponse(request, "bookings/book.html", context, status=429))
        sent = workflow.sent_with(request.POST.get("submission_token"))
        if sent is not None:  # the same form again (back, then send): its booking
            return redirect("bookings:booking", sent.private_token)
        form = BookingForm(registration, event, dates, left, request.POST)
        if form.is_valid():
            occurrence = form.occurrence()
            details = {**form.cleaned_data, "answers": form.answers()}
            try:
                booking = workflow.book(
                    registration,
                    event,
                    occurrence and occurrence.start,
                    occurrence and occurrence.end,
                    details,
                    get_language(),
                    details["submission_token"],
                )
            except workflow.BookingRefused as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, sent_message(booking))
                return redirect("bookings:booking", booking.private_token)
        status = 400
    else:
        form = BookingForm(registration, event, dates, left) if is_open else None
    context["form"] = form
    context["submit_label"] = submit_label(form) if form else None
    return private(TemplateResponse(request, "bookings/book.html", context, status=status))


def submit_label(form):
    """The form's button: "Join the waiting list" where the date chosen is full and
    people may wait (none chosen yet: where every date offered is), else "Book".
    static/js/booking.js changes it as the visitor chooses a date."""
    return _("Join the waiting list") if form.sends_to_waiting_list() else _("Book")


def sent_message(booking):
    """What the person reads on their booking's page right after the form."""
    if booking.status == BookingStatus.WAITING:
        return _(
            "You are on the waiting list. We are sending you an email with this page's "
            "address: keep it to see your place in the queue or to leave it."
        )
    return _(
        "Your place is booked. We are sending you an email with the details and this "
        "page's address: keep it to see or cancel your booking."
    )


def can_cancel(booking):
    return BookingStatus.CANCELLED in workflow.ALLOWED_MOVES[booking.status]


def booking_or_404(token):
    booking = Booking.from_private_token(token)
    if booking is None or booking.page is None:
        raise Http404
    return booking


def event_in_active_language(booking):
    """The booked event in the language of the page shown (its venue and booking
    questions too), which may not be the one it was booked in, or the event as booked
    where it has no live translation."""
    return localized_page(booking.page).specific


def booking(request, token):
    booking = booking_or_404(token)
    now = timezone.now()
    event = event_in_active_language(booking)
    waiting = booking.status == BookingStatus.WAITING
    context = {
        "booking": booking,
        "event": event,
        "answers": answers_given(booking, questions_read_in(booking, event)),
        "can_cancel": can_cancel(booking),
        "give_back_form": GiveBackPlacesForm(booking.places)
        if workflow.can_give_back_places(booking, now)
        else None,
        "can_confirm": booking.status == BookingStatus.OFFERED and booking.offered_until > now,
        "place_in_line": workflow.place_in_line(booking) if waiting else None,
    }
    return private(TemplateResponse(request, "bookings/booking.html", context))


@require_http_methods(["GET", "POST"])
def cancel(request, token):
    """Asks "are you sure?" (GET), then cancels (POST)."""
    booking = booking_or_404(token)
    if not can_cancel(booking):  # cancelled already, or its offer ran out
        messages.info(request, _("This booking cannot be changed any more."))
        return redirect("bookings:booking", token)
    if request.method == "GET":
        context = {"booking": booking, "event": event_in_active_language(booking)}
        return private(TemplateResponse(request, "bookings/cancel.html", context))
    try:
        workflow.cancel(booking, gettext_noop("Cancelled through the private link."))
    except workflow.BookingRefused as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your booking is cancelled."))
    return redirect("bookings:booking", token)


@require_http_methods(["GET", "POST"])
def give_back(request, token):
    """The places someone still needs, from the form on their booking's page: asks them
    to confirm what they chose (GET), then gives the other places back (POST). A choice
    refused is said on this page, with the form to choose again."""
    booking = booking_or_404(token)
    if not workflow.can_give_back_places(booking, timezone.now()):
        messages.info(request, _("This booking cannot be changed any more."))
        return redirect("bookings:booking", token)
    # Opened without a choice (not from the booking's page): the form to choose.
    data = request.POST if request.method == "POST" else (request.GET or None)
    form = GiveBackPlacesForm(booking.places, data)
    if request.method == "POST" and form.is_valid():
        try:
            workflow.give_back_places(
                booking,
                form.cleaned_data["places"],
                gettext_noop("Places given back through the private link."),
            )
        except workflow.BookingRefused as error:
            messages.error(request, str(error))
        else:
            messages.success(request, places_kept_message(form.cleaned_data["places"]))
        return redirect("bookings:booking", token)
    context = {
        "booking": booking,
        "event": event_in_active_language(booking),
        "form": form,
        "waiting": booking.status == BookingStatus.WAITING,
    }
    if form.is_valid():
        keep = form.cleaned_data["places"]
        context.update(keep=keep, given_back=booking.places - keep)
    status = 400 if form.errors else 200
    return private(TemplateResponse(request, "bookings/give_back.html", context, status=status))


def places_kept_message(keep):
    return ngettext(
        "Done: your booking is now for %(count)s place.",
        "Done: your booking is now for %(count)s places.",
        keep,
    ) % {"count": keep}


@require_POST
def confirm(request, token):
    booking = booking_or_404(token)
    try:
        workflow.confirm_offer(booking)
    except workflow.BookingRefused as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The place is yours: your booking is confirmed."))
    return redirect("bookings:booking", token)


# Someone who lost their booking's link gives the address they booked with (lost_links.py).
find = LostLinksView.as_view(
    form_class=FindBookingsForm,
    template_name="bookings/find.html",
    success_url=reverse_lazy("bookings:find"),
    links=lost_links,
    sent_message=gettext_lazy(
        "If bookings still to come were made with that address, an email with the "
        "link to each of them is on its way there. It can take a few minutes; look "
        "in the spam folder too."
    ),
)
