"""
The admin's "Notify booked people": a change of plan recorded on publishing an event
(bookings/notices.py) waits here until a planner has read the message in each language
and confirms. Reached from the message shown after publishing, from the event's page
in the admin (its header menu), and from the list at /admin/booking-notices/.
"""

from django.contrib import messages as django_messages
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.models import Page
from wagtail.signals import page_published

from bookings import notices
from bookings.models import BookingNotice
from bookings.staff import event_title
from core.i18n import title_in_active_language

PERMISSION = "bookings.change_booking"
NOTIFY_LABEL = gettext_lazy("Notify booked people")


def check_permission(user):
    if not user.has_perm(PERMISSION):
        raise PermissionDenied


def notice_index(request):
    check_permission(request.user)
    return TemplateResponse(
        request,
        "bookings/admin/notice_index.html",
        {
            "pending": notices.pending().annotate(event_title=event_title()),
            "sent": BookingNotice.objects.exclude(sent_at=None)
            .select_related("event")
            .annotate(event_title=event_title())[:20],
        },
    )


def event_notices(request, page_id):
    """The pending notices of one event (in any of its languages)."""
    check_permission(request.user)
    page = get_object_or_404(
        Page.objects.annotate(event_title=title_in_active_language("translation_key", F("title"))),
        pk=page_id,
    )
    pending = list(notices.pending(page.translation_key).annotate(event_title=event_title()))
    if len(pending) == 1:
        return redirect("booking_notices:notice", pending[0].pk)
    return TemplateResponse(
        request, "bookings/admin/notice_index.html", {"pending": pending, "event": page}
    )


@require_http_methods(["GET", "POST"])
def notice_view(request, pk):
    """The notice as each language's recipients will get it; POST sends or discards it."""
    check_permission(request.user)
    notice = get_object_or_404(
        BookingNotice.objects.select_related("event", "venue").annotate(event_title=event_title()),
        pk=pk,
    )
    if request.method == "POST":
        try:
            if "discard" in request.POST:
                notices.discard(notice)
                django_messages.success(request, _("The notice was discarded."))
            else:
                notice = notices.send(notice, by=request.user)
                django_messages.success(
                    request,
                    _("The notice goes to %(count)s people.") % {"count": notice.recipients},
                )
        except notices.NoticeRefused as error:
            django_messages.error(request, str(error))
        return redirect("booking_notices:index")
    return TemplateResponse(
        request,
        "bookings/admin/notice.html",
        {"notice": notice, "languages": notices.preview(notice)},
    )


urlpatterns = [
    path("", notice_index, name="index"),
    path("<int:pk>/", notice_view, name="notice"),
    path("event/<int:page_id>/", event_notices, name="event"),
]


def is_event(page):
    from events.models import EventPage

    return issubclass(page.specific_class or Page, EventPage)


def event_url(page):
    return reverse("booking_notices:event", args=[page.pk])


def record_changes(sender, instance, revision, **kwargs):
    notices.record_changes(instance, revision)


def connect():
    from events.models import EventPage

    page_published.connect(record_changes, sender=EventPage, dispatch_uid="bookings-notices")


@hooks.register("register_admin_urls")
def register_notice_urls():
    return [path("booking-notices/", include((urlpatterns, "booking_notices")))]


@hooks.register("after_publish_page")
def tell_of_pending_notices(request, page):
    if not is_event(page) or not request.user.has_perm(PERMISSION):
        return
    if notices.pending(page.translation_key).exists():
        messages.warning(
            request,
            _("People booked for this event have not been told of the change yet."),
            buttons=[messages.button(event_url(page), NOTIFY_LABEL)],
        )


@hooks.register("register_page_header_buttons")
def notify_button(page, user, view_name, next_url=None):
    if not is_event(page) or not user.has_perm(PERMISSION):
        return
    if notices.pending(page.translation_key).exists():
        yield Button(NOTIFY_LABEL, url=event_url(page), icon_name="mail", priority=80)


@hooks.register("register_log_actions")
def register_notice_actions(actions):
    @actions.register_action(notices.SENT_ACTION)
    class NoticeSent(LogFormatter):
        label = gettext_lazy("Notify booked people")

        def format_message(self, log_entry):
            return _("Booked people notified of a change of plan: %(count)s people") % {
                "count": log_entry.data.get("recipients", 0)
            }
