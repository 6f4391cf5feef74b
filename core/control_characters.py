"""No text a visitor sends may carry an invisible control character (a bell, a
vertical tab, NUL...) or a character that reorders the text around it (a right-to-left
override, which shows "Ali\u202eveS" as "AliSev" in the staff's lists): the
application form, the booking form and the partner forms check it. A text on several
lines keeps its line breaks and tabs; the marks that only set a direction (U+200E,
U+200F) and the joiners Persian script needs (U+200C, U+200D) are fine."""

import unicodedata

from django import forms
from django.core.validators import ProhibitNullCharactersValidator
from django.utils.translation import gettext as _

# The embeddings, overrides and isolates of the Unicode bidirectional algorithm.
REORDERING = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class NoControlCharacters:
    """Refuses invisible control characters (a bell, a vertical tab, NUL...) and the
    characters that reorder text in a text.

    A text on several lines keeps its line breaks and tabs.
    """

    def __init__(self, multiline=False):
        self.allowed = "\n\r\t" if multiline else ""

    def __call__(self, value):
        if isinstance(value, str) and any(
            character in REORDERING
            or (unicodedata.category(character) == "Cc" and character not in self.allowed)
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
