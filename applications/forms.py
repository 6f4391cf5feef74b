"""
The application form of an open call, built from the questions staff defined.

Name and email come first on every call; then one field per question, named after
the question block's id. A hidden token makes a second POST of the same form find
the first application instead of making another; a hidden "website" field, which
people never see, catches robots that fill in everything. No text answer may carry
a control character (a long text keeps its line breaks and tabs).
"""

import datetime
import uuid

from django import forms
from django.conf import settings
from django.core.validators import RegexValidator
from django.template.defaultfilters import filesizeformat
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from applications.countries import COUNTRIES
from applications.uploads import allowed_extensions, browser_limits, check_upload
from core import browser_checks
from core.control_characters import refuse_control_characters
from core.privacy import privacy_page_url

MB = 1024 * 1024

phone_validator = RegexValidator(
    r"^\+?[0-9 ()\-]{6,24}$",
    gettext_lazy("Enter a phone number with digits only, for example +992 93 123 4567."),
)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class FilesField(forms.FileField):
    """One or several files for a file question, each checked before anything is stored.
    Its input carries the limits and their messages for the check in the browser."""

    widget = MultipleFileInput

    def __init__(self, *, kinds, max_size_mb, max_files, **kwargs):
        self.kinds = kinds
        self.max_bytes = max_size_mb * MB
        self.max_files = max_files
        super().__init__(**kwargs)
        self.widget.attrs["accept"] = ",".join(allowed_extensions(kinds))
        # The widget reads every file sent; Django's offers choosing several always.
        self.widget.attrs["multiple"] = max_files > 1
        self.widget.attrs.update(browser_limits(kinds, self.max_bytes))
        self.widget.attrs.update(
            browser_checks.number_of_files(max_files, too_many_files_message(max_files))
        )

    def clean(self, data, initial=None):
        uploads = [upload for upload in (data if isinstance(data, list) else [data]) if upload]
        if not uploads:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return []
        if len(uploads) > self.max_files:
            raise forms.ValidationError(too_many_files_message(self.max_files))
        errors = []
        for upload in uploads:
            try:
                upload.content_type = check_upload(upload, self.kinds, self.max_bytes)
            except forms.ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise forms.ValidationError(errors)
        return uploads


def too_many_files_message(max_files):
    return ngettext(
        "Attach at most %(number)s file here.",
        "Attach at most %(number)s files here.",
        max_files,
    ) % {"number": max_files}


class WordLimitValidator:
    def __init__(self, limit):
        self.limit = limit

    def __call__(self, value):
        words = len(value.split())
        if words > self.limit:
            raise forms.ValidationError(self.message(words))

    def message(self, words):
        return ngettext(
            "Please keep this to %(limit)s word; it has %(words)s.",
            "Please keep this to %(limit)s words; it has %(words)s.",
            self.limit,
        ) % {"limit": self.limit, "words": words}


def with_note(help_text, note):
    """The staff's help text, then what the form itself asks for."""
    return " ".join(text for text in (help_text, note) if text)


def with_privacy_link(help_text):
    """The staff's help text, then a link to the privacy page (Settings → Privacy notice)."""
    address = privacy_page_url()
    if not address:
        return help_text
    link = format_html('<a href="{}">{}</a>', address, _("How we keep your data"))
    return format_html("{} {}", help_text, link) if help_text else link


def question_field(block_type, value):
    common = {
        "label": value["label"],
        "help_text": value.get("help_text", ""),
        "required": value.get("required", True),
    }
    if block_type == "short_text":
        return forms.CharField(max_length=500, **common)
    if block_type == "long_text":
        validators = []
        attrs = {"rows": 6}
        if limit := value.get("word_limit"):
            validators = [WordLimitValidator(limit)]
            common["help_text"] = with_note(
                common["help_text"],
                ngettext("At most %(limit)s word.", "At most %(limit)s words.", limit)
                % {"limit": limit},
            )
            attrs |= browser_checks.word_limit(limit, validators[0].message(browser_checks.WORDS))
        return forms.CharField(widget=forms.Textarea(attrs=attrs), validators=validators, **common)
    if block_type == "choice":
        choices = [(choice, choice) for choice in value["choices"]]
        if value.get("multiple"):
            return forms.MultipleChoiceField(
                choices=choices, widget=forms.CheckboxSelectMultiple, **common
            )
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    if block_type == "date":
        return forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), **common)
    if block_type == "url":
        field = forms.URLField(assume_scheme="https", max_length=500, **common)
        field.widget.attrs.update(browser_checks.web_address(field))
        return field
    if block_type == "email":
        return forms.EmailField(**common)
    if block_type == "phone":
        return forms.CharField(
            max_length=30,
            validators=[phone_validator],
            widget=forms.TextInput(
                attrs={
                    "type": "tel",
                    "autocomplete": "tel",
                    **browser_checks.pattern(phone_validator),
                }
            ),
            **common,
        )
    if block_type == "country":
        return forms.ChoiceField(choices=[("", "—"), *COUNTRIES], **common)
    if block_type == "file":
        note = _("%(extensions)s; at most %(size)s each.") % {
            "extensions": ", ".join(allowed_extensions(value["kinds"])),
            "size": filesizeformat(value["max_size_mb"] * MB),
        }
        if value["max_files"] > 1:
            note = with_note(note, too_many_files_message(value["max_files"]))
        common["help_text"] = with_note(common["help_text"], note)
        return FilesField(
            kinds=value["kinds"],
            max_size_mb=value["max_size_mb"],
            max_files=value["max_files"],
            **common,
        )
    if block_type == "consent":
        return forms.BooleanField(
            label=value["label"],
            help_text=with_privacy_link(value.get("help_text", "")),
            required=True,
        )
    raise ValueError(f"Unknown question type {block_type}")


class ApplicationForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Your name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=gettext_lazy("Your email address"),
        help_text=gettext_lazy("We send the confirmation and our decision here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    submission_token = forms.UUIDField(widget=forms.HiddenInput)
    website = forms.CharField(
        label=gettext_lazy("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, call, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.call = call
        self.questions = questions_of(call.questions)
        for block_type, block_id, value in self.questions:
            self.fields[field_name(block_id)] = question_field(block_type, value)
        for field in self.fields.values():
            refuse_control_characters(field)
        if not self.is_bound:
            self.initial["submission_token"] = uuid.uuid4()
        # The honeypot goes last, out of sight (see the stylesheet).
        self.fields["website"] = self.fields.pop("website")

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Your application could not be sent."))
        return ""

    def clean(self):
        cleaned = super().clean()
        total = sum(upload.size for upload in self.uploads(cleaned))
        if total > settings.APPLICATION_MAX_TOTAL_BYTES:
            raise forms.ValidationError(
                _("All files together are %(size)s; an application can carry at most %(limit)s.")
                % {
                    "size": filesizeformat(total),
                    "limit": filesizeformat(settings.APPLICATION_MAX_TOTAL_BYTES),
                }
            )
        return cleaned

    def visible_question_fields(self):
        return [self[field_name(block_id)] for _type, block_id, _value in self.questions]

    def uploads(self, cleaned=None):
        cleaned = self.cleaned_data if cleaned is None else cleaned
        return [
            upload
            for block_type, block_id, _value in self.questions
            if block_type == "file"
            for upload in cleaned.get(field_name(block_id)) or []
        ]

    def answers(self):
        """Every answer but files, with its question's wording as the applicant read it."""
        return answers_to(self.questions, self.cleaned_data)

    def files_by_question(self):
        for block_type, block_id, value in self.questions:
            if block_type == "file":
                for upload in self.cleaned_data.get(field_name(block_id)) or []:
                    yield block_id, value["label"], upload

    def files_to_attach_again(self):
        """After an error: the questions whose files the browser will not send again
        (their bound fields, for the label and the input's id)."""
        return [
            self[field_name(block_id)]
            for block_type, block_id, _value in self.questions
            if block_type == "file" and self.files.getlist(field_name(block_id))
        ]


def field_name(block_id):
    return f"q_{block_id}"


def questions_of(stream):
    """(type, id, value) of each question block of a StreamField."""
    return [(block.block_type, block.id, block.value) for block in stream]


def answers_to(questions, cleaned_data):
    """The answers of a valid form, files left out, each stored with its question's id,
    kind and wording as the person read it (a date as ISO 8601)."""
    answers = []
    for block_type, block_id, value in questions:
        if block_type == "file":
            continue
        answer = cleaned_data.get(field_name(block_id))
        if hasattr(answer, "isoformat"):
            answer = answer.isoformat()
        answers.append(
            {"id": block_id, "type": block_type, "label": value["label"], "value": answer}
        )
    return answers


COUNTRY_NAMES = dict(COUNTRIES)


def display_answer(answer):
    """A stored answer as staff read it: a country's name, yes or no, choices joined."""
    value = answer["value"]
    if answer["type"] == "country":
        return COUNTRY_NAMES.get(value, value)
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        return ", ".join(value)
    return value


NOT_ANSWERED = "—"


def answer_as_given(answer, written=None):
    """An answer as the person who gave it reads it back (an applicant's or a booking's
    private page, a booking's emails): "—" for an optional question left empty, a
    consent as "Yes", a date in the active language's format, else `written` (the
    answer in the reader's words: a choice in the language of the page) or as staff
    read it (display_answer)."""
    value = answer["value"]
    if value is None or value == "" or value == []:
        return NOT_ANSWERED
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if answer["type"] == "date":
        return formats.date_format(datetime.date.fromisoformat(value), "DATE_FORMAT")
    return str(display_answer(answer) if written is None else written)


class FindApplicationsForm(forms.Form):
    """The address an applicant applied with, to have their links sent again (lost_links.py)."""

    email = forms.EmailField(
        label=gettext_lazy("The email address you applied with"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
