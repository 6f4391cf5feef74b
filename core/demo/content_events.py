"""
Venues and events for the demo. The festival of 2021 is in the past; the classes,
workshops and concerts are dated from the day the demo is loaded, so the site
always has something coming up. Dates, venues and line-ups are illustrative.
"""

import datetime
from zoneinfo import ZoneInfo

import recurrence

DUSHANBE = ZoneInfo("Asia/Dushanbe")

EVENT_INDEX = {
    "title": "Events",
    "slug": "events",
    "summary": "Concerts, classes, workshops and festivals at the centre and across Dushanbe.",
}

# name, address, map link, accessibility
VENUES = [
    (
        "Bactria Culture Centre, main hall",
        "Rudaki Avenue, Dushanbe (illustrative address)",
        "https://www.openstreetmap.org/#map=15/38.5598/68.7870",
        "Step-free entrance from the courtyard; 120 seats.",
    ),
    (
        "Bactria Culture Centre, classroom",
        "Rudaki Avenue, Dushanbe (illustrative address)",
        "https://www.openstreetmap.org/#map=15/38.5598/68.7870",
        "First floor, reached by stairs only.",
    ),
    (
        "Festival main stage",
        "Rudaki Park, Dushanbe",
        "https://www.openstreetmap.org/#map=16/38.5769/68.7850",
        "Open air; step-free access and seats for visitors who need them.",
    ),
    (
        "Festival courtyard stage",
        "Courtyard of the Bactria Culture Centre, Dushanbe",
        "https://www.openstreetmap.org/#map=15/38.5598/68.7870",
        "Open air; step-free access.",
    ),
]

# The postal code of the centre and the festival's stages, in the middle of Dushanbe.
POSTAL_CODE = "734025"

# Performers who appear only in the events (illustrative profiles).
PERFORMERS = [
    {
        "name": "Pamir Ethno Quartet",
        "role": "Ensemble",
        "is_group": True,
        "bio": "Illustrative demo profile: a quartet from Khorog playing Pamiri songs with jazz.",
    },
    {
        "name": "Nigora Saidova",
        "role": "Singer",
        "is_group": False,
        "bio": "Illustrative demo profile: a singer of Shashmaqom and jazz standards.",
    },
]

FESTIVAL = {
    "title": "Dushanbe Ethno Jazz Festival 2021",
    "slug": "dushanbe-ethno-jazz-festival-2021",
    "programme": "dushanbe-ethno-jazz-festival",
    "summary": "Three days of concerts, masterclasses and jam sessions on two stages.",
    "body": (
        "The 2021 edition brought musicians from Tajikistan and the region to two stages in "
        "Dushanbe. The dates, stages and line-up on this demo page are illustrative."
    ),
}


def _at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute), DUSHANBE)


def festival_events():
    day_one = datetime.date(2021, 9, 17)
    days = [day_one + datetime.timedelta(days=number) for number in range(3)]
    main, courtyard = "Festival main stage", "Festival courtyard stage"
    return [
        {
            "title": "Opening concert",
            "slug": "festival-2021-opening-concert",
            "category": "concert",
            "venue": main,
            "start": _at(days[0], 19),
            "end": _at(days[0], 22),
            "performers": ["Pamir Ethno Quartet", "Nigora Saidova"],
            "summary": "The festival opens with Pamiri songs and jazz.",
        },
        {
            "title": "Masterclass: improvising on maqom",
            "slug": "festival-2021-masterclass-maqom",
            "category": "masterclass",
            "venue": courtyard,
            "start": _at(days[1], 12),
            "end": _at(days[1], 14),
            "performers": ["Farrukh Nazarov"],
            "summary": "How a jazz musician can improvise on the modes of maqom.",
        },
        {
            "title": "Young bands of Tajikistan",
            "slug": "festival-2021-young-bands",
            "category": "concert",
            "venue": courtyard,
            "start": _at(days[1], 17),
            "end": _at(days[1], 19),
            "performers": ["Dilshod Karimov"],
            "summary": "Bands from the Jazz Academy and the regions play their own music.",
        },
        {
            "title": "Evening concert",
            "slug": "festival-2021-evening-concert",
            "category": "concert",
            "venue": main,
            "start": _at(days[1], 20),
            "end": _at(days[1], 22, 30),
            "performers": ["Nigora Saidova"],
            "summary": "Shashmaqom and jazz standards under the open sky.",
        },
        {
            "title": "Closing jam session",
            "slug": "festival-2021-closing-jam",
            "category": "jam",
            "venue": main,
            "start": _at(days[2], 19),
            "end": _at(days[2], 23),
            "performers": ["Pamir Ethno Quartet", "Farrukh Nazarov"],
            "summary": "Every musician of the festival on one stage.",
        },
    ]


def academic_year_start(today):
    year = today.year if today.month >= 9 else today.year - 1
    return datetime.date(year, 9, 1)


def next_weekday(day, weekday):
    """The first date on or after `day` that falls on `weekday` (Monday is 0)."""
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def upcoming_events(today):
    """The events dated from `today`: a weekly class, workshops, a final, a few more."""
    first_class = next_weekday(academic_year_start(today), 1)  # Tuesdays
    cancelled_class = next_weekday(today + datetime.timedelta(days=15), 1)
    first_workshop = next_weekday(today + datetime.timedelta(days=10), 5)  # Saturdays
    final = today + datetime.timedelta(days=42)
    exhibition = today + datetime.timedelta(days=5)
    return [
        {
            "title": "Jazz Academy: ensemble class",
            "slug": "jazz-academy-ensemble-class",
            "programme": "jazz-academy",
            "category": "class",
            "venue": "Bactria Culture Centre, classroom",
            "start": _at(first_class, 18),
            "end": _at(first_class, 19, 30),
            "recurrences": recurrence.Recurrence(
                rrules=[recurrence.Rule(recurrence.WEEKLY, byday=[recurrence.TU])],
            ),
            "date_notes": [
                (
                    "note",
                    {
                        "date": cancelled_class,
                        "note": "The teacher is on tour; the class resumes the week after.",
                    },
                )
            ],
            "performers": ["Farrukh Nazarov"],
            "is_free": True,
            "summary": "Every Tuesday the academy's students play together with their teacher.",
        },
        {
            "title": "Digital Arts Academy: animation workshop",
            "slug": "digital-arts-academy-animation-workshop",
            "programme": "digital-arts-academy",
            "category": "workshop",
            "venue": "Bactria Culture Centre, classroom",
            "start": _at(first_workshop, 11),
            "end": _at(first_workshop, 14),
            "recurrences": recurrence.Recurrence(
                rrules=[recurrence.Rule(recurrence.WEEKLY, byday=[recurrence.SA], count=8)]
            ),
            "is_free": True,
            "summary": "Eight Saturday workshops: from a storyboard to a short animated film.",
        },
        {
            "title": "Bob's Music Award: final concert",
            "slug": "bobs-music-award-final-concert",
            "programme": "bobs-music-award",
            "category": "ceremony",
            "venue": "Bactria Culture Centre, main hall",
            "start": _at(final, 19),
            "end": _at(final, 21, 30),
            "performers": ["Dilshod Karimov"],
            "is_free": True,
            "summary": "The finalists play for the jury and the public; the winners are announced.",
        },
        {
            "title": "Exhibition: students' posters",
            "slug": "exhibition-students-posters",
            "programme": "digital-arts-academy",
            "category": "exhibition",
            "venue": "Bactria Culture Centre, main hall",
            "start": _at(exhibition, 0),
            "end": _at(exhibition + datetime.timedelta(days=6), 0),
            "all_day": True,
            "is_free": True,
            "summary": "Posters made by the Digital Arts Academy's students this term.",
        },
        {
            "title": "Film evening: jazz on screen",
            "slug": "film-evening-jazz-on-screen",
            "programme": "jazz-academy",
            "category": "screening",
            "venue": "Bactria Culture Centre, main hall",
            "start": _at(today + datetime.timedelta(days=8), 18, 30),
            "end": _at(today + datetime.timedelta(days=8), 20, 30),
            "price": "20 somoni",
            "summary": "A documentary about jazz musicians, followed by a conversation.",
        },
    ]
