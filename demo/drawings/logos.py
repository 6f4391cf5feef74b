"""Wordmark logos: an organisation's initials in a round seal, its name beside it."""

import textwrap

from .canvas import font

# Little words left out of initials: "Embassy of the Kingdom of the Netherlands" is EKN.
SMALL_WORDS = {"of", "the", "and", "for", "in"}


def initials(name):
    words = [w for w in name.split("(")[0].split() if w.lower() not in SMALL_WORDS]
    return "".join(word[0] for word in words)[:3].upper()


def fitting_size(canvas, lines, width, size):
    """The largest text size up to `size` at which every line fits in `width` pixels."""
    while size > 0.05:
        pixels = canvas.scale(size)
        if all(canvas.pen.textlength(line, font=font(pixels)) <= width for line in lines):
            return size
        size -= 0.01
    return size


def wordmark(canvas, name, colour):
    """A single word is written large; longer names get a seal with their initials."""
    if " " not in name:
        size = fitting_size(canvas, [name], canvas.width * 0.9, 0.5)
        canvas.text(0.5, 0.5, name, colour, size)
        canvas.rect(0.1, 0.5 + size * 0.7, 0.9, 0.5 + size * 0.7 + 0.04, colour)
        return
    seal_x = 0.04 + 0.4 * canvas.height / canvas.width
    canvas.circle(seal_x, 0.5, 0.4, colour)
    canvas.circle(seal_x, 0.5, 0.34, outline="white", width=0.02)
    letters = initials(name)
    canvas.text(
        seal_x, 0.5, letters, "white", fitting_size(canvas, [letters], canvas.height * 0.5, 0.3)
    )
    left = seal_x + 0.5 * canvas.height / canvas.width
    lines = textwrap.wrap(name, 16)[:4]
    size = fitting_size(canvas, lines, (0.97 - left) * canvas.width, 0.2)
    top = 0.5 - (len(lines) - 1) * size * 0.6
    for index, line in enumerate(lines):
        canvas.text(left, top + index * size * 1.2, line, colour, size, anchor="lm")
