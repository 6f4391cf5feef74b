"""No text a visitor sends may carry an invisible control character (a bell, a
vertical tab, NUL...): the application form and the booking form both check it.
A text on several lines keeps its line breaks and tabs."""

import unicodedata

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext as _


class NoControlCharacters:
    """Refuses invisible control characters (a bell, a vertical tab, NUL...) in a text.

    A text on several lines keeps its line breaks and tabs.
    """

    def __init__(self, multiline=False):
        self.allowed = "\n\r\t" if multiline else ""

    def __call__(self, value):
        if isinstance(value, str) and any(
            unicodedata.category(character) == "Cc" and character not in self.allowed
            for character in value
        ):
            raise forms.ValidationError(
                _(
                    "This answer contains an invisible control character. Please remove it "
                    "(typing the text again removes it)."
                ),
                code="control_character",
            )


def refuse_control_characters(field):
    """Every text field of the form gets the same check, which covers Django's for NUL.

    (A field whose value is not text, such as the form's token, passes it.)
    """
    if isinstance(field, forms.CharField):
        field.validators = [
            validator
            for validator in field.validators
            if not isinstance(validator, ProhibitNullCharactersValidator)
        ]
        field.validators.append(NoControlCharacters(isinstance(field.widget, forms.Textarea)))
