"""The booking form: a date (unless the whole series is booked), places, who is coming,
then the event's own questions, built as the open call's are (applications/forms.py)."""

import uuid

from django import forms
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from applications.forms import answers_to, field_name, question_field, questions_of
from bookings.workflow import places_to_keep_refused
from core.control_characters import refuse_control_characters


def availability(left, waiting_list):
    """ "12 places left", "Full — join the waiting list" or "Full"."""
    if left > 0:
        return ngettext("%(count)s place left", "%(count)s places left", left) % {"count": left}
    return _("Full — join the waiting list") if waiting_list else _("Full")


def joins_waiting_list(left, waiting_list):
    """Whether a booking for a date with `left` places open goes on its waiting list
    (workflow.book), as `availability` tells it: "Full — join the waiting list"."""
    return waiting_list and left <= 0


def date_label(start):
    return formats.date_format(timezone.localtime(start), "DATETIME_FORMAT")


class DateChoice(forms.RadioSelect):
    """The dates to choose from, each one whose waiting list a booking would join marked
    `data-waiting-list`: static/js/booking.js words the form's button after it."""

    waiting_list_dates = frozenset()

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if value in self.waiting_list_dates:
            option["attrs"]["data-waiting-list"] = True
        return option


class BookingForm(forms.Form):
    date = forms.ChoiceField(label=gettext_lazy("Date"), widget=DateChoice)
    places = forms.TypedChoiceField(label=gettext_lazy("Places"), coerce=int)
    name = forms.CharField(
        label=gettext_lazy("Your name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=gettext_lazy("Your email address"),
        help_text=gettext_lazy("We send the confirmation and any change of plan here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=gettext_lazy("Phone"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    submission_token = forms.UUIDField(widget=forms.HiddenInput)
    website = forms.CharField(
        label=gettext_lazy("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, registration, event, dates, left, *args, **kwargs):
        """`event`: the event's page in the visitor's language (its questions);
        `dates`: the occurrences that can be booked (none for a whole series);
        `left`: {start: places left}."""
        super().__init__(*args, **kwargs)
        self.questions = questions_of(event.booking_questions)
        for block_type, block_id, value in self.questions:
            self.fields[field_name(block_id)] = question_field(block_type, value)
        # The honeypot goes last, out of sight (see the stylesheet).
        self.fields["website"] = self.fields.pop("website")
        self.dates = {occurrence.start.isoformat(): occurrence for occurrence in dates}
        self.left = left
        self.waiting_list = registration.waiting_list
        if registration.per_date:
            self.fields["date"].choices = [
                (key, f"{date_label(o.start)} — {availability(left[o.start], self.waiting_list)}")
                for key, o in self.dates.items()
            ]
            self.fields["date"].widget.waiting_list_dates = {
                key
                for key, o in self.dates.items()
                if joins_waiting_list(left[o.start], self.waiting_list)
            }
            if len(self.dates) == 1:  # one date to book: chosen already
                self.initial["date"] = next(iter(self.dates))
        else:
            del self.fields["date"]
        self.fields["places"].choices = [(n, n) for n in range(1, registration.max_places + 1)]
        for field in self.fields.values():
            refuse_control_characters(field)
        if not self.is_bound:
            self.initial["submission_token"] = uuid.uuid4()

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Your booking could not be sent."))
        return ""

    def question_fields(self):
        return [self[field_name(block_id)] for _type, block_id, _value in self.questions]

    def answers(self):
        """As the call's (applications.forms.answers_to); a choice also keeps its place
        among the question's choices, so that staff read it in their own language."""
        answers = answers_to(self.questions, self.cleaned_data)
        questions = {block_id: value for _type, block_id, value in self.questions}
        for answer in answers:
            if answer["type"] == "choice" and answer["value"]:
                picked = answer["value"] if isinstance(answer["value"], list) else [answer["value"]]
                choices = list(questions[answer["id"]]["choices"])
                answer["choices"] = [choices.index(choice) for choice in picked]
        return answers

    def occurrence(self):
        """The date chosen (None for the whole series)."""
        return self.dates.get(self.cleaned_data.get("date"))

    def sends_to_waiting_list(self):
        """Whether sending the form as it stands puts the person on the waiting list:
        the date chosen is full (no date chosen yet: every date offered is; the whole
        series: the series is) and the event takes people waiting."""
        chosen = self.dates.get(self["date"].value()) if "date" in self.fields else None
        starts = [chosen.start] if chosen else list(self.left)
        return all(joins_waiting_list(self.left[start], self.waiting_list) for start in starts)


class FindBookingsForm(forms.Form):
    """The address someone booked with, to have their links sent again (lost_links.py)."""

    email = forms.EmailField(
        label=gettext_lazy("The email address you booked with"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )


class GiveBackPlacesForm(forms.Form):
    """How many of their places someone who booked several still needs: from 1 to one
    fewer than they booked (workflow.give_back_places checks it again, under the lock)."""

    places = forms.TypedChoiceField(label=gettext_lazy("Places you still need"), coerce=int)

    def __init__(self, booked, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["places"]
        field.choices = [(n, n) for n in range(1, booked)]
        field.initial = booked - 1
        refused = places_to_keep_refused()
        field.error_messages.update(required=refused, invalid_choice=refused)
