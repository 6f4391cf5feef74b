"""
Russian and Tajik for the demo content (part A): people, organisations, the project
vocabulary, the project index and the first partnership projects.
"""

PHRASES = {
    # People (illustrative demo profiles)
    "Malika Rahimova": {"ru": "Малика Рахимова", "tg": "Малика Раҳимова"},
    "Programme coordinator": {"ru": "Координатор программ", "tg": "Ҳамоҳангсози барномаҳо"},
    "Illustrative demo profile: coordinates the centre's education programmes.": {
        "ru": "Демонстрационный профиль: координирует образовательные программы центра.",
        "tg": "Профили намунавӣ: барномаҳои таълимии марказро ҳамоҳанг мекунад.",
    },
    "Farrukh Nazarov": {"ru": "Фаррух Назаров", "tg": "Фаррух Назаров"},
    "Jazz piano teacher": {
        "ru": "Преподаватель джазового фортепиано",
        "tg": "Омӯзгори фортепианои ҷаз",
    },
    "Illustrative demo profile: teaches piano and ensemble at the Jazz Academy.": {
        "ru": "Демонстрационный профиль: преподаёт фортепиано и ансамбль в Джазовой академии.",
        "tg": "Профили намунавӣ: дар Академияи ҷаз фортепиано ва ансамблро таълим медиҳад.",
    },
    "Dilshod Karimov": {"ru": "Дилшод Каримов", "tg": "Дилшод Каримов"},
    "Jury member, Bob's Music Award": {
        "ru": "Член жюри Музыкальной премии Боба",
        "tg": "Узви ҳакамони Ҷоизаи мусиқии Боб",
    },
    "Illustrative demo profile: a musician and producer from Dushanbe.": {
        "ru": "Демонстрационный профиль: музыкант и продюсер из Душанбе.",
        "tg": "Профили намунавӣ: навозанда ва продюсер аз Душанбе.",
    },
    # Organisations
    "Embassy of the Kingdom of the Netherlands": {
        "ru": "Посольство Королевства Нидерландов",
        "tg": "Сафорати Подшоҳии Нидерландия",
    },
    "Eurasia Foundation of Central Asia": {
        "ru": "Фонд «Евразия» Центральной Азии",
        "tg": "Фонди «Авруосиё»-и Осиёи Марказӣ",
    },
    "UNESCO": {"ru": "ЮНЕСКО", "tg": "ЮНЕСКО"},
    "Republic of Korea (Korean Funds-in-Trust)": {
        "ru": "Республика Корея (Целевой фонд Кореи)",
        "tg": "Ҷумҳурии Корея (Фонди мақсадноки Корея)",
    },
    "European Union": {"ru": "Европейский союз", "tg": "Иттиҳоди Аврупо"},
    "Embassy of France in Tajikistan": {
        "ru": "Посольство Франции в Таджикистане",
        "tg": "Сафорати Фаронса дар Тоҷикистон",
    },
    # Project themes
    "Policy Design": {"ru": "Разработка политики", "tg": "Таҳияи сиёсат"},
    "Cultural Industries Support": {
        "ru": "Поддержка культурных индустрий",
        "tg": "Дастгирии соҳаҳои фарҳангӣ",
    },
    "Contributing to the SDGs": {
        "ru": "Вклад в Цели устойчивого развития",
        "tg": "Саҳм дар Ҳадафҳои рушди устувор",
    },
    "Civil Society": {"ru": "Гражданское общество", "tg": "Ҷомеаи шаҳрвандӣ"},
    "Arts Education": {"ru": "Художественное образование", "tg": "Таълими санъат"},
    "Environment and Climate": {"ru": "Окружающая среда и климат", "tg": "Муҳити зист ва иқлим"},
    "Sustainable Tourism": {"ru": "Устойчивый туризм", "tg": "Сайёҳии устувор"},
    "Children and Youth": {"ru": "Дети и молодёжь", "tg": "Кӯдакон ва ҷавонон"},
    # Project types
    "Awareness Raising": {"ru": "Повышение осведомлённости", "tg": "Баланд бардоштани огоҳӣ"},
    "Capacity Development": {"ru": "Развитие потенциала", "tg": "Рушди иқтидор"},
    "Monitoring": {"ru": "Мониторинг", "tg": "Мониторинг"},
    "Training": {"ru": "Обучение", "tg": "Омӯзиш"},
    "Cultural Exchange": {"ru": "Культурный обмен", "tg": "Мубодилаи фарҳангӣ"},
    # Project index
    "Partnership projects": {"ru": "Партнёрские проекты", "tg": "Лоиҳаҳои шарикӣ"},
    "projects": {"ru": "proekty", "tg": "loihaho"},
    "The projects the centre runs with its donors and partners.": {
        "ru": "Проекты, которые центр осуществляет вместе с донорами и партнёрами.",
        "tg": "Лоиҳаҳое, ки марказ якҷоя бо донорҳо ва шарикони худ амалӣ мекунад.",
    },
    # Partnership-Bactria Culture Center
    "Partnership-Bactria Culture Center": {
        "ru": "Партнёрство — Культурный центр «Бактрия»",
        "tg": "Шарикӣ — Маркази фарҳангии «Бактрия»",
    },
    "partnership-bactria-culture-center": {
        "ru": "partnerstvo-kulturnyj-centr-baktriya",
        "tg": "shariki-markazi-farhangii-baktriya",
    },
    (
        "A three-year partnership to strengthen the centre as an institution and its programmes, "
        "from Bob's Music Award and the Jazz Academy to the Dushanbe Ethno Jazz Festival 2021."
    ): {
        "ru": (
            "Трёхлетнее партнёрство для укрепления центра как организации и его программ — "
            "от Музыкальной премии Боба и Джазовой академии до Душанбинского этно-джаз "
            "фестиваля 2021."
        ),
        "tg": (
            "Шарикии сесола барои таҳкими марказ ҳамчун ниҳод ва барномаҳои он — аз Ҷоизаи "
            "мусиқии Боб ва Академияи ҷаз то Фестивали этно-ҷази Душанбе 2021."
        ),
    },
    "Strengthen and develop Bactria's established, ongoing and new programmes.": {
        "ru": "Укреплять и развивать устоявшиеся, текущие и новые программы «Бактрии».",
        "tg": "Таҳким ва рушд додани барномаҳои собиқадор, ҷорӣ ва нави «Бактрия».",
    },
    (
        "Strengthen Bactria's role as a hub for regional cultural cooperation and a platform for "
        "creative experimentation, capacity building, expression and innovation."
    ): {
        "ru": (
            "Укреплять роль «Бактрии» как центра регионального культурного сотрудничества и "
            "площадки для творческих экспериментов, развития потенциала, самовыражения и "
            "инноваций."
        ),
        "tg": (
            "Таҳкими нақши «Бактрия» ҳамчун маркази ҳамкории фарҳангии минтақавӣ ва майдони "
            "озмоишҳои эҷодӣ, рушди иқтидор, ифодаи озод ва навоварӣ."
        ),
    },
    (
        "Continue the outreach to young people, involve women in activities and open Bactria's "
        "projects to creators from remote areas of Tajikistan."
    ): {
        "ru": (
            "Продолжать работу с молодёжью, вовлекать женщин в деятельность центра и открывать "
            "проекты «Бактрии» для авторов из отдалённых районов Таджикистана."
        ),
        "tg": (
            "Идома додани кор бо ҷавонон, ҷалби занон ба фаъолиятҳо ва кушодани лоиҳаҳои "
            "«Бактрия» барои эҷодкорони минтақаҳои дурдасти Тоҷикистон."
        ),
    },
    (
        "This year's objective is to enhance organisational development and capacity building, "
        "and to reinforce an effective communication strategy, while running the existing "
        "programmes with their educational elements and preparing the Dushanbe Ethno Jazz "
        "Festival 2021."
    ): {
        "ru": (
            "Цель этого года — развитие организации и её потенциала и укрепление действенной "
            "коммуникационной стратегии при продолжении существующих программ с их "
            "образовательной частью и подготовке Душанбинского этно-джаз фестиваля 2021."
        ),
        "tg": (
            "Ҳадафи имсола рушди ташкилӣ ва баланд бардоштани иқтидор, инчунин таҳкими "
            "стратегияи муассири иртибот мебошад, ҳангоми идомаи барномаҳои мавҷуда бо "
            "қисматҳои таълимии онҳо ва омодагӣ ба Фестивали этно-ҷази Душанбе 2021."
        ),
    },
    (
        "Dates and partners on this demo page are illustrative; the project's name comes from the "
        "centre's list of projects."
    ): {
        "ru": (
            "Даты и партнёры на этой демонстрационной странице условны; название проекта взято "
            "из списка проектов центра."
        ),
        "tg": (
            "Санаҳо ва шарикон дар ин саҳифаи намунавӣ тахминӣ мебошанд; номи лоиҳа аз "
            "рӯйхати лоиҳаҳои марказ гирифта шудааст."
        ),
    },
    # Villard Center
    "Supporting vulnerable children and adolescents of the Villard Center": {
        "ru": "Поддержка уязвимых детей и подростков Центра Виллар",
        "tg": "Дастгирии кӯдакон ва наврасони осебпазири Маркази Виллар",
    },
    "villard-center-children": {
        "ru": "deti-centra-villar",
        "tg": "kudakoni-markazi-villar",
    },
    "Music and art workshops for children and adolescents supported by the Villard Center.": {
        "ru": "Музыкальные и художественные мастерские для детей и подростков, которых "
        "поддерживает Центр Виллар.",
        "tg": "Устохонаҳои мусиқӣ ва санъат барои кӯдакон ва наврасоне, ки Маркази Виллар "
        "дастгирӣ мекунад.",
    },
    "Give children and adolescents regular creative workshops led by the centre's teachers.": {
        "ru": "Проводить для детей и подростков регулярные творческие мастерские с педагогами "
        "центра.",
        "tg": "Барои кӯдакон ва наврасон мунтазам устохонаҳои эҷодӣ бо омӯзгорони марказ "
        "гузаронидан.",
    },
    (
        "Children and teenagers take part in music and drawing workshops and show their work at "
        "the centre at the end of each term."
    ): {
        "ru": (
            "Дети и подростки занимаются в музыкальных и художественных мастерских и в конце "
            "каждого семестра показывают свои работы в центре."
        ),
        "tg": (
            "Кӯдакон ва наврасон дар устохонаҳои мусиқӣ ва расмкашӣ иштирок мекунанд ва дар "
            "охири ҳар нимсола корҳои худро дар марказ нишон медиҳанд."
        ),
    },
    # WECOOP III
    "Central Asia Water, Environment and Climate Change Cooperation (WECOOP III)": {
        "ru": "Сотрудничество в Центральной Азии в области водных ресурсов, окружающей среды "
        "и изменения климата (WECOOP III)",
        "tg": "Ҳамкорӣ дар Осиёи Марказӣ дар соҳаи об, муҳити зист ва тағйирёбии иқлим "
        "(WECOOP III)",
    },
    "wecoop-iii": {"ru": "wecoop-iii", "tg": "wecoop-iii"},
    (
        "Regional cooperation on water, the environment and climate change in Central Asia, with "
        "cultural events that bring the subject to a wide public."
    ): {
        "ru": (
            "Региональное сотрудничество по водным ресурсам, окружающей среде и изменению "
            "климата в Центральной Азии и культурные события, которые открывают эту тему "
            "широкой публике."
        ),
        "tg": (
            "Ҳамкории минтақавӣ оид ба об, муҳити зист ва тағйирёбии иқлим дар Осиёи Марказӣ "
            "бо чорабиниҳои фарҳангӣ, ки ин мавзӯъро ба доираи васеи мардум мерасонанд."
        ),
    },
    "Raise public awareness of water, environment and climate issues through culture.": {
        "ru": "Повышать осведомлённость общества о проблемах воды, окружающей среды и климата "
        "средствами культуры.",
        "tg": "Тавассути фарҳанг баланд бардоштани огоҳии ҷомеа дар бораи масъалаҳои об, "
        "муҳити зист ва иқлим.",
    },
    "The centre hosts screenings, talks and exhibitions that accompany the regional programme.": {
        "ru": "Центр проводит кинопоказы, беседы и выставки, сопровождающие региональную "
        "программу.",
        "tg": "Марказ намоиши филмҳо, суҳбатҳо ва намоишгоҳҳоеро баргузор мекунад, ки "
        "барномаи минтақавиро ҳамроҳӣ мекунанд.",
    },
    # Energy efficiency in community-based tourism
    (
        "Promoting energy efficiency and renewable energy production in the community-based "
        "tourism sector in Central Asia"
    ): {
        "ru": (
            "Содействие энергоэффективности и производству возобновляемой энергии в секторе "
            "общинного туризма в Центральной Азии"
        ),
        "tg": (
            "Мусоидат ба самаранокии энергия ва истеҳсоли энергияи барқароршаванда дар бахши "
            "сайёҳии ҷамъиятӣ дар Осиёи Марказӣ"
        ),
    },
    "energy-efficiency-cbt": {
        "ru": "energoeffektivnost-obshchinnyj-turizm",
        "tg": "samaranokii-energiya-sayyohi",
    },
    (
        "Guest houses and community-based tourism in Central Asia save energy and produce their "
        "own from renewable sources."
    ): {
        "ru": (
            "Гостевые дома и общинный туризм в Центральной Азии экономят энергию и сами "
            "производят её из возобновляемых источников."
        ),
        "tg": (
            "Меҳмонхонаҳои хонагӣ ва сайёҳии ҷамъиятӣ дар Осиёи Марказӣ энергияро сарфа "
            "мекунанд ва онро худ аз манбаъҳои барқароршаванда истеҳсол мекунанд."
        ),
    },
    ("Help community-based tourism businesses use less energy and produce renewable energy."): {
        "ru": (
            "Помочь предприятиям общинного туризма тратить меньше энергии и производить "
            "возобновляемую энергию."
        ),
        "tg": (
            "Ба корхонаҳои сайёҳии ҷамъиятӣ кӯмак кардан, то энергияи камтар сарф кунанд ва "
            "энергияи барқароршаванда истеҳсол намоянд."
        ),
    },
    (
        "Training and small investments help guest houses in mountain villages cut their costs "
        "and their emissions."
    ): {
        "ru": (
            "Обучение и небольшие инвестиции помогают гостевым домам в горных сёлах сократить "
            "расходы и выбросы."
        ),
        "tg": (
            "Омӯзиш ва сармоягузориҳои хурд ба меҳмонхонаҳои хонагии деҳаҳои кӯҳӣ кӯмак "
            "мекунанд, ки хароҷот ва партовҳои худро кам кунанд."
        ),
    },
    # Silk Road CBT Initiative
    (
        "Silk Road CBT Initiative: Connecting Central Asia Community-Based Tourism and European "
        "Markets"
    ): {
        "ru": ("Инициатива «Шёлковый путь»: общинный туризм Центральной Азии и европейские рынки"),
        "tg": (
            "Ташаббуси «Роҳи абрешим»: пайванди сайёҳии ҷамъиятии Осиёи Марказӣ бо бозорҳои Аврупо"
        ),
    },
    "silk-road-cbt-initiative": {
        "ru": "iniciativa-shelkovyj-put",
        "tg": "tashabbusi-rohi-abreshim",
    },
    "Community-based tourism in Central Asia reaches travellers and tour operators in Europe.": {
        "ru": "Общинный туризм Центральной Азии находит путешественников и туроператоров в Европе.",
        "tg": "Сайёҳии ҷамъиятии Осиёи Марказӣ ба сайёҳон ва ширкатҳои сайёҳии Аврупо мерасад.",
    },
    "Connect community-based tourism providers with European markets.": {
        "ru": "Связать поставщиков услуг общинного туризма с европейскими рынками.",
        "tg": "Пайваст кардани хизматрасонҳои сайёҳии ҷамъиятӣ бо бозорҳои Аврупо.",
    },
    (
        "Local hosts learn to present their region's culture, crafts and music to visitors from "
        "abroad."
    ): {
        "ru": (
            "Местные хозяева учатся представлять культуру, ремёсла и музыку своего края "
            "гостям из-за рубежа."
        ),
        "tg": (
            "Мизбонони маҳаллӣ меомӯзанд, ки фарҳанг, ҳунарҳо ва мусиқии диёри худро ба "
            "меҳмонони хориҷӣ муаррифӣ кунанд."
        ),
    },
    # French language and culture 2020
    "Promotion of the French language and culture in Tajikistan 2020": {
        "ru": "Продвижение французского языка и культуры в Таджикистане, 2020",
        "tg": "Тарғиби забон ва фарҳанги фаронсавӣ дар Тоҷикистон, 2020",
    },
    "french-language-and-culture-2020": {
        "ru": "francuzskij-yazyk-i-kultura-2020",
        "tg": "zabon-va-farhangi-faronsavi-2020",
    },
    "French films, concerts and language clubs at the centre during 2020.": {
        "ru": "Французское кино, концерты и языковые клубы в центре в течение 2020 года.",
        "tg": "Филмҳо, консертҳо ва клубҳои забони фаронсавӣ дар марказ дар соли 2020.",
    },
    "Bring French language and culture closer to young people in Dushanbe.": {
        "ru": "Приблизить французский язык и культуру к молодёжи Душанбе.",
        "tg": "Забон ва фарҳанги фаронсавиро ба ҷавонони Душанбе наздик кардан.",
    },
    (
        "A year of screenings, concerts and conversation clubs, held online when the centre had to "
        "close its doors."
    ): {
        "ru": (
            "Год кинопоказов, концертов и разговорных клубов, которые проходили онлайн, когда "
            "центру пришлось закрыть двери."
        ),
        "tg": (
            "Соли намоиши филмҳо, консертҳо ва клубҳои гуфтугӯӣ, ки ҳангоми маҷбуран баста "
            "шудани марказ онлайн баргузор мешуданд."
        ),
    },
    "digital-arts-academy-project": {
        "ru": "proekt-akademiya-cifrovyh-iskusstv",
        "tg": "loihai-akademiyai-sanati-raqami",
    },
}
