"""
Drawings of the demo's subjects, made with Pillow when the demo is loaded: instruments
of the centre's music (dutar, rubab, doira, saxophone, piano), a stage with musicians,
a classroom, a screen for digital arts, people, the land of the centre's projects, and
wordmark logos for its partners. `draw(subject, size)` returns the picture.
"""

from PIL import Image

from . import instruments, logos, scenes
from .canvas import Canvas

SUBJECTS = {
    "dutar": instruments.dutar,
    "rubab": instruments.rubab,
    "doira": instruments.doira,
    "saxophone": instruments.saxophone,
    "piano": instruments.piano,
    "stage": scenes.stage,
    "classroom": scenes.classroom,
    "screen": scenes.screen,
    "people": scenes.people,
    "landscape": scenes.landscape,
    "guest_house": scenes.guest_house,
}

# Drawn twice as large, then reduced: smooth edges without antialiasing in Pillow's draw.
SUPERSAMPLE = 2


def draw(subject, size):
    """The drawing of `subject` (a key of SUBJECTS) at `size` (width, height)."""
    width, height = size
    canvas = Canvas(width * SUPERSAMPLE, height * SUPERSAMPLE)
    SUBJECTS[subject](canvas)
    return canvas.image.resize(size, Image.Resampling.LANCZOS)


def draw_logo(name, size, colour):
    """A wordmark logo for the organisation `name`: its initials in a seal, its name."""
    width, height = size
    canvas = Canvas(width * SUPERSAMPLE, height * SUPERSAMPLE, background="#ffffff")
    logos.wordmark(canvas, name, colour)
    return canvas.image.resize(size, Image.Resampling.LANCZOS)
