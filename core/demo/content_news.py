"""News items and people for the demo. People are illustrative profiles, and say so."""

import datetime

NEWS_INDEX = {
    "title": "News",
    "slug": "news",
    "summary": "Announcements, press releases and stories from the centre.",
}

# title, slug, date, kind, related programme slug, tags, summary, body paragraphs
NEWS = [
    {
        "title": "Preparing the Dushanbe Ethno Jazz Festival 2021",
        "slug": "preparing-dushanbe-ethno-jazz-festival-2021",
        "date": datetime.date(2021, 4, 15),
        "kind": "story",
        "programme": "dushanbe-ethno-jazz-festival",
        "tags": ["festival", "jazz"],
        "summary": (
            "The team has started planning the 2021 edition of the festival: musicians, "
            "stages and a programme for young audiences."
        ),
        "body": [
            "Planning the Dushanbe Ethno Jazz Festival 2021 is part of this year's "
            "partnership project. The team is inviting musicians from Tajikistan and the "
            "region and looking for stages across the city.",
            "Dates, venues and the line-up in this demo story are illustrative.",
        ],
    },
    {
        "title": "Bob's Music Award opens applications",
        "slug": "bobs-music-award-opens-applications",
        "date": datetime.date(2026, 10, 1),
        "kind": "announcement",
        "programme": "bobs-music-award",
        "tags": ["award", "open call"],
        "summary": (
            "Young musicians from all regions of Tajikistan can apply with their recordings."
        ),
        "body": [
            "Send a short biography and two recordings of your own music. The jury will "
            "choose the finalists, who will perform in a concert in Dushanbe.",
        ],
    },
    {
        "title": "Jazz Academy students give their end-of-year concert",
        "slug": "jazz-academy-end-of-year-concert",
        "date": datetime.date(2026, 6, 20),
        "kind": "story",
        "programme": "jazz-academy",
        "tags": ["jazz", "education"],
        "summary": "After a year of lessons, the academy's ensembles played to a full hall.",
        "body": [
            "Students from Dushanbe, Khujand and Khorog played standards and their own "
            "arrangements of Tajik songs.",
        ],
    },
    {
        "title": "New intake for the Digital Arts Academy",
        "slug": "digital-arts-academy-new-intake",
        "date": datetime.date(2026, 9, 5),
        "kind": "press-release",
        "programme": "digital-arts-academy",
        "tags": ["digital arts", "education"],
        "summary": "Twenty young designers and animators start their course this autumn.",
        "body": [
            "The new students will learn graphic design, animation and video with mentors "
            "from the creative industries.",
        ],
    },
]

PEOPLE = [
    {
        "name": "Malika Rahimova",
        "role": "Programme coordinator",
        "bio": "Illustrative demo profile: coordinates the centre's education programmes.",
    },
    {
        "name": "Farrukh Nazarov",
        "role": "Jazz piano teacher",
        "bio": "Illustrative demo profile: teaches piano and ensemble at the Jazz Academy.",
    },
    {
        "name": "Dilshod Karimov",
        "role": "Jury member, Bob's Music Award",
        "bio": "Illustrative demo profile: a musician and producer from Dushanbe.",
    },
]
