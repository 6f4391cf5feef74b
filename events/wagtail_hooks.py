"""The planners' admin: a listing of every event with filters, and the venues."""

from django.urls import path
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.views.i18n import JavaScriptCatalog

from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet

import django_filters

from core.viewsets import SnippetViewSet
from events.enums import EventCategory, EventStatus
from events.models import EventPage, Venue
from events.occurrences import centre_timezone
from programmes.models import ProgrammePage


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    menu_name = "venues"
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "address", "locale"]
    list_filter = ["locale"]
    # Searched in the search index by the model's own autocomplete fields: a list of
    # fields here would be passed to the index, which on SQLite has no column per field.


class StartColumn(Column):
    """When an event starts: its date and time in Dushanbe time (the date alone for an
    all-day event), in the staff member's language (Wagtail's DateColumn says how long
    ago, which for a date to come reads "Just now")."""

    def get_value(self, instance):
        value = super().get_value(instance)
        if value is None:
            return ""
        shown = "DATE_FORMAT" if instance.all_day else "DATETIME_FORMAT"
        return date_format(timezone.localtime(value, centre_timezone()), shown)


class EventFilterSet(PageFilterSet):
    first_start = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget
    )
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"), queryset=ProgrammePage.objects.all()
    )
    venue = django_filters.ModelChoiceFilter(label=_("Venue"), queryset=Venue.objects.all())
    category = django_filters.ChoiceFilter(label=_("Category"), choices=EventCategory.choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=EventStatus.choices)

    class Meta:
        model = EventPage
        fields = []


class EventsMenuItem(MenuItem):
    """Shown to those the listing lets in (staff who edit pages), not to every admin user."""

    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(
            request.user, IndexView.any_permission_required
        )


class EventListingViewSet(PageListingViewSet):
    model = EventPage
    icon = "date"
    menu_label = _("Events")
    menu_name = "events"
    menu_order = 150
    add_to_admin_menu = True
    menu_item_class = EventsMenuItem
    filterset_class = EventFilterSet
    columns = [
        *IndexView.base_columns[:2],
        StartColumn("first_start", label=_("Starts"), sort_key="first_start", width="14%"),
        Column("venue", label=_("Venue"), width="16%"),
        Column("get_status_display", label=_("Event status"), width="12%"),
        IndexView.base_columns[-1],
    ]


register_snippet(VenueViewSet)


@hooks.register("register_admin_viewset")
def register_event_listing():
    return EventListingViewSet("events")


@hooks.register("register_admin_urls")
def recurrence_catalogue_url():
    """The recurrence widget's labels in the editor's language (see events/widgets.py)."""
    return [
        path(
            "recurrence/jsi18n/",
            JavaScriptCatalog.as_view(packages=["recurrence"]),
            name="events_recurrence_jsi18n",
        )
    ]
