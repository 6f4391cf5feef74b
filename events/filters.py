import datetime
from urllib.parse import urlencode

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from core.filter_fields import FilterDateField, IdChoiceField
from events.enums import EventCategory, When
from events.models.venues import Venue
from events.occurrences import HORIZON, centre_timezone
from programmes.models import ProgrammePage


class EventFilters(forms.Form):
    """The filters of the events list: a GET form that works without JavaScript."""

    programme = IdChoiceField(
        label=_("Programme"), required=False, queryset=None, empty_label=_("Any")
    )
    category = forms.ChoiceField(
        label=_("Category"), required=False, choices=[("", _("Any"))] + EventCategory.choices
    )
    venue = IdChoiceField(label=_("Venue"), required=False, queryset=None, empty_label=_("Any"))
    date_from = FilterDateField(
        label=pgettext_lazy("date range", "From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    date_to = FilterDateField(
        label=pgettext_lazy("date range", "To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    # Set by the shortcuts' links, and kept when the filters are changed.
    when = forms.ChoiceField(required=False, choices=When.choices, widget=forms.HiddenInput)

    def __init__(self, data, *, locale_id):
        super().__init__(data)
        self.fields["programme"].queryset = ProgrammePage.objects.live().filter(locale_id=locale_id)
        self.fields["venue"].queryset = Venue.objects.filter(locale_id=locale_id)

    @property
    def is_filtered(self):
        return any(self.data.get(name) for name in self.fields)

    @property
    def chosen_count(self):
        """How many filters are set, told on the button the filters fold under on a phone
        (they stay folded, so that the events come first), but the shortcuts, which show
        above them."""
        return sum(1 for name in self.fields if name != "when" and self.data.get(name))

    def shortcuts(self):
        """Links to any date, this week and this weekend, keeping the other filters
        (not the dates, which a shortcut replaces): [{label, query, current}]."""
        kept = {
            name: self.data[name]
            for name in self.fields
            if name not in ("when", "date_from", "date_to") and self.data.get(name)
        }
        current = self.data.get("when", "")
        links = []
        for value, label in [("", _("Any date")), *When.choices]:
            query = {**kept, "when": value} if value else kept
            links.append(
                {
                    "label": label,
                    "query": f"?{urlencode(query)}" if query else "",
                    "current": value == current,
                }
            )
        return links

    def clean(self):
        data = super().clean()
        date_from, date_to = data.get("date_from"), data.get("date_to")
        if date_from and date_to and date_to < date_from:
            self.add_error("date_to", _("The end of the period comes before its start."))
        elif date_to and date_to < timezone.localdate():
            self.add_error(
                "date_to",
                _(
                    "The end of the period is in the past: this list starts today. "
                    "Earlier events are under Past events."
                ),
            )
        return data

    @property
    def empty_message(self):
        """What the list says when nothing is listed: why the dates asked for cannot
        match, or that no event matches."""
        if not self.is_valid():
            reasons = [*self.errors.get("date_from", []), *self.errors.get("date_to", [])]
            if reasons:
                return " ".join(reasons)
        return _("No events match these filters.")

    def filter(self, events):
        """The events that match the programme, category and venue; none for bad values."""
        if not self.is_valid():
            return events.none()
        data = self.cleaned_data
        # Events keep the programme and venue chosen in the source language: match
        # them with the visitor's choice by translation key.
        if data["programme"]:
            events = events.filter(programme__translation_key=data["programme"].translation_key)
        if data["category"]:
            events = events.filter(category=data["category"])
        if data["venue"]:
            events = events.filter(venue__translation_key=data["venue"].translation_key)
        return events

    def period(self, now):
        """The moments between which occurrences are listed: from now for a year by default."""
        data = self.cleaned_data if self.is_valid() else {}
        after = now
        if data.get("date_from"):
            after = max(now, _midnight(data["date_from"]))
        before = after + HORIZON
        if data.get("date_to"):
            before = _midnight(data["date_to"] + datetime.timedelta(days=1))
        if data.get("when"):
            first, last = shortcut_days(data["when"], timezone.localdate(now))
            after = max(after, _midnight(first))
            before = min(before, _midnight(last + datetime.timedelta(days=1)))
        return after, before


def shortcut_days(when, today):
    """The first and last days of this week (from today to Sunday) or of its weekend
    (Saturday and Sunday; from today on a Sunday)."""
    sunday = today + datetime.timedelta(days=6 - today.weekday())
    if when == When.WEEKEND:
        return max(today, sunday - datetime.timedelta(days=1)), sunday
    return today, sunday


def _midnight(day):
    return datetime.datetime.combine(day, datetime.time(), tzinfo=centre_timezone())


def overlapping(events, after, before):
    """The events with an occurrence between two moments, found in the database."""
    return events.filter(first_start__lt=before).filter(
        Q(last_end__isnull=True) | Q(last_end__gt=after)
    )
