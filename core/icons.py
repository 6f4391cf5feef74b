"""
The site's icon: a doorway arch, white on the site's accent colour, drawn the same way
as an SVG (static/icons/favicon.svg) and, with Pillow, as the PNG and ICO files browsers
and phones ask for. `manage.py draw_icons` writes them; the files are committed.
"""

from pathlib import Path

from django.conf import settings

from PIL import Image, ImageDraw

ACCENT = "#a8442a"
WHITE = "#ffffff"
SIZE = 64  # the drawing's own units: a 64 × 64 square
CORNER = 12
# An arch: a rectangle topped by a half circle, (left, top of the straight part, right, bottom).
OUTER_ARCH = (16, 30, 48, 54)
INNER_ARCH = (25, 37, 39, 54)

SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}">
<rect width="{SIZE}" height="{SIZE}" rx="{CORNER}" fill="{ACCENT}"/>
{{outer}}
{{inner}}
</svg>
"""


def arch_path(arch, colour):
    left, top, right, bottom = arch
    radius = (right - left) // 2
    return (
        f'<path d="M{left} {bottom}V{top}A{radius} {radius} 0 0 1 {right} {top}V{bottom}Z" '
        f'fill="{colour}"/>'
    )


def svg():
    return SVG.format(outer=arch_path(OUTER_ARCH, WHITE), inner=arch_path(INNER_ARCH, ACCENT))


def draw_arch(draw, arch, colour, scale):
    left, top, right, bottom = (value * scale for value in arch)
    radius = (right - left) / 2
    draw.rectangle((left, top, right, bottom), fill=colour)
    draw.pieslice((left, top - radius, right, top + radius), 180, 360, fill=colour)


def png(pixels, rounded=True):
    """The icon as a square image `pixels` wide (drawn four times larger, then reduced)."""
    scale = pixels * 4 / SIZE
    image = Image.new("RGBA", (pixels * 4, pixels * 4), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    box = (0, 0, pixels * 4 - 1, pixels * 4 - 1)
    if rounded:
        draw.rounded_rectangle(box, radius=CORNER * scale, fill=ACCENT)
    else:  # phones round the corners themselves
        draw.rectangle(box, fill=ACCENT)
    draw_arch(draw, OUTER_ARCH, WHITE, scale)
    draw_arch(draw, INNER_ARCH, ACCENT, scale)
    return image.resize((pixels, pixels), Image.Resampling.LANCZOS)


def write_icons():
    """Write favicon.svg and apple-touch-icon.png (static) and favicon.ico (site root)."""
    icons = Path(settings.BASE_DIR) / "static" / "icons"
    (icons / "favicon.svg").write_text(svg())
    png(180, rounded=False).save(icons / "apple-touch-icon.png", optimize=True)
    png(64).save(
        Path(settings.WHITENOISE_ROOT) / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)]
    )
