"""The words inside a material's files are read for search; a broken file gives none
and never fails the upload (resources/text.py)."""

import io

import pytest

from resources.text import MAX_TEXT_CHARS, extract_text
from resources.uploads import CSV, DOCX, JPEG, PDF, PPTX, XLSX, ZIP
from tests.resources import samples


@pytest.mark.parametrize(
    ("file", "content_type", "words"),
    [
        (samples.pdf(text="Бюджети гендерӣ дар Хатлон"), PDF, "Бюджети гендерӣ дар Хатлон"),
        (samples.docx(text="Модуль по работе с волонтёрами"), DOCX, "Модуль по работе"),
        (samples.pptx(text="Advocacy with local government"), PPTX, "local government"),
        (samples.xlsx(cells=("district", "Рашт")), XLSX, "district Рашт"),
        (samples.csv(), CSV, "Хуҷанд 3400"),
    ],
    ids=["pdf", "docx", "pptx", "xlsx", "csv"],
)
def test_the_text_of_each_readable_kind_is_extracted(file, content_type, words):
    assert words in extract_text(file, content_type)
    assert file.tell() == 0


def test_a_csv_in_windows_cyrillic_is_read():
    file = samples.upload("survey.csv", "район;семьи\nРашт;1200\n".encode("cp1251"))

    assert "район семьи Рашт 1200" in extract_text(file, CSV)


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"%PDF-1.4\nthis is not a real pdf", PDF),
        (samples.zip_bytes({"[Content_Types].xml": b"<broken", "word/document.xml": b"<"}), DOCX),
        (samples.zip_bytes({"a.txt": b"x"}), PPTX),
        (b"PK\x03\x04 torn", XLSX),
    ],
    ids=["pdf", "docx", "pptx", "xlsx"],
)
def test_a_broken_file_gives_no_text_and_no_error(content, content_type, caplog):
    assert extract_text(io.BytesIO(content), content_type) == ""
    assert f"Could not read the text of a {content_type} file." in caplog.text


def test_files_without_text_give_none():
    assert extract_text(samples.picture("cover.jpg", format_="JPEG"), JPEG) == ""
    assert extract_text(io.BytesIO(samples.zip_bytes({"a.csv": b"a"})), ZIP) == ""


def test_the_text_is_capped_and_its_whitespace_folded():
    file = samples.csv(text="word \n\t " * MAX_TEXT_CHARS)

    text = extract_text(file, CSV)

    assert len(text) == MAX_TEXT_CHARS
    assert text.startswith("word word word")
