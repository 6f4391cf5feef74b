"""
Russian and Tajik for every string of the demo content, keyed by the English text
as wagtail-localize splits it into segments (rich text comes without its <p>).
Slugs are transliterated into Latin letters so addresses stay readable everywhere.

This file holds the pages' own phrases; the people, organisations, vocabularies,
projects and news live in the two files imported at the end.
"""

from .phrasebook_calls import PHRASES as CALLS
from .phrasebook_events import PHRASES as EVENTS
from .phrasebook_people_projects import PHRASES as PEOPLE_AND_PROJECTS
from .phrasebook_projects_news import PHRASES as PROJECTS_AND_NEWS

PHRASEBOOK = {
    # Home page
    "Bactria Culture Centre": {
        "ru": "Культурный центр «Бактрия»",
        "tg": "Маркази фарҳангии «Бактрия»",
    },
    "home": {"ru": "glavnaya", "tg": "sahifai-asosi"},
    "A hub for regional cultural cooperation and a platform for creative experimentation "
    "in Tajikistan.": {
        "ru": "Центр регионального культурного сотрудничества и площадка для творческих "
        "экспериментов в Таджикистане.",
        "tg": "Маркази ҳамкории фарҳангии минтақавӣ ва майдони озмоишҳои эҷодӣ дар Тоҷикистон.",
    },
    "Art, music and learning in the heart of Dushanbe": {
        "ru": "Искусство, музыка и обучение в сердце Душанбе",
        "tg": "Санъат, мусиқӣ ва таълим дар қалби Душанбе",
    },
    "The Bactria Culture Centre supports artists, musicians, designers and other creators "
    "from Tajikistan and Central Asia, including those from remote regions.": {
        "ru": "Культурный центр «Бактрия» поддерживает художников, музыкантов, дизайнеров "
        "и других авторов из Таджикистана и Центральной Азии, в том числе из отдалённых "
        "регионов.",
        "tg": "Маркази фарҳангии «Бактрия» рассомон, навозандагон, дизайнерҳо ва дигар "
        "эҷодкорони Тоҷикистон ва Осиёи Марказиро, аз ҷумла аз минтақаҳои дурдаст, "
        "дастгирӣ мекунад.",
    },
    "Our programmes": {"ru": "Наши программы", "tg": "Барномаҳои мо"},
    "We run educational programmes, awards and festivals, and we work with young people "
    "and women so that everyone can take part in cultural life.": {
        "ru": "Мы проводим образовательные программы, конкурсы и фестивали и работаем "
        "с молодёжью и женщинами, чтобы каждый мог участвовать в культурной жизни.",
        "tg": "Мо барномаҳои таълимӣ, ҷоизаҳо ва фестивалҳо мегузаронем ва бо ҷавонон "
        "ва занон кор мекунем, то ҳар кас дар ҳаёти фарҳангӣ иштирок карда тавонад.",
    },
    # Programme index
    "Programmes": {"ru": "Программы", "tg": "Барномаҳо"},
    "programmes": {"ru": "programmy", "tg": "barnomaho"},
    "Education, awards and festivals that the centre runs every year.": {
        "ru": "Образовательные программы, конкурсы и фестивали, которые центр проводит каждый год.",
        "tg": "Барномаҳои таълимӣ, ҷоизаҳо ва фестивалҳое, ки марказ ҳар сол мегузаронад.",
    },
    # Jazz Academy
    "Jazz Academy": {"ru": "Джазовая академия", "tg": "Академияи ҷаз"},
    "jazz-academy": {"ru": "dzhazovaya-akademiya", "tg": "akademiyai-jaz"},
    "A school open all year where young musicians learn jazz from teachers from "
    "Tajikistan and abroad.": {
        "ru": "Школа, открытая круглый год: молодые музыканты учатся джазу у педагогов "
        "из Таджикистана и из-за рубежа.",
        "tg": "Мактабе, ки дар тӯли сол фаъол аст: навозандагони ҷавон аз устодони "
        "Тоҷикистон ва хориҷи кишвар ҷаз меомӯзанд.",
    },
    "The Jazz Academy gives young people from all regions of Tajikistan lessons in their "
    "instrument, ensemble playing and improvisation, and ends each year with a public "
    "concert.": {
        "ru": "Джазовая академия даёт молодым людям из всех регионов Таджикистана уроки "
        "игры на инструменте, ансамблевого исполнения и импровизации, а каждый учебный "
        "год завершается открытым концертом.",
        "tg": "Академияи ҷаз ба ҷавонони ҳамаи минтақаҳои Тоҷикистон дарсҳои навохтани "
        "асбоб, навозиши ансамблӣ ва импровизатсия медиҳад ва ҳар соли таҳсил бо "
        "консерти кушод анҷом меёбад.",
    },
    # Bob's Music Award
    "Bob's Music Award": {"ru": "Музыкальная премия Боба", "tg": "Ҷоизаи мусиқии Боб"},
    "bobs-music-award": {"ru": "muzykalnaya-premiya-boba", "tg": "joizai-musiqii-bob"},
    "An annual award for young musicians of Tajikistan, with a concert of the finalists.": {
        "ru": "Ежегодная премия для молодых музыкантов Таджикистана с концертом финалистов.",
        "tg": "Ҷоизаи солона барои навозандагони ҷавони Тоҷикистон бо консерти финалистон.",
    },
    "Bob's Music Award invites young musicians to apply with their own recordings. A jury "
    "chooses the finalists, who perform in a concert in Dushanbe.": {
        "ru": "Музыкальная премия Боба приглашает молодых музыкантов подать заявку со "
        "своими записями. Жюри выбирает финалистов, которые выступают на концерте "
        "в Душанбе.",
        "tg": "Ҷоизаи мусиқии Боб навозандагони ҷавонро даъват мекунад, ки бо сабтҳои "
        "худ ариза диҳанд. Ҳакамон финалистонро интихоб мекунанд ва онҳо дар консерт "
        "дар Душанбе баромад мекунанд.",
    },
    # Dushanbe Ethno Jazz Festival
    "Dushanbe Ethno Jazz Festival": {
        "ru": "Душанбинский фестиваль этно-джаза",
        "tg": "Фестивали этно-ҷази Душанбе",
    },
    "dushanbe-ethno-jazz-festival": {
        "ru": "dushanbinskiy-festival-etno-dzhaza",
        "tg": "festivali-etno-jazi-dushanbe",
    },
    "A festival where musicians from Central Asia and beyond bring traditional music and "
    "jazz together.": {
        "ru": "Фестиваль, на котором музыканты из Центральной Азии и других стран "
        "соединяют традиционную музыку и джаз.",
        "tg": "Фестивале, ки дар он навозандагони Осиёи Марказӣ ва дигар кишварҳо "
        "мусиқии анъанавӣ ва ҷазро ба ҳам мепайванданд.",
    },
    "The Dushanbe Ethno Jazz Festival brings musicians from Central Asia and other "
    "countries to Dushanbe for concerts, masterclasses and jam sessions.": {
        "ru": "Душанбинский фестиваль этно-джаза собирает в Душанбе музыкантов из "
        "Центральной Азии и других стран на концерты, мастер-классы и джем-сейшны.",
        "tg": "Фестивали этно-ҷази Душанбе навозандагонро аз Осиёи Марказӣ ва дигар "
        "кишварҳо барои консертҳо, дарсҳои устодӣ ва ҷем-сессияҳо дар Душанбе ҷамъ "
        "меоварад.",
    },
    # Digital Arts Academy
    "Digital Arts Academy": {"ru": "Академия цифровых искусств", "tg": "Академияи санъати рақамӣ"},
    "digital-arts-academy": {
        "ru": "akademiya-tsifrovykh-iskusstv",
        "tg": "akademiyai-sanati-raqami",
    },
    "Courses in design, animation and digital media for young creators.": {
        "ru": "Курсы дизайна, анимации и цифровых медиа для молодых авторов.",
        "tg": "Курсҳои дизайн, аниматсия ва медиаи рақамӣ барои эҷодкорони ҷавон.",
    },
    "The Digital Arts Academy teaches graphic design, animation and video to young "
    "people, with mentors from the creative industries.": {
        "ru": "Академия цифровых искусств учит молодых людей графическому дизайну, "
        "анимации и видео вместе с наставниками из творческих индустрий.",
        "tg": "Академияи санъати рақамӣ ба ҷавонон дизайни графикӣ, аниматсия ва "
        "видеоро бо ёрии мураббиён аз соҳаҳои эҷодӣ меомӯзонад.",
    },
    # Footer
    "Bactria Culture Centre, Dushanbe, Tajikistan.": {
        "ru": "Культурный центр «Бактрия», Душанбе, Таджикистан.",
        "tg": "Маркази фарҳангии «Бактрия», Душанбе, Тоҷикистон.",
    },
    "Concerts, classes and festivals for everyone.": {
        "ru": "Концерты, занятия и фестивали для всех.",
        "tg": "Консертҳо, машғулиятҳо ва фестивалҳо барои ҳама.",
    },
}

PHRASEBOOK.update(PEOPLE_AND_PROJECTS)
PHRASEBOOK.update(PROJECTS_AND_NEWS)
PHRASEBOOK.update(EVENTS)
PHRASEBOOK.update(CALLS)
