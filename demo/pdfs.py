"""Small real PDFs for the demo's materials, made with fpdf2 when the demo is loaded.

Written in DejaVu Sans, which has every Cyrillic letter Russian and Tajik need
(ӣ ӯ ғ қ ҳ ҷ): Debian's fonts-dejavu-core package (`make browser` installs it).
"""

from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
BOLD_FONT = FONT.with_name("DejaVuSans-Bold.ttf")


class MissingFont(Exception):
    """The font that writes Cyrillic is not installed."""


def material_pdf(title, lines, paragraphs):
    """A one- or two-page A4 PDF: the title, a few lines under it (organisation,
    authors, year), then the paragraphs. Returns its bytes."""
    if not FONT.exists():
        raise MissingFont(f"{FONT} is missing: install it with `apt-get install fonts-dejavu-core`")
    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_creator("Bactria Culture Centre demo")
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(BOLD_FONT if BOLD_FONT.exists() else FONT))
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10)
    for line in lines:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 11)
    for text in paragraphs:
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())
