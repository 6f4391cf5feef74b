"""
What the check in the browser (static/js/site.js, forms with data-check-answers) needs
to refuse a file or an answer before the form is sent: the limits the server checks,
written by the form into its input's data attributes, each with the server's own message
for that mistake in the page's language. The parts of a message that only the browser
knows are left as placeholders it fills in: the file's name (NAME), its size (SIZE) and
the number of words (WORDS), the number typed (VALUE).

Every message the browser may say is in an attribute named data-…-message: after the
server has sent a form back, the browser knows by them which of the server's errors it
can judge again (and clear, once the answer is put right).
"""

import json
import re

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.template.defaultfilters import filesizeformat
from django.utils import formats

NAME = "{name}"
SIZE = "{size}"
WORDS = "{words}"
VALUE = "{value}"

KB = 1024
# filesizeformat's units from the kilobyte: the limits are megabytes, so a file too large
# is never a few bytes (written in kilobytes here, where the server would count bytes).
UNITS = (KB, KB**2, KB**3)


def file_limits(*, extensions, wrong_kind, max_bytes, too_large):
    """The data attributes of a file input: its allowed extensions (lower case) and its
    largest size, with the messages for a file of another kind and for one too large;
    and how filesizeformat writes sizes in this language, for the file's size."""
    return {
        "data-extensions": " ".join(extensions),
        "data-wrong-kind-message": wrong_kind,
        "data-max-bytes": max_bytes,
        "data-too-large-message": too_large,
        "data-size-units": json.dumps(size_units(), ensure_ascii=False),
        "data-decimal-separator": formats.get_format("DECIMAL_SEPARATOR"),
    }


def number_of_files(max_files, too_many):
    """The data attributes of an input that takes a number of files: how many, and the
    message for more."""
    return {"data-max-files": max_files, "data-too-many-files-message": too_many}


def word_limit(limit, too_many_words):
    """The data attributes of a text with a word limit, and the message for more words."""
    return {"data-word-limit": limit, "data-too-many-words-message": too_many_words}


def size_units():
    """[bytes, how filesizeformat writes one such unit with "{n}" for the number], from
    the smallest unit, as filesizeformat writes them in the active language."""
    one = formats.number_format(1, 1)
    return [[unit, filesizeformat(unit).replace(one, "{n}", 1)] for unit in UNITS]


def pattern(validator):
    """The data attributes of a text the server checks with a RegexValidator: its pattern
    and message. Only for a pattern written in what Python's and the browser's regular
    expressions read alike (ASCII classes, ^ and $, no \\d, \\w or \\s): the browser tests
    the text as the server does, without its spaces at either end."""
    if validator.inverse_match or validator.flags:
        raise ValueError("The browser cannot test this pattern as the server does.")
    return {"data-pattern": validator.regex.pattern, "data-pattern-message": validator.message}


def web_address(field):
    """The data attributes of a URLField's input: the scheme the field puts before an
    address typed without one, the schemes its URLValidator takes, the validator's
    pattern as the browser writes it (Python's \\Z is its $) and its message; none when
    the validator's pattern is not one the browser can read the same way."""
    validator = next(each for each in field.validators if isinstance(each, URLValidator))
    source = validator.regex.pattern
    if not source.endswith(r"\Z") or r"\Z" in source[:-2]:
        return {}
    if validator.regex.flags & ~(re.IGNORECASE | re.UNICODE):
        return {}
    return {
        "data-url-pattern": source[:-2] + "$",
        "data-url-schemes": " ".join(validator.schemes),
        "data-assume-scheme": field.assume_scheme,
        "data-url-message": validator.message,
    }


def whole_number(field, *, above=None):
    """The data attributes of an IntegerField's input: its message for a number that is
    not whole, its least and greatest values with their validators' messages (the
    greatest may be given as `above`: (limit, message), when the form checks it itself)."""
    attrs = {"data-whole-number-message": field.error_messages["invalid"]}
    for validator in field.validators:
        if isinstance(validator, MinValueValidator):
            attrs["data-min-value"] = validator.limit_value
            attrs["data-min-value-message"] = message_of(validator)
        elif isinstance(validator, MaxValueValidator):
            attrs["data-max-value"] = validator.limit_value
            attrs["data-max-value-message"] = message_of(validator)
    if above:
        attrs["data-max-value"], attrs["data-max-value-message"] = above
    return attrs


def message_of(validator):
    """A limit validator's message as it raises it, the number typed left as VALUE."""
    params = {"limit_value": validator.limit_value, "show_value": VALUE, "value": VALUE}
    return forms.ValidationError(validator.message, code=validator.code, params=params).messages[0]
