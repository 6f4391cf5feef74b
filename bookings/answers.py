"""A booking's answers as the person gave them, for their private page and their emails:
each question worded as they read it, the answer written in the active language."""

import datetime

from django.utils import formats
from django.utils.translation import gettext as _

from applications.forms import display_answer

NOT_ANSWERED = "—"


def answer_as_given(answer):
    """A choice as its label (several joined), a consent as "Yes", a date in the active
    language's format, a country by its name; "—" for an optional question left empty."""
    value = answer["value"]
    if value is None or value == "" or value == []:
        return NOT_ANSWERED
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if answer["type"] == "date":
        return formats.date_format(datetime.date.fromisoformat(value), "DATE_FORMAT")
    return str(display_answer(answer))


def answers_given(booking):
    """[(question, answer)] of a booking, in the order asked ([] when it asked nothing)."""
    return [(answer["label"], answer_as_given(answer)) for answer in booking.answers]
