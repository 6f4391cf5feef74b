"""Downloads of materials: counted without storing who downloaded, served from private storage.

The views check `resources.access.may_download` on the server before anything here runs.
"""

import re
import tempfile
import zipfile
from pathlib import PurePosixPath
from urllib.parse import urlencode

from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import FileResponse
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from resources.access import is_member, partner_account_of
from resources.models import MonthlyDownloads, Resource

# "Download all" packs at most this many materials (and their current files) in one .zip.
ZIP_MAX_MATERIALS = 30
# Kept in memory up to this size, then in a temporary file, while the .zip is written.
ZIP_SPOOL_BYTES = 10 * 1024 * 1024
UNSAFE_NAME = re.compile(r"[^\w.\- ]+")


def count_download(resource, language):
    """One more download of `resource` (every translation's total, for "most downloaded")
    and of this month in the visitor's `language` (for the donors' figures)."""
    Resource.objects.filter(translation_key=resource.translation_key).update(
        downloads=F("downloads") + 1
    )
    month = timezone.localdate().replace(day=1)
    counted = MonthlyDownloads.objects.filter(resource=resource, month=month, language=language)
    if counted.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            MonthlyDownloads.objects.create(
                resource=resource, month=month, language=language, count=1
            )
    except IntegrityError:  # another download made this month's row meanwhile
        counted.update(count=F("count") + 1)


def private_headers(response):
    """A file for this visitor alone: no cache keeps it, no browser guesses its type."""
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def file_response(resource_file):
    response = FileResponse(
        resource_file.file.open("rb"), as_attachment=True, filename=resource_file.name
    )
    response["Content-Type"] = resource_file.content_type
    return private_headers(response)


def safe_name(name):
    """A file name for inside a .zip: no folders, no characters an unpacker trips on."""
    cleaned = UNSAFE_NAME.sub("_", PurePosixPath(name.replace("\\", "/")).name).strip(" .")
    return cleaned or "file"


def zip_response(materials_with_files, filename):
    """A .zip of the materials' current files, each under a folder named by its material."""
    spool = tempfile.SpooledTemporaryFile(max_size=ZIP_SPOOL_BYTES)
    with zipfile.ZipFile(spool, "w", zipfile.ZIP_DEFLATED) as archive:
        for material in materials_with_files:
            taken = set()
            for resource_file in material.current_files:
                name = safe_name(resource_file.name)
                while name in taken:
                    name = f"_{name}"
                taken.add(name)
                with resource_file.file.open("rb") as source:
                    with archive.open(f"{material.slug}/{name}", "w") as target:
                        while chunk := source.read(1024 * 1024):
                            target.write(chunk)
    spool.seek(0)
    response = FileResponse(spool, as_attachment=True, filename=filename)
    response["Content-Type"] = "application/zip"
    return private_headers(response)


def link(name):
    """The address of a named view, or None while it does not exist yet."""
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def sign_in_link(back_to):
    address = link("resources:sign-in")
    if address and back_to:
        address += "?" + urlencode({"next": back_to})
    return address


def access_help(user, back_to=None):
    """What a visitor who may not download members-only materials is told: a sentence
    and the links that lead to access (sign up, sign in, contribute). Signing in leads
    back to `back_to` (the material's page, or the download refused)."""
    if is_member(user):
        return None
    if not user.is_authenticated:
        return {
            "text": _(
                "The files of this material are for members of partner organisations. "
                "Create a partner account for your organisation, or sign in: downloads "
                "open once your organisation has contributed a material to the centre."
            ),
            "links": [
                (_("Create a partner account"), link("resources:sign-up")),
                (_("Sign in"), sign_in_link(back_to)),
            ],
        }
    if partner_account_of(user) is None:
        return {
            "text": _(
                "Confirm your email address with the link we sent you: downloads open "
                "once your partner account is confirmed and your organisation has "
                "contributed a material."
            ),
            "links": [],
        }
    return {
        "text": _(
            "Downloads open once your organisation has contributed a material and a "
            "moderator has approved it. Share a report, a training module or a dataset "
            "of your own."
        ),
        "links": [(_("Contribute a material"), link("resources:contribute"))],
    }
