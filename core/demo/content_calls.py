"""
Open calls for the demo, dated from the day the demo is loaded: Bob's Music Award
is open, the Jazz Academy intake opens later, and the festival line-up call has
closed, with a few sample applications in different states. All illustrative.
"""

import datetime

CONSENT = (
    "I agree that the Bactria Culture Centre keeps my application and files to review "
    "them, as its privacy page explains."
)


def _question(kind, label, help_text="", required=True, **extra):
    return (kind, {"label": label, "help_text": help_text, "required": required, **extra})


def _criteria(*names):
    return [("criterion", {"name": name, "description": ""}) for name in names]


def calls(today):
    def at(days, hour=9):
        day = today + datetime.timedelta(days=days)
        return datetime.datetime.combine(day, datetime.time(hour))

    return [
        {
            "programme": "bobs-music-award",
            "slug": "apply",
            "title": "Bob's Music Award: call for young musicians",
            "summary": "Young musicians of Tajikistan apply for this year's award.",
            "intro": "Send us your music: the jury listens to every recording.",
            "eligibility": "Musicians and bands from Tajikistan, aged 16 to 30.",
            "what_to_submit": "A short CV, up to three photos and up to three recordings.",
            "confirmation": "The jury meets after the call closes; we write to every applicant.",
            "opens_at": at(-10),
            "closes_at": at(40, 18),
            "prefix": "BMA",
            "questions": [
                _question("short_text", "Artist or band name"),
                _question("country", "Country of residence"),
                _question("long_text", "Tell us about your music", word_limit=300),
                _question(
                    "choice",
                    "Genre",
                    choices=["Jazz", "Ethno jazz", "Folk", "Other"],
                    multiple=False,
                ),
                _question("url", "Link to your music online", required=False),
                _question("phone", "Phone number"),
                _question("file", "CV", kinds=["pdf"], max_size_mb=5, max_files=1),
                _question(
                    "file", "Photos", required=False, kinds=["image"], max_size_mb=10, max_files=3
                ),
                _question(
                    "file",
                    "Recordings",
                    "Up to three songs you wrote or arranged.",
                    kinds=["audio"],
                    max_size_mb=20,
                    max_files=3,
                ),
                ("consent", {"label": CONSENT, "help_text": ""}),
            ],
            "criteria": _criteria("Originality", "Musicianship", "Stage presence"),
        },
        {
            "programme": "jazz-academy",
            "slug": "intake",
            "title": "Jazz Academy: intake for the next academic year",
            "summary": "Students of every instrument apply for a place in the academy.",
            "intro": "The academy takes new students once a year.",
            "eligibility": "Anyone aged 14 or over who plays an instrument or sings.",
            "what_to_submit": "A recording of your playing, of any kind.",
            "confirmation": "We invite shortlisted applicants to play for the teachers.",
            "opens_at": at(20),
            "closes_at": at(60, 18),
            "prefix": "JA",
            "questions": [
                _question("short_text", "Instrument or voice"),
                _question("date", "Date of birth"),
                _question("long_text", "Why do you want to join the academy?", word_limit=200),
                _question(
                    "file",
                    "Recording of your playing",
                    kinds=["audio", "video"],
                    max_size_mb=50,
                    max_files=1,
                ),
                ("consent", {"label": CONSENT, "help_text": ""}),
            ],
            "criteria": _criteria("Technique", "Motivation"),
        },
        {
            "programme": "dushanbe-ethno-jazz-festival",
            "slug": "line-up",
            "title": "Dushanbe Ethno Jazz Festival: call for bands",
            "summary": "Bands apply to play at the next festival.",
            "intro": "The festival looks for bands that bring together tradition and jazz.",
            "eligibility": "Bands from Central Asia and beyond.",
            "what_to_submit": "A press kit as a PDF.",
            "confirmation": "The programme committee answers every band.",
            "opens_at": at(-90),
            "closes_at": at(-30, 18),
            "prefix": "DEJF",
            "questions": [
                _question("short_text", "Band name"),
                _question("long_text", "About the band", word_limit=300),
                _question("file", "Press kit", kinds=["pdf"], max_size_mb=10, max_files=1),
                ("consent", {"label": CONSENT, "help_text": ""}),
            ],
            "criteria": _criteria("Originality", "Musicianship"),
        },
    ]


# Sample applications to the closed festival call: name, email, language, status, band.
SAMPLE_APPLICATIONS = [
    ("Farrukh Nazarov", "farrukh@example.org", "tg", "under_review", "Nazarov Trio"),
    ("Madina Rahimova", "madina@example.org", "ru", "shortlisted", "Madina & Friends"),
    ("Alisher Karimov", "alisher@example.org", "en", "accepted", "Silk Road Quintet"),
    ("Zarina Odinaeva", "zarina@example.org", "ru", "rejected", "Zarina Project"),
]


# The emails staff send with a decision (Settings → Decision emails); placeholders in braces.
def decision_emails():
    from .phrasebook_calls import DECISION_TEXTS, decision_body

    subjects = [
        ("shortlisted", "Your application {reference} is on the shortlist"),
        ("accepted", "Your application {reference} is accepted"),
        ("waitlisted", "Your application {reference} is on the waiting list"),
        ("rejected", "Your application {reference}"),
    ]
    return [
        (status, subject, decision_body("en", text))
        for (status, subject), text in zip(subjects, DECISION_TEXTS, strict=True)
    ]
