"""Filters of the admin's applications listing: status, call and average score."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Locale

import django_filters

from applications.enums import ApplicationStatus
from applications.models import Application, OpenCallPage


def call_choices():
    # One entry per call: its applications in every language share the call's key.
    return [
        (str(key), title)
        for key, title in OpenCallPage.objects.filter(locale=Locale.get_default())
        .order_by("title")
        .values_list("translation_key", "title")
    ]


class ApplicationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ApplicationStatus.choices)
    call_key = django_filters.ChoiceFilter(label=_("Open call"), choices=call_choices)
    average_score = django_filters.NumberFilter(
        label=_("Average score at least"), field_name="average_score", lookup_expr="gte"
    )

    class Meta:
        model = Application
        fields = ["status", "call_key"]
