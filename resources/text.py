"""
The words inside a material's file, for search: PDF (pypdf), DOCX (python-docx), PPTX
(python-pptx), XLSX (openpyxl) and CSV read as text.

Reading never fails an upload: a broken or unreadable file gives "" (and a line in the
log naming the kind of file, nothing of its content). The text is capped, so a huge
file cannot swell the search index.
"""

import codecs
import logging
import re

from docx import Document
from openpyxl import load_workbook
from pptx import Presentation
from pypdf import PdfReader

from resources.uploads import CSV, DOCX, PDF, PPTX, XLSX

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 200_000
MAX_PDF_PAGES = 500
MAX_SHEET_CELLS = 50_000


def extract_text(file, content_type):
    """The text of `file`, whitespace folded, at most MAX_TEXT_CHARS; "" when unreadable."""
    reader = READERS.get(content_type)
    if reader is None:
        return ""
    try:
        file.seek(0)
        text = " ".join(reader(file).split())
    except Exception:  # any failure of any reader leaves the file without text
        logger.warning("Could not read the text of a %s file.", content_type)
        return ""
    finally:
        file.seek(0)
    return text[:MAX_TEXT_CHARS]


def pdf_text(file):
    reader = PdfReader(file)
    return "\n".join(page.extract_text() or "" for page in reader.pages[:MAX_PDF_PAGES])


def docx_text(file):
    document = Document(file)
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def pptx_text(file):
    parts = []
    for slide in Presentation(file).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if shape.has_table:
                parts.extend(cell.text for row in shape.table.rows for cell in row.cells)
    return "\n".join(parts)


def xlsx_text(file):
    workbook = load_workbook(file, read_only=True, data_only=True)
    parts = []
    try:
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                parts.extend(str(value) for value in row if value is not None)
                if len(parts) > MAX_SHEET_CELLS:
                    return "\n".join(parts)
    finally:
        workbook.close()
    return "\n".join(parts)


def csv_text(file):
    data = file.read(MAX_TEXT_CHARS * 2)
    try:
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=False)
    except UnicodeDecodeError:
        text = data.decode("cp1251", errors="replace")
    return re.sub(r"[,;\t\"]+", " ", text)


READERS = {PDF: pdf_text, DOCX: docx_text, PPTX: pptx_text, XLSX: xlsx_text, CSV: csv_text}
