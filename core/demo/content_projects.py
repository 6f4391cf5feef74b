"""
Partnership projects for the demo, named as in the centre's list of projects
(shared/seeds). Where the seeds give no date, donor or country, the demo says so on
the page: see ILLUSTRATIVE.
"""

import datetime

ILLUSTRATIVE = (
    "Dates and partners on this demo page are illustrative; the project's name comes "
    "from the centre's list of projects."
)

THEMES = [
    "Policy Design",
    "Cultural Industries Support",
    "Contributing to the SDGs",
    "Civil Society",
    "Arts Education",
    "Environment and Climate",
    "Sustainable Tourism",
    "Children and Youth",
]

TYPES = [
    "Awareness Raising",
    "Capacity Development",
    "Monitoring",
    "Training",
    "Cultural Exchange",
]

# name, kind, website, on the home page's strip
ORGANISATIONS = [
    ("Embassy of the Kingdom of the Netherlands", "donor", "", True),
    ("Eurasia Foundation of Central Asia", "partner", "", True),
    ("UNESCO", "partner", "https://www.unesco.org", True),
    ("Republic of Korea (Korean Funds-in-Trust)", "donor", "", True),
    ("European Union", "donor", "", True),
    ("Embassy of France in Tajikistan", "donor", "", False),
]


def d(year, month, day=1):
    return datetime.date(year, month, day)


PROJECTS = [
    {
        "title": "Partnership-Bactria Culture Center",
        "slug": "partnership-bactria-culture-center",
        "summary": (
            "A three-year partnership to strengthen the centre as an institution and its "
            "programmes, from Bob's Music Award and the Jazz Academy to the Dushanbe Ethno "
            "Jazz Festival 2021."
        ),
        "objectives": [
            "Strengthen and develop Bactria's established, ongoing and new programmes.",
            "Strengthen Bactria's role as a hub for regional cultural cooperation and a "
            "platform for creative experimentation, capacity building, expression and "
            "innovation.",
            "Continue the outreach to young people, involve women in activities and open "
            "Bactria's projects to creators from remote areas of Tajikistan.",
        ],
        "body": [
            "This year's objective is to enhance organisational development and capacity "
            "building, and to reinforce an effective communication strategy, while running "
            "the existing programmes with their educational elements and preparing the "
            "Dushanbe Ethno Jazz Festival 2021.",
        ],
        "start": d(2021, 2),
        "end": d(2024, 1, 31),
        "themes": ["Cultural Industries Support", "Arts Education", "Civil Society"],
        "types": ["Capacity Development", "Cultural Exchange"],
        "countries": ["TJ"],
        "partners": [],
        "illustrative": True,
    },
    {
        "title": "Supporting vulnerable children and adolescents of the Villard Center",
        "slug": "villard-center-children",
        "summary": (
            "Music and art workshops for children and adolescents supported by the Villard Center."
        ),
        "objectives": [
            "Give children and adolescents regular creative workshops led by the centre's "
            "teachers.",
        ],
        "body": [
            "Children and teenagers take part in music and drawing workshops and show their "
            "work at the centre at the end of each term.",
        ],
        "start": d(2020, 9),
        "end": d(2021, 6, 30),
        "themes": ["Children and Youth", "Arts Education"],
        "types": ["Training"],
        "countries": ["TJ"],
        "partners": [],
        "illustrative": True,
    },
    {
        "title": "Central Asia Water, Environment and Climate Change Cooperation (WECOOP III)",
        "slug": "wecoop-iii",
        "summary": (
            "Regional cooperation on water, the environment and climate change in Central "
            "Asia, with cultural events that bring the subject to a wide public."
        ),
        "objectives": [
            "Raise public awareness of water, environment and climate issues through culture.",
        ],
        "body": [
            "The centre hosts screenings, talks and exhibitions that accompany the regional "
            "programme.",
        ],
        "start": d(2019, 12),
        "end": d(2023, 12, 31),
        "themes": ["Environment and Climate"],
        "types": ["Awareness Raising"],
        "countries": ["KZ", "KG", "TJ", "TM", "UZ"],
        "partners": [("European Union", "donor")],
        "illustrative": True,
    },
    {
        "title": (
            "Promoting energy efficiency and renewable energy production in the "
            "community-based tourism sector in Central Asia"
        ),
        "slug": "energy-efficiency-cbt",
        "summary": (
            "Guest houses and community-based tourism in Central Asia save energy and "
            "produce their own from renewable sources."
        ),
        "objectives": [
            "Help community-based tourism businesses use less energy and produce renewable energy.",
        ],
        "body": [
            "Training and small investments help guest houses in mountain villages cut "
            "their costs and their emissions.",
        ],
        "start": d(2020, 1),
        "end": d(2023, 12, 31),
        "themes": ["Sustainable Tourism", "Environment and Climate"],
        "types": ["Capacity Development"],
        "countries": ["KG", "TJ"],
        "partners": [("European Union", "donor")],
        "illustrative": True,
    },
    {
        "title": (
            "Silk Road CBT Initiative: Connecting Central Asia Community-Based Tourism and "
            "European Markets"
        ),
        "slug": "silk-road-cbt-initiative",
        "summary": (
            "Community-based tourism in Central Asia reaches travellers and tour operators "
            "in Europe."
        ),
        "objectives": [
            "Connect community-based tourism providers with European markets.",
        ],
        "body": [
            "Local hosts learn to present their region's culture, crafts and music to "
            "visitors from abroad.",
        ],
        "start": d(2019, 1),
        "end": d(2022, 12, 31),
        "themes": ["Sustainable Tourism", "Cultural Industries Support"],
        "types": ["Capacity Development", "Cultural Exchange"],
        "countries": ["KG", "TJ", "UZ"],
        "partners": [("European Union", "donor")],
        "illustrative": True,
    },
    {
        "title": "Promotion of the French language and culture in Tajikistan 2020",
        "slug": "french-language-and-culture-2020",
        "summary": "French films, concerts and language clubs at the centre during 2020.",
        "objectives": ["Bring French language and culture closer to young people in Dushanbe."],
        "body": [
            "A year of screenings, concerts and conversation clubs, held online when the "
            "centre had to close its doors.",
        ],
        "start": d(2020, 1),
        "end": d(2020, 12, 31),
        "themes": ["Cultural Industries Support"],
        "types": ["Cultural Exchange"],
        "countries": ["TJ", "FR"],
        "partners": [("Embassy of France in Tajikistan", "donor")],
        "illustrative": True,
    },
    {
        "title": "Digital Arts Academy",
        "slug": "digital-arts-academy-project",
        "summary": (
            "Three editions of the Digital Arts Academy: courses in design, animation and "
            "video for young creators."
        ),
        "objectives": [
            "Train young people in digital arts and connect them with the creative industries.",
        ],
        "body": [
            "Each edition ends with a public show of the students' work; the academy goes on "
            "as one of the centre's programmes.",
        ],
        "start": d(2019, 9),
        "end": None,
        "themes": ["Arts Education", "Cultural Industries Support"],
        "types": ["Training"],
        "countries": ["TJ"],
        "partners": [],
        "illustrative": True,
    },
    {
        "title": "Views from the Frontline 2019",
        "slug": "views-from-the-frontline-2019",
        "summary": "Local voices on disaster risk and resilience, collected and shared in 2019.",
        "objectives": ["Make the experience of local communities heard by decision-makers."],
        "body": [
            "The centre helped communities present what they had learnt through photographs "
            "and public discussions.",
        ],
        "start": d(2019, 1),
        "end": d(2019, 12, 31),
        "themes": ["Civil Society", "Environment and Climate"],
        "types": ["Monitoring", "Awareness Raising"],
        "countries": ["TJ"],
        "partners": [],
        "illustrative": True,
    },
    {
        "title": (
            "Improving livelihoods and food security through sustainable Natural Resource "
            "Management (NRM)"
        ),
        "slug": "livelihoods-food-security-nrm",
        "summary": (
            "Rural communities manage their land, water and pastures sustainably and earn a "
            "better living from them."
        ),
        "objectives": ["Improve food security through sustainable natural resource management."],
        "body": [
            "Cultural events in the villages help share what farmers and herders have learnt.",
        ],
        "start": d(2018, 3),
        "end": d(2021, 2, 28),
        "themes": ["Environment and Climate"],
        "types": ["Capacity Development"],
        "countries": ["TJ"],
        "partners": [],
        "illustrative": True,
    },
    {
        "title": "A Stronger Civil Society in Tajikistan through Novel Trainings and Technology",
        "slug": "stronger-civil-society-tajikistan",
        "summary": (
            "140 staff from 70 civil society organisations trained in 35 training days in "
            "7 locations, and an online platform of training materials."
        ),
        "objectives": [
            "Improve the capacity of Tajik civil society organisations to influence "
            "decision-making at local and national level.",
            "Keep an online platform of training materials that organisations can draw upon "
            "after the project.",
        ],
        "body": [
            "Supported through the Accountability Fund administered by the Embassy of the "
            "Netherlands in Astana, the Eurasia Foundation of Central Asia – Tajikistan "
            "trained 140 people from 70 civil society organisations in intensive five-day "
            "courses.",
            "The sessions covered the laws on civil society organisations, formal and "
            "informal power structures, persuasion and communication, long-term "
            "relationships with state institutions, and project proposals.",
        ],
        "start": d(2019, 3),
        "end": d(2020, 12, 31),
        "themes": ["Civil Society", "Policy Design"],
        "types": ["Training", "Capacity Development"],
        "countries": ["TJ"],
        "partners": [
            ("Embassy of the Kingdom of the Netherlands", "donor"),
            ("Eurasia Foundation of Central Asia", "lead"),
        ],
        "illustrative": True,
    },
    {
        "title": (
            "Creative Industries development for the diversity of cultural expressions – "
            "Strengthening the sustainability of creative industry in Lao PDR, Uzbekistan, "
            "and Rwanda"
        ),
        "slug": "creative-industries-lao-uzbekistan-rwanda",
        "summary": (
            "A project under the 2005 Convention that strengthened cultural and creative "
            "industries in Lao PDR, Uzbekistan and Rwanda."
        ),
        "objectives": [
            "Build good governance for culture through knowledge management and networking "
            "in Lao PDR.",
            "Develop and promote the film industry in Uzbekistan.",
            "Build the capacities of artists and cultural professionals in Rwanda.",
        ],
        "body": [
            "Cultural and creative industries are among the fastest growing sectors in the "
            "world, and more and more developing countries include them in their national "
            "development strategies.",
        ],
        "start": d(2017, 1),
        "end": d(2020, 12, 31),
        "themes": ["Policy Design", "Cultural Industries Support", "Contributing to the SDGs"],
        "types": ["Awareness Raising", "Capacity Development", "Monitoring"],
        "countries": ["LA", "UZ", "RW"],
        "partners": [
            ("Republic of Korea (Korean Funds-in-Trust)", "donor"),
            ("UNESCO", "lead"),
        ],
        "budget": None,
        "illustrative": False,
    },
    {
        "title": "Regional hub for cultural cooperation: the next phase",
        "slug": "regional-hub-next-phase",
        "summary": (
            "The next phase of the partnership: residencies and exchanges with artists "
            "from across Central Asia."
        ),
        "objectives": [
            "Host artists from neighbouring countries and send Tajik artists abroad.",
        ],
        "body": [
            "The centre prepares a programme of residencies, joint concerts and workshops.",
        ],
        # Starts next spring, whenever the demo is loaded, so it is always "upcoming".
        "start": d(datetime.date.today().year + 1, 3),
        "end": d(datetime.date.today().year + 3, 12, 31),
        "themes": ["Cultural Industries Support", "Arts Education"],
        "types": ["Cultural Exchange"],
        "countries": ["TJ", "KZ", "KG", "UZ"],
        "partners": [],
        "illustrative": True,
    },
]
