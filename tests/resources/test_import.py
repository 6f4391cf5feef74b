"""`manage.py import_resources FOLDER --manifest manifest.csv`: the centre digitises its
existing materials; rows are imported once, refused rows are reported with why."""

import csv
import io

from django.core.management import CommandError, call_command

import pytest

from resources.models import Resource, ResourceFile, ResourceStatus
from tests.resources.samples import docx_bytes, pdf_bytes

pytestmark = pytest.mark.django_db

HEADER = [
    "file", "title", "summary", "type", "themes", "languages", "organisation", "year",
    "licence", "authors", "public", "title_ru", "summary_ru", "title_tg", "summary_tg",
]  # fmt: skip
GUIDE = {
    "file": "guides/budget.pdf",
    "title": "Budget hearings in Khatlon",
    "summary": "How districts hear citizens on the budget.",
    "type": "report",
    "themes": "Civil Society; Policy Design",
    "languages": "tg;ru",
    "organisation": "Eurasia Foundation of Central Asia",
    "year": "2021",
    "licence": "cc-by-sa-4.0",
    "authors": "Parvina Aliyeva",
    "public": "yes",
    "title_ru": "Бюджетные слушания в Хатлоне",
    "summary_ru": "Как районы выслушивают граждан о бюджете.",
    "title_tg": "Муҳокимаи буҷет дар Хатлон",
}
MODULE = {
    "file": "module.docx",
    "title": "Volunteer training module",
    "summary": "Four sessions for new volunteers.",
    "type": "Training module",
    "languages": "en",
}


@pytest.fixture
def folder(tmp_path, private_files):
    (tmp_path / "guides").mkdir()
    (tmp_path / "guides" / "budget.pdf").write_bytes(pdf_bytes("Citizens asked about irrigation"))
    (tmp_path / "module.docx").write_bytes(docx_bytes("Welcome the volunteers"))
    return tmp_path


def manifest(folder, *rows):
    path = folder / "manifest.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=HEADER)
        writer.writeheader()
        writer.writerows(rows)
    return path


def run(folder, path, *options):
    output = io.StringIO()
    call_command("import_resources", str(folder), "--manifest", str(path), *options, stdout=output)
    return output.getvalue()


def imported(title):
    return Resource.objects.filter(title=title)


def test_imports_each_row_with_its_file_and_translations(folder):
    output = run(folder, manifest(folder, GUIDE, MODULE))

    guide = imported(GUIDE["title"]).get()
    assert guide.locale.language_code == "en"
    assert guide.status == ResourceStatus.APPROVED
    assert (guide.kind, guide.year, guide.licence, guide.public) == (
        "report", 2021, "cc-by-sa-4.0", True,
    )  # fmt: skip
    assert guide.organisation.name == "Eurasia Foundation of Central Asia"
    assert sorted(guide.themes.values_list("name", flat=True)) == ["Civil Society", "Policy Design"]
    assert sorted(guide.languages.values_list("code", flat=True)) == ["ru", "tg"]
    (file,) = ResourceFile.objects.filter(resource_key=guide.translation_key)
    assert (file.name, file.content_type) == ("budget.pdf", "application/pdf")
    russian = Resource.objects.get(
        translation_key=guide.translation_key, locale__language_code="ru"
    )
    assert russian.title == "Бюджетные слушания в Хатлоне"
    assert russian.slug == "byudzhetnye-slushaniya-v-khatlone"
    assert russian.organisation.name == "Фонд «Евразия» Центральной Азии"
    assert "irrigation" in russian.file_text
    tajik = Resource.objects.get(translation_key=guide.translation_key, locale__language_code="tg")
    assert tajik.title == "Муҳокимаи буҷет дар Хатлон"
    assert tajik.summary == GUIDE["summary"]  # no summary_tg: the English one
    module = imported(MODULE["title"]).get()
    assert module.kind == "training-module"  # the type's label is understood too
    assert not module.public
    assert "[##########..........] 1/2 imported: guides/budget.pdf" in output
    assert "[####################] 2/2 imported: module.docx" in output
    assert "2 imported, 0 already there, 0 refused." in output


def test_importing_the_same_manifest_twice_adds_nothing(folder):
    path = manifest(folder, GUIDE, MODULE)
    run(folder, path)

    output = run(folder, path)

    (guide,) = imported(GUIDE["title"])
    assert Resource.objects.filter(translation_key=guide.translation_key).count() == 3
    assert imported(MODULE["title"]).count() == 1
    assert ResourceFile.objects.filter(name__in=["budget.pdf", "module.docx"]).count() == 2
    assert "0 imported, 2 already there, 0 refused." in output


def test_a_dry_run_checks_every_row_and_stores_nothing(folder):
    bad = {**MODULE, "title": "Bad", "type": "poem"}

    output = run(folder, manifest(folder, GUIDE, bad), "--dry-run")

    assert not Resource.objects.filter(title__in=[GUIDE["title"], "Bad"]).exists()
    assert not ResourceFile.objects.filter(name="budget.pdf").exists()
    assert "1 would be imported, 0 already there, 1 refused." in output
    assert "line 3 (module.docx): Unknown type “poem”." in output


def test_refused_rows_are_reported_with_every_reason_and_the_others_imported(folder):
    (folder / "script.pdf").write_bytes(b"#!/bin/sh\nrm -rf /\n")
    (folder.parent / "secret.pdf").write_bytes(pdf_bytes("secret"))
    rows = [
        {**MODULE, "title": "Disguised script", "file": "script.pdf"},
        {**MODULE, "title": "Outside", "file": "../secret.pdf"},
        {**MODULE, "title": "Missing", "file": "nowhere.pdf"},
        {
            **MODULE,
            "title": "Wrong fields",
            "themes": "Astrology",
            "languages": "fr",
            "organisation": "Nobody Ltd",
            "year": "20x1",
            "public": "maybe",
        },
        {**MODULE, "summary": ""},
        GUIDE,
    ]

    output = run(folder, manifest(folder, *rows))

    assert imported(GUIDE["title"]).exists()
    for title in ["Disguised script", "Outside", "Missing", "Wrong fields"]:
        assert not imported(title).exists()
    assert not imported(MODULE["title"]).exists()
    assert "1 imported, 0 already there, 5 refused." in output
    refused = output.split("Refused:")[1]
    assert (
        "line 2 (script.pdf): The content of “script.pdf” does not match its extension" in refused
    )
    assert "line 3 (../secret.pdf): The file is outside the folder." in refused
    assert "line 4 (nowhere.pdf): There is no file “nowhere.pdf”." in refused
    wrong = next(line for line in refused.splitlines() if "line 5" in line)
    for reason in [
        "Unknown theme “Astrology”.",
        "Unknown language “fr”.",
        "No organisation is named “Nobody Ltd”",
        "“20x1” is not a year.",
        "“public” must be yes or no, not “maybe”.",
    ]:
        assert reason in wrong
    assert "line 6 (module.docx): “summary” is empty." in refused


def test_a_manifest_without_the_required_columns_is_refused_whole(folder):
    path = folder / "manifest.csv"
    path.write_text("file,name\nmodule.docx,Volunteer training module\n", encoding="utf-8")

    with pytest.raises(CommandError, match="no column title, summary, type"):
        run(folder, path)
