"""The Bookings area of the admin: each event's registration settings, and the bookings."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.snippets.models import register_snippet

from bookings import admin_views, dashboard, deletion, door_views, workflow
from bookings.models import Booking, Registration
from bookings.permissions import guarded_patterns, may_see_bookings
from core.admin_columns import YesNoColumn
from core.viewsets import SnippetViewSet

# The addresses that change bookings; the others need only to see them.
CHANGING = {"add", "edit", "delete", "promote", "remove", "arrived", "not_arrived"}


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "calendar-check"
    menu_label = _("Registration settings")
    menu_name = "registration-settings"
    index_view_class = admin_views.RegistrationIndexView
    list_display = [
        "event_in_admin_language",  # linked to the settings' form
        "mode",
        "capacity",
        "max_places",
        YesNoColumn("waiting_list", label=capfirst(_("waiting list"))),
    ]
    list_filter = ["mode", "waiting_list"]

    def get_urlpatterns(self):
        return guarded_patterns(super().get_urlpatterns(), changing={"add", "edit", "delete"})


class BookingViewSet(ModelViewSet):
    model = Booking
    icon = "list-ul"
    menu_label = _("Bookings")
    menu_name = "booking-list"
    url_prefix = "bookings"
    add_to_admin_menu = False
    inspect_view_enabled = True
    inspect_view_class = admin_views.BookingInspectView
    # Not the private link's secrets (the form's token, the access key).
    inspect_view_fields = [
        "reference",
        "page",
        "start",
        "places",
        "status",
        "name",
        "email",
        "phone",
        "answers",
        "language",
        "created_at",
        "offered_until",
        "arrived_at",
    ]
    index_view_class = admin_views.BookingIndexView
    list_display = [
        "reference",
        "name",
        Column("event_title", label=pgettext_lazy("booking", "Event"), sort_key="page"),
        "start",
        "places",
        "status",
        "created_at",
    ]
    list_filter = ["status", "language"]
    search_fields = ["reference", "name", "email"]
    form_fields = ["name", "email", "phone"]

    def get_urlpatterns(self):
        # The staff's pages of each date (bookings/admin_views.py), beside the listing.
        return guarded_patterns(
            [
                *super().get_urlpatterns(),
                path("dates/", admin_views.DatesView.as_view(), name="dates"),
                path(
                    "date/<int:registration_id>/<str:key>/",
                    admin_views.DateView.as_view(),
                    name="date",
                ),
                path("promote/<int:pk>/", admin_views.promote, name="promote"),
                path("remove/<int:pk>/", admin_views.remove, name="remove"),
                path(
                    "check-in/<int:registration_id>/<str:key>/",
                    door_views.CheckInView.as_view(),
                    name="check_in",
                ),
                path("arrived/<int:pk>/", door_views.arrived, name="arrived"),
                path("not-arrived/<int:pk>/", door_views.not_arrived, name="not_arrived"),
                path(
                    "attendance/<int:registration_id>/<str:key>/",
                    door_views.attendance,
                    name="attendance",
                ),
                path(
                    "export/<int:registration_id>/<str:key>/",
                    door_views.export_date,
                    name="export_date",
                ),
                path("export/<int:registration_id>/", door_views.export_event, name="export_event"),
            ],
            changing=CHANGING,
        )


class DatesMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_bookings(request.user)


class BookingDates(ViewSet):
    """The Bookings menu's entry to the staff's pages of each date (their addresses
    are BookingViewSet's)."""

    name = "booking_dates"

    menu_label = _("Bookings by date")
    menu_icon = "calendar-check"
    menu_name = "booking-dates"
    menu_item_class = DatesMenuItem

    @property
    def menu_url(self):
        return reverse("bookings_admin:dates")


class BookingsGroup(ViewSetGroup):
    menu_label = _("Bookings")
    menu_name = "bookings"
    menu_icon = "calendar-check"
    menu_order = 340
    items = (BookingDates(), BookingViewSet("bookings_admin"))


register_snippet(RegistrationViewSet)


@hooks.register("register_admin_viewset")
def register_bookings():
    return BookingsGroup()


@hooks.register("construct_homepage_panels")
def add_coming_bookings_panel(request, panels):
    if may_see_bookings(request.user):
        panels.append(dashboard.ComingBookingsPanel())


@hooks.register("before_delete_page")
def keep_events_with_bookings(request, page):
    """Deleting an event with bookings says why not, instead of deleting (or failing)."""
    refusal = deletion.refusal([page])
    if refusal:
        messages.error(request, refusal)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def keep_events_with_bookings_in_bulk(request, action_type, objects, action_class_instance):
    if action_type != "delete" or not objects or not isinstance(objects[0], Page):
        return None
    refusal = deletion.refusal(objects)
    if refusal:
        messages.error(request, refusal)
        return redirect("wagtailadmin_explore", objects[0].get_parent().pk)
    return None


@hooks.register("register_log_actions")
def register_door_actions(actions):
    """The ticks at the door, in the booking's history and Site history."""

    @actions.register_action(workflow.ARRIVED_ACTION)
    class Arrived(LogFormatter):
        label = message = _("Ticked arrived")

    @actions.register_action(workflow.NOT_ARRIVED_ACTION)
    class NotArrived(LogFormatter):
        label = message = _("Arrived tick undone")

    @actions.register_action(workflow.PLACES_GIVEN_BACK_ACTION)
    class PlacesGivenBack(LogFormatter):
        """Places the person gave back on their private page: the numbers only, as
        BookingMove keeps them."""

        label = _("Places given back")

        def format_message(self, log_entry):
            places = log_entry.data.get("places", {})
            return _("Places given back: %(before)s → %(after)s") % {
                "before": places.get("before", "?"),
                "after": places.get("after", "?"),
            }
