"""Filters of the admin's applications listing: status, call and average score."""

from django.conf import settings
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.coreutils import get_supported_content_language_variant

import django_filters

from applications.enums import ApplicationStatus
from applications.models import Application, OpenCallPage
from core.i18n import title_in_active_language


def open_calls():
    """Every call once, as its default-language page, titled in the admin's language
    where it has that translation published, by title: the filter's choices and the jury's
    spreadsheets come from this one query (the languages by name: no Locale query)."""
    default_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    calls = (
        OpenCallPage.objects.filter(locale__language_code=default_language)
        .annotate(staff_title=title_in_active_language("translation_key", F("title")))
        .order_by("staff_title")
        .values_list("translation_key", "staff_title", "reference_prefix")
    )
    return [
        {"translation_key": key, "title": title, "reference_prefix": prefix}
        for key, title, prefix in calls
    ]


def call_choices(calls):
    # One entry per call: its applications in every language share the call's key.
    return [(str(call["translation_key"]), call["title"]) for call in calls]


class ApplicationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ApplicationStatus.choices)
    call_key = django_filters.ChoiceFilter(
        label=_("Open call"), choices=lambda: call_choices(open_calls())
    )
    average_score = django_filters.NumberFilter(
        label=_("Average score at least"), field_name="average_score", lookup_expr="gte"
    )

    class Meta:
        model = Application
        fields = ["status", "call_key"]

    def __init__(self, *args, calls=None, **kwargs):
        """`calls`: a function giving open_calls() as the listing has already read them."""
        super().__init__(*args, **kwargs)
        if calls is not None:
            self.filters["call_key"].extra["choices"] = lambda: call_choices(calls())
