"""
Checks on every file an applicant uploads, before anything is stored.

A file passes when its name is plain, its extension is one the question allows, its
size is within the limits, and its first bytes say it really is that kind of file
(a `.php` renamed `.pdf` is refused). Images must also stay under a pixel limit,
so a small file cannot unpack into a huge picture. SVG is never allowed: it can
carry scripts.
"""

from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

import filetype
from PIL import Image, UnidentifiedImageError

from applications.enums import FileKind

# For each kind, its extensions and what the content of each must be.
KINDS = {
    FileKind.PDF: {".pdf": {"application/pdf"}},
    FileKind.IMAGE: {
        ".jpg": {"image/jpeg"},
        ".jpeg": {"image/jpeg"},
        ".png": {"image/png"},
        ".webp": {"image/webp"},
    },
    FileKind.AUDIO: {
        ".mp3": {"audio/mpeg"},
        ".wav": {"audio/x-wav", "audio/wav"},
        ".ogg": {"audio/ogg"},
        ".m4a": {"audio/mp4", "audio/x-m4a", "video/mp4"},
        ".flac": {"audio/x-flac", "audio/flac"},
    },
    FileKind.VIDEO: {
        ".mp4": {"video/mp4"},
        ".mov": {"video/quicktime"},
        ".webm": {"video/webm"},
    },
}
SNIFF_BYTES = 8192


def allowed_extensions(kinds):
    return sorted({ext for kind in kinds for ext in KINDS[FileKind(kind)]})


def check_upload(upload, kinds, max_bytes):
    """Return the file's content type, or raise ValidationError saying what is wrong."""
    name = upload.name or ""
    if not name or name.startswith(".") or any(not char.isprintable() for char in name):
        raise ValidationError(_("This file name cannot be accepted. Please rename the file."))
    extension = PurePosixPath(name).suffix.lower()
    expected = {}
    for kind in kinds:
        expected.update(KINDS[FileKind(kind)])
    if extension not in expected:
        raise ValidationError(
            _("“%(name)s” is not an allowed kind of file. Allowed: %(extensions)s.")
            % {"name": name, "extensions": ", ".join(allowed_extensions(kinds))}
        )
    if upload.size == 0:
        raise ValidationError(_("“%(name)s” is empty.") % {"name": name})
    if upload.size > max_bytes:
        raise ValidationError(
            _("“%(name)s” is %(size)s; files for this question can be at most %(limit)s.")
            % {
                "name": name,
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(max_bytes),
            }
        )
    content_type = sniff(upload)
    if content_type not in expected[extension]:
        raise ValidationError(
            _("The content of “%(name)s” does not match its extension %(extension)s.")
            % {"name": name, "extension": extension}
        )
    if content_type.startswith("image/"):
        check_image(upload, name)
    return content_type


def sniff(upload):
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    guess = filetype.guess(head)
    return guess.mime if guess else ""


def check_image(upload, name):
    try:
        with Image.open(upload) as image:
            width, height = image.size
            if width * height > settings.APPLICATION_MAX_IMAGE_PIXELS:
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
