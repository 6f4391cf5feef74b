"""
Checks on every file an applicant uploads, before anything is stored.

A file passes when its name is plain, its extension is one the question allows, its
size is within the limits, and its first bytes say it really is that kind of file
(a `.php` renamed `.pdf` is refused). Images must also stay under a pixel limit,
so a small file cannot unpack into a huge picture. SVG is never allowed: it can
carry scripts. The generic checks are shared with the resource centre's in core/uploads.py.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from applications.enums import FileKind
from core import browser_checks, uploads
from core.uploads import check_name, extension_of, sniff, wrong_kind_message

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


def allowed_extensions(kinds):
    return sorted({ext for kind in kinds for ext in KINDS[FileKind(kind)]})


def check_upload(upload, kinds, max_bytes):
    """Return the file's content type, or raise ValidationError saying what is wrong."""
    name = upload.name or ""
    check_name(name)
    extension = extension_of(name)
    expected = {}
    for kind in kinds:
        expected.update(KINDS[FileKind(kind)])
    if extension not in expected:
        raise ValidationError(wrong_kind_message(name, allowed_extensions(kinds)))
    if upload.size == 0:
        raise ValidationError(_("“%(name)s” is empty.") % {"name": name})
    if upload.size > max_bytes:
        raise ValidationError(too_large_message(name, filesizeformat(upload.size), max_bytes))
    content_type = sniff(upload)
    if content_type not in expected[extension]:
        raise ValidationError(
            _("The content of “%(name)s” does not match its extension %(extension)s.")
            % {"name": name, "extension": extension}
        )
    if content_type.startswith("image/"):
        check_image(upload, name)
    return content_type


def too_large_message(name, size, max_bytes):
    """The message for a file over the question's limit, its `size` as filesizeformat
    writes it."""
    return _("“%(name)s” is %(size)s; files for this question can be at most %(limit)s.") % {
        "name": name,
        "size": size,
        "limit": filesizeformat(max_bytes),
    }


def browser_limits(kinds, max_bytes):
    """The data attributes of a file question's input for the check in the browser
    (core.browser_checks): its kinds and size limit, with these messages."""
    return browser_checks.file_limits(
        extensions=allowed_extensions(kinds),
        wrong_kind=wrong_kind_message(browser_checks.NAME, allowed_extensions(kinds)),
        max_bytes=max_bytes,
        too_large=too_large_message(browser_checks.NAME, browser_checks.SIZE, max_bytes),
    )


def check_image(upload, name):
    uploads.check_image(upload, name, settings.APPLICATION_MAX_IMAGE_PIXELS)
