"""
Checks shared by every file people upload (applicants' files, materials of the resource
centre), before anything is stored.

A name must be plain (no hidden file, no control character), and only its last part is
kept, so a path in it ("../../etc/x.pdf") never reaches the disk. The first bytes say what
the content really is (`sniff`), whatever the extension claims. A picture must stay under
a pixel limit, so a small file cannot unpack into a huge image.
"""

from pathlib import PurePosixPath, PureWindowsPath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

import filetype
from PIL import Image, UnidentifiedImageError

SNIFF_BYTES = 8192


def plain_name(name):
    """The last part of a file name, whichever separator the sender's system uses."""
    return PureWindowsPath(PurePosixPath(name or "").name).name


def check_name(name):
    """Raise ValidationError unless `name` is a plain, visible file name."""
    if not name or name.startswith(".") or any(not char.isprintable() for char in name):
        raise ValidationError(_("This file name cannot be accepted. Please rename the file."))


def wrong_kind_message(name, extensions):
    """The message for a file whose extension is not among `extensions`."""
    return _("“%(name)s” is not an allowed kind of file. Allowed: %(extensions)s.") % {
        "name": name,
        "extensions": ", ".join(extensions),
    }


def extension_of(name):
    return PurePosixPath(name).suffix.lower()


def head_of(upload, size=SNIFF_BYTES):
    """The first bytes of the upload; the upload is left at its start."""
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def sniff(upload):
    """The content type the upload's first bytes show, or "" when they show none."""
    guess = filetype.guess(head_of(upload))
    return guess.mime if guess else ""


def check_image(upload, name, max_pixels):
    """Raise ValidationError unless the upload is a readable picture of at most `max_pixels`."""
    try:
        with Image.open(upload) as image:
            width, height = image.size
            if width * height > max_pixels:
                raise ValidationError(
                    ngettext(
                        "“%(name)s” is too large a picture (%(width)s × %(height)s pixel).",
                        "“%(name)s” is too large a picture (%(width)s × %(height)s pixels).",
                        height,
                    )
                    % {"name": name, "width": width, "height": height}
                )
            image.verify()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as error:
        raise ValidationError(_("“%(name)s” is not a readable image.") % {"name": name}) from error
    finally:
        upload.seek(0)
