"""
What the check in the browser (static/js/site.js, forms with data-check-answers) needs
to refuse a file or an answer before the form is sent: the limits the server checks,
written by the form into its input's data attributes, each with the server's own message
for that mistake in the page's language. The parts of a message that only the browser
knows are left as placeholders it fills in: the file's name (NAME), its size (SIZE) and
the number of words (WORDS).
"""

import json

from django.template.defaultfilters import filesizeformat
from django.utils import formats

NAME = "{name}"
SIZE = "{size}"
WORDS = "{words}"

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
