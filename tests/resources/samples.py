"""Files of materials for tests: real small PDF, Office, CSV, ZIP, MP4 and pictures, and
hostile ones. Each maker returns an upload as a browser sends it."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

from docx import Document
from fpdf import FPDF
from openpyxl import Workbook
from PIL import Image
from pptx import Presentation
from pptx.util import Inches

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00\x00\x00\x08free" + b"\x00" * 64


def upload(name, content):
    return SimpleUploadedFile(name, content, content_type="application/octet-stream")


def pdf_bytes(text="Gender budgeting in Khatlon"):
    document = FPDF()
    document.add_page()
    document.add_font("DejaVu", fname=FONT)
    document.set_font("DejaVu", size=14)
    document.multi_cell(0, 10, text)
    return bytes(document.output())


def pdf(name="guide.pdf", text="Gender budgeting in Khatlon"):
    return upload(name, pdf_bytes(text))


def docx_bytes(text="Training module on volunteer management"):
    document = Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx(name="module.docx", text="Training module on volunteer management"):
    return upload(name, docx_bytes(text))


def pptx(name="slides.pptx", text="Advocacy with local government"):
    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[5])
    slide.shapes.title.text = text
    slide.shapes.add_textbox(Inches(1), Inches(2), Inches(4), Inches(1)).text_frame.text = "Slide"
    buffer = io.BytesIO()
    presentation.save(buffer)
    return upload(name, buffer.getvalue())


def xlsx(name="figures.xlsx", cells=("district", "Rasht")):
    workbook = Workbook()
    workbook.active.append(list(cells))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return upload(name, buffer.getvalue())


def csv(name="survey.csv", text="district;households\nРашт;1200\nХуҷанд;3400\n"):
    return upload(name, text.encode())


def zip_bytes(members):
    """A ZIP file holding {name: bytes}."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


def with_members(office_bytes, members):
    """An Office file (a ZIP) with more members added."""
    buffer = io.BytesIO(office_bytes)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


def picture(name="cover.png", size=(40, 30), format_="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, format_)
    return upload(name, buffer.getvalue())
