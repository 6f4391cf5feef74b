"""Page addresses in Latin letters, whatever the language of the title.

"Ҷоизаи мусиқии Боб" becomes "joizai-musiqii-bob" and "Джазовая академия"
"dzhazovaya-akademiya": readable on every phone and in every chat app, never empty.
"""

from django.utils.text import slugify

from anyascii import anyascii

MAX_LENGTH = 255


def latin_slug(text):
    return slugify(anyascii(text or ""))[:MAX_LENGTH].strip("-")


def needs_latin(slug):
    return not slug or not slug.isascii()
