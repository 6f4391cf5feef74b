"""Fields of the public GET filters that refuse hostile values before any query."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# The dates a visitor may filter by: the calendar's own range (events/views.py's month
# view). Beyond it, adding a year to a date overflows Python's dates.
FIRST_DAY = datetime.date(1900, 1, 1)
LAST_DAY = datetime.date(2200, 12, 31)
# More digits than any id of the site's tables (64-bit integers have 19).
MAX_ID_DIGITS = 18


def is_id(value):
    """A short whole number: what an id of the site's tables may be."""
    value = str(value)
    return value.isascii() and value.isdigit() and len(value) <= MAX_ID_DIGITS


class IdChoiceField(forms.ModelChoiceField):
    """A choice of object by its id: anything but a short whole number is not a choice,
    refused without asking the database (which fails on numbers too large for it)."""

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if not is_id(value):
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(str(value))


class FilterDateField(forms.DateField):
    """A date between FIRST_DAY and LAST_DAY."""

    def validate(self, value):
        super().validate(value)
        if value is not None and not FIRST_DAY <= value <= LAST_DAY:
            raise ValidationError(
                _("Choose a date between %(first)s and %(last)s."),
                code="out_of_range",
                params={"first": FIRST_DAY.year, "last": LAST_DAY.year},
            )
