"""
Checks on every file of a material (a partner's contribution, a staff upload, an import),
before anything is stored.

A file passes when its name is plain (only its last part is kept: a path in it never
reaches the disk), its extension is one of the kinds a material may be, its size is within
settings.RESOURCE_MAX_FILE_BYTES, and its content really is that kind (a script renamed
`.pdf`, HTML renamed `.jpg` are refused; SVG and HTML are never accepted: they can carry
scripts). ZIP files and the Office formats (which are ZIP files) must not unpack into more
than a limit, nor any part of them by more than a ratio (decompression bombs). Office
files with macros pass, with a warning shown beside them (`warning_of`).

The generic checks (name, first bytes, pictures) are shared with applicants' uploads in
core/uploads.py.
"""

import codecs
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from core import browser_checks
from core.uploads import (
    check_image,
    check_name,
    extension_of,
    head_of,
    plain_name,
    sniff,
    wrong_kind_message,
)

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
CSV = "text/csv"
ZIP = "application/zip"
MP4 = "video/mp4"
JPEG = "image/jpeg"
PNG = "image/png"

# Each allowed extension and the content it must have.
CONTENT_OF_EXTENSION = {
    ".pdf": PDF,
    ".docx": DOCX,
    ".xlsx": XLSX,
    ".pptx": PPTX,
    ".csv": CSV,
    ".zip": ZIP,
    ".mp4": MP4,
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".png": PNG,
}
# The part an Office file of each kind cannot be without.
OFFICE_MAIN_PART = {
    DOCX: "word/document.xml",
    XLSX: "xl/workbook.xml",
    PPTX: "ppt/presentation.xml",
}
ARCHIVES = {ZIP, *OFFICE_MAIN_PART}
# A part that unpacks to more than this many times its packed size is a bomb...
MAX_UNPACK_RATIO = 200
# ...when it unpacks to more than this (small parts of zeros are common and harmless).
RATIO_FLOOR_BYTES = 1024 * 1024
MAX_ARCHIVE_MEMBERS = 10_000
# Stored in English with the file, shown in the reader's language (`warning_label`).
MACROS_WARNING = gettext_noop("Contains macros: open it only with macros turned off.")
MARKUP_STARTS = (b"<!doctype", b"<html", b"<svg", b"<?xml", b"<script", b"<body", b"<head")


def allowed_extensions():
    return sorted(CONTENT_OF_EXTENSION)


def check_material_file(upload):
    """Return the file's content type, or raise ValidationError saying what is wrong."""
    name = plain_name(upload.name)
    check_name(name)
    extension = extension_of(name)
    if extension not in CONTENT_OF_EXTENSION:
        raise ValidationError(wrong_kind_message(name, allowed_extensions()))
    if not upload.size:
        raise ValidationError(_("“%(name)s” is empty.") % {"name": name})
    if upload.size > settings.RESOURCE_MAX_FILE_BYTES:
        raise ValidationError(too_large_message(name, filesizeformat(upload.size)))
    content_type = content_type_of(upload)
    if content_type != CONTENT_OF_EXTENSION[extension]:
        raise ValidationError(
            _("The content of “%(name)s” does not match its extension %(extension)s.")
            % {"name": name, "extension": extension}
        )
    if content_type in (JPEG, PNG):
        check_image(upload, name, settings.APPLICATION_MAX_IMAGE_PIXELS)
    if content_type in ARCHIVES:
        check_archive(upload, name)
    return content_type


def too_large_message(name, size):
    """The message for a file over the limit, its `size` as filesizeformat writes it."""
    return _("“%(name)s” is %(size)s; a material's file can be at most %(limit)s.") % {
        "name": name,
        "size": size,
        "limit": filesizeformat(settings.RESOURCE_MAX_FILE_BYTES),
    }


def browser_limits():
    """The data attributes of a material's file input for the check in the browser
    (core.browser_checks): its kinds and size limit, with these messages."""
    return browser_checks.file_limits(
        extensions=allowed_extensions(),
        wrong_kind=wrong_kind_message(browser_checks.NAME, allowed_extensions()),
        max_bytes=settings.RESOURCE_MAX_FILE_BYTES,
        too_large=too_large_message(browser_checks.NAME, browser_checks.SIZE),
    )


def content_type_of(upload):
    """What the content is, read from the file itself: "" when it is none of the kinds."""
    sniffed = sniff(upload)
    if sniffed == ZIP or sniffed in OFFICE_MAIN_PART:
        return office_kind(upload) or ZIP
    if not sniffed and is_plain_text(head_of(upload)):
        return CSV
    return sniffed


def office_kind(upload):
    """DOCX, XLSX or PPTX when the ZIP file is one, else None."""
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    return next((kind for kind, part in OFFICE_MAIN_PART.items() if part in names), None)


def is_plain_text(head):
    """Whether the bytes are text (UTF-8 or Windows Cyrillic) and not markup."""
    if not head or b"\x00" in head:
        return False
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").lower().startswith(MARKUP_STARTS):
        return False
    try:
        text = codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        text = head.decode("cp1251", errors="replace")
    return all(char.isprintable() or char in "\t\r\n\f" for char in text)


def check_archive(upload, name):
    """Raise ValidationError when the ZIP (or Office) file is unreadable or a bomb."""
    try:
        with zipfile.ZipFile(upload) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ValidationError(_("“%(name)s” cannot be opened.") % {"name": name}) from error
    finally:
        upload.seek(0)
    bomb = ValidationError(
        _("“%(name)s” unpacks to far more than its size and cannot be accepted.") % {"name": name}
    )
    if len(members) > MAX_ARCHIVE_MEMBERS:
        raise bomb
    if sum(member.file_size for member in members) > settings.RESOURCE_MAX_UNPACKED_BYTES:
        raise bomb
    for member in members:
        if member.file_size > RATIO_FLOOR_BYTES and member.file_size > MAX_UNPACK_RATIO * max(
            member.compress_size, 1
        ):
            raise bomb
        path = PurePosixPath(member.filename.replace("\\", "/"))
        if path.is_absolute() or ".." in path.parts:
            raise ValidationError(
                _("“%(name)s” holds a file whose name leads outside the archive.") % {"name": name}
            )


def warning_of(upload, content_type):
    """A caution to store with a file that passed the checks (in English), or ""."""
    if content_type not in OFFICE_MAIN_PART:
        return ""
    try:
        with zipfile.ZipFile(upload) as archive:
            names = archive.namelist()
    finally:
        upload.seek(0)
    if any(PurePosixPath(part).name.lower() == "vbaproject.bin" for part in names):
        return MACROS_WARNING
    return ""


def warning_label(resource_file):
    """The file's caution in the current language."""
    return _(resource_file.warning) if resource_file.warning else ""
