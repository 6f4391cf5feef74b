"""A Pillow image with the centre's colours and helpers measured in fractions of its size."""

from PIL import Image, ImageColor, ImageDraw, ImageFont

COLOURS = {
    "terracotta": "#a8442a",
    "cream": "#f1e8da",
    "ink": "#1f1a17",
    "gold": "#d9a441",
    "blue": "#1f4a7a",
    "sky": "#e2ecf8",
    "green": "#2f6b4f",
    "leaf": "#7fae6a",
    "plum": "#6b2f5f",
    "wood": "#8a5a2b",
    "light_wood": "#c99a5b",
    "skin": "#c68c5e",
    "skin_dark": "#8d5a3b",
    "white": "#ffffff",
    "grey": "#8f8a84",
}

# Debian's DejaVu (fonts-dejavu-core) has every Tajik letter; Pillow's own font otherwise.
FONT_FILES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
]


def font(size):
    for path in FONT_FILES:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size)


class Canvas:
    """Coordinates in fractions of the width (x) and height (y), colours by name."""

    def __init__(self, width, height, background=COLOURS["cream"], mode="RGB"):
        self.width, self.height = width, height
        self.image = Image.new(mode, (width, height), background)
        self.pen = ImageDraw.Draw(self.image)

    @classmethod
    def layer(cls, width, height):
        """A transparent canvas for one thing, to be placed on a picture (`place`)."""
        return cls(width, height, background=(0, 0, 0, 0), mode="RGBA")

    def place(self, layer, x, y, height, angle=0):
        """Paste `layer` centred on (x, y), `height` tall (a fraction of this height),
        turned by `angle` degrees anticlockwise."""
        tall = self.scale(height)
        wide = max(1, round(layer.width * tall / layer.height))
        thing = layer.image.resize((wide, tall), Image.Resampling.LANCZOS)
        if angle:
            thing = thing.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        cx, cy = self.point(x, y)
        self.image.paste(thing, (cx - thing.width // 2, cy - thing.height // 2), thing)

    def glow(self, points, fill, opacity):
        """A translucent polygon, such as a spotlight's beam."""
        overlay = Image.new("RGBA", self.image.size, (0, 0, 0, 0))
        ImageDraw.Draw(overlay).polygon(
            [self.point(x, y) for x, y in points],
            fill=(*ImageColor.getrgb(self.colour(fill)), opacity),
        )
        base = self.image.convert("RGBA")
        base.alpha_composite(overlay)
        self.image.paste(base.convert(self.image.mode))

    def colour(self, name):
        return COLOURS.get(name, name)

    def point(self, x, y):
        return (round(x * self.width), round(y * self.height))

    def box(self, x0, y0, x1, y1):
        return (*self.point(x0, y0), *self.point(x1, y1))

    def scale(self, length):
        """A length given as a fraction of the height, in pixels."""
        return max(1, round(length * self.height))

    def rect(self, x0, y0, x1, y1, fill, radius=0):
        self.pen.rounded_rectangle(self.box(x0, y0, x1, y1), self.scale(radius), self.colour(fill))

    def ellipse(self, x0, y0, x1, y1, fill=None, outline=None, width=0.0):
        self.pen.ellipse(
            self.box(x0, y0, x1, y1),
            fill=self.colour(fill) if fill else None,
            outline=self.colour(outline) if outline else None,
            width=self.scale(width) if outline else 0,
        )

    def circle(self, x, y, radius, fill=None, outline=None, width=0.0):
        """A circle at (x, y) whose radius is a fraction of the height."""
        r = radius * self.height / self.width
        self.ellipse(x - r, y - radius, x + r, y + radius, fill, outline, width)

    def polygon(self, points, fill):
        self.pen.polygon([self.point(x, y) for x, y in points], fill=self.colour(fill))

    def line(self, points, fill, width):
        self.pen.line(
            [self.point(x, y) for x, y in points],
            fill=self.colour(fill),
            width=self.scale(width),
            joint="curve",
        )

    def text(self, x, y, words, fill, size, anchor="mm"):
        self.pen.text(
            self.point(x, y),
            words,
            fill=self.colour(fill),
            font=font(self.scale(size)),
            anchor=anchor,
        )
