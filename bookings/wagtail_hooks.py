"""The Bookings area of the admin: each event's registration settings, and the bookings."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from bookings.models import Booking, Registration


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "calendar-check"
    menu_label = _("Registration settings")
    list_display = ["event", "mode", "capacity", "max_places", "waiting_list"]
    list_filter = ["mode", "waiting_list"]


class BookingViewSet(ModelViewSet):
    model = Booking
    icon = "list-ul"
    menu_label = _("Bookings")
    url_prefix = "bookings"
    add_to_admin_menu = False
    inspect_view_enabled = True
    list_display = ["reference", "name", "page", "start", "places", "status", "created_at"]
    list_filter = ["status", "language"]
    search_fields = ["reference", "name", "email"]
    form_fields = ["name", "email", "phone"]


class BookingsGroup(ViewSetGroup):
    menu_label = _("Bookings")
    menu_icon = "calendar-check"
    menu_order = 340
    items = (BookingViewSet("bookings_admin"),)


register_snippet(RegistrationViewSet)


@hooks.register("register_admin_viewset")
def register_bookings():
    return BookingsGroup()
