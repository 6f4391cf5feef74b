"""
The other forms of a page's words that search should find it by.

Visitors type words differently from the page: in Latin letters ("musiqii" for
"мусиқии", as the page addresses are written, core/slugs.py), with Russian letters for
Tajik ones (core/folding.py), or in another grammatical form ("ансамбль" for
"ансамбля", "festivals" for "festival"). Each page's `word_forms` gives each of its
words' other forms: folded, in Latin letters, and stemmed. A query's word is stemmed the
same way (`query_forms`), and on the Tajik site a word in Latin letters also with its
doubled letters single.

Words are stemmed as PostgreSQL's "russian" search configuration does (the site's,
bactria_site/settings): Cyrillic words with the Russian Snowball stemmer, Latin ones with
the English. Tajik has no Snowball stemmer: its words are folded to Russian letters and
stemmed as Russian ones, as PostgreSQL takes them.
"""

import re
from functools import lru_cache

import snowballstemmer

from core.folding import fold
from core.slugs import latin_slug

WORD = re.compile(r"\w+")
CYRILLIC = re.compile("[а-яё]")


@lru_cache(maxsize=10_000)
def stem(word):
    """The stem of a lower-case folded `word`: Russian for Cyrillic, English for Latin."""
    if CYRILLIC.search(word):
        language = "russian"
    elif word.isascii():
        language = "english"
    else:
        return word
    # A stemmer keeps the word it works on: one each time, for requests in threads.
    return snowballstemmer.stemmer(language).stemWord(word)


@lru_cache(maxsize=10_000)
def forms(word):
    """The forms of one lower-case `word` of a page other than itself, sorted."""
    folded = fold(word)
    return tuple(sorted({folded, *latin_slug(word).split("-"), stem(folded)} - {word, ""}))


def word_forms(text):
    """The other forms of the words of `text`, each as many times as its word is there,
    so that search ranks the forms as it ranks the words."""
    return " ".join(form for word in WORD.findall(text.lower()) for form in forms(word))


DOUBLED = re.compile(r"(\w)\1")


def query_forms(term, language=""):
    """A query's `term` as typed, folded as the pages' word_forms are (core/folding.py)
    and stemmed, where the term is a word (not "rock'n'roll"): as typed it also finds
    the pages indexed before a change to the folding, and their titles. On the Tajik
    site a word in Latin letters also with its doubled letters single, as Tajik words
    are written in Latin letters ("jazz" finds "ҷаз", in Latin letters "jaz"); elsewhere
    it would only cost the search a word more to match."""
    term = term.lower()
    if not WORD.fullmatch(term):
        return [fold(term)]
    folded = fold(term)
    forms = [term, folded, stem(folded)]
    if language == "tg" and term.isascii():
        forms.append(DOUBLED.sub(r"\1", term))
    return list(dict.fromkeys(forms))
