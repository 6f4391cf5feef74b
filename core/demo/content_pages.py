"""The home page, the programmes, the standard pages and the footer of the demo."""

HOME = {
    "title": "Bactria Culture Centre",
    "slug": "home",
    "summary": (
        "A hub for regional cultural cooperation and a platform for creative "
        "experimentation in Tajikistan."
    ),
    "hero_heading": "Art, music and learning in the heart of Dushanbe",
    "hero_text": (
        "The Bactria Culture Centre supports artists, musicians, designers and other "
        "creators from Tajikistan and Central Asia, including those from remote regions."
    ),
    "hero_link_label": "Our programmes",
    "introduction": (
        "We run educational programmes, awards and festivals, and we work with young "
        "people and women so that everyone can take part in cultural life."
    ),
}

PROGRAMME_INDEX = {
    "title": "Programmes",
    "slug": "programmes",
    "summary": "Education, awards and festivals that the centre runs every year.",
}

PROGRAMMES = [
    {
        "title": "Jazz Academy",
        "slug": "jazz-academy",
        "summary": (
            "A school open all year where young musicians learn jazz from teachers "
            "from Tajikistan and abroad."
        ),
        "body": (
            "<p>The Jazz Academy gives young people from all regions of Tajikistan lessons "
            "in their instrument, ensemble playing and improvisation, and ends each year "
            "with a public concert.</p>"
        ),
        "people": ["Farrukh Nazarov"],
    },
    {
        "title": "Bob's Music Award",
        "slug": "bobs-music-award",
        "summary": (
            "An annual award for young musicians of Tajikistan, with a concert of the finalists."
        ),
        "body": (
            "<p>Bob's Music Award invites young musicians to apply with their own "
            "recordings. A jury chooses the finalists, who perform in a concert in "
            "Dushanbe.</p>"
        ),
        "people": ["Dilshod Karimov"],
    },
    {
        "title": "Dushanbe Ethno Jazz Festival",
        "slug": "dushanbe-ethno-jazz-festival",
        "summary": (
            "A festival where musicians from Central Asia and beyond bring traditional "
            "music and jazz together."
        ),
        "body": (
            "<p>The Dushanbe Ethno Jazz Festival brings musicians from Central Asia and "
            "other countries to Dushanbe for concerts, masterclasses and jam sessions.</p>"
        ),
        "people": [],
    },
    {
        "title": "Digital Arts Academy",
        "slug": "digital-arts-academy",
        "summary": "Courses in design, animation and digital media for young creators.",
        "body": (
            "<p>The Digital Arts Academy teaches graphic design, animation and video to "
            "young people, with mentors from the creative industries.</p>"
        ),
        "people": [],
    },
]

PROJECT_INDEX = {
    "title": "Partnership projects",
    "slug": "projects",
    "summary": "The projects the centre runs with its donors and partners.",
}

STANDARD_PAGES = [
    {
        "title": "About the centre",
        "slug": "about",
        "show_in_menus": True,
        "summary": "Who we are and what we want to achieve.",
        "body": [
            "The Bactria Culture Centre builds capacities for and encourages artistic "
            "creation and appreciation in Tajikistan and Central Asia.",
            "We are a hub for regional cultural cooperation and a platform for creative "
            "experimentation, capacity building, expression and innovation, open to "
            "artists, musicians, designers and other creators, including those from remote "
            "areas.",
        ],
    },
    {
        "title": "Contact",
        "slug": "contact",
        "show_in_menus": True,
        "summary": "How to reach the centre.",
        "body": [
            "The Bactria Culture Centre is in Dushanbe, Tajikistan. The address and "
            "opening hours on this demo page are to be completed by the centre's staff.",
        ],
    },
    {
        "title": "Privacy",
        "slug": "privacy",
        "show_in_menus": False,
        "summary": "How the centre treats your personal data.",
        "body": [
            "We keep the personal data you send us, such as an application to an open "
            "call, only for as long as we need it, and we never share it for advertising.",
        ],
    },
]

FOOTER_TEXT = (
    "<p>Bactria Culture Centre, Dushanbe, Tajikistan.</p>"
    "<p>Concerts, classes and festivals for everyone.</p>"
)

# The centre's contact details (Settings > Contact details): search engines read them.
CONTACT_DETAILS = {
    "street_address": "Rudaki Avenue",
    "postal_code": "734025",
    "city": "Dushanbe",
}
