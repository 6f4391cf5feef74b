"""
Russian and Tajik for the demo content (second part): the later projects and the news,
keyed by the English segment.
"""

PHRASES = {
    (
        "Three editions of the Digital Arts Academy: courses in design, animation and video for "
        "young creators."
    ): {
        "ru": (
            "Три потока Академии цифровых искусств: курсы дизайна, анимации и видео для молодых "
            "авторов."
        ),
        "tg": (
            "Се даври Академияи санъати рақамӣ: курсҳои дизайн, аниматсия ва видео барои "
            "эҷодкорони ҷавон."
        ),
    },
    "Train young people in digital arts and connect them with the creative industries.": {
        "ru": "Обучать молодёжь цифровым искусствам и связывать её с творческими индустриями.",
        "tg": "Ба ҷавонон омӯзонидани санъати рақамӣ ва пайваст кардани онҳо бо соҳаҳои эҷодӣ.",
    },
    (
        "Each edition ends with a public show of the students' work; the academy goes on as one of "
        "the centre's programmes."
    ): {
        "ru": (
            "Каждый поток завершается публичным показом работ студентов; академия продолжает "
            "работу как одна из программ центра."
        ),
        "tg": (
            "Ҳар давр бо намоиши оммавии корҳои донишҷӯён анҷом меёбад; академия ҳамчун яке аз "
            "барномаҳои марказ фаъолияташро идома медиҳад."
        ),
    },
    "Views from the Frontline 2019": {
        "ru": "Взгляд с передовой 2019",
        "tg": "Назар аз хатти пеш 2019",
    },
    "views-from-the-frontline-2019": {
        "ru": "vzglyad-s-peredovoy-2019",
        "tg": "nazar-az-khatti-pesh-2019",
    },
    "Local voices on disaster risk and resilience, collected and shared in 2019.": {
        "ru": (
            "Голоса местных жителей о рисках бедствий и устойчивости, собранные и "
            "распространённые в 2019 году."
        ),
        "tg": (
            "Садои сокинони маҳаллӣ дар бораи хатари офатҳо ва устуворӣ, ки соли 2019 ҷамъоварӣ "
            "ва паҳн карда шуданд."
        ),
    },
    "Make the experience of local communities heard by decision-makers.": {
        "ru": "Донести опыт местных сообществ до тех, кто принимает решения.",
        "tg": "Таҷрибаи ҷамоатҳои маҳаллиро ба шахсоне, ки қарор қабул мекунанд, расонидан.",
    },
    (
        "The centre helped communities present what they had learnt through photographs and public "
        "discussions."
    ): {
        "ru": (
            "Центр помог сообществам рассказать о накопленном опыте с помощью фотографий и "
            "публичных обсуждений."
        ),
        "tg": (
            "Марказ ба ҷамоатҳо кумак кард, ки омӯхтаҳои худро тавассути аксҳо ва муҳокимаҳои "
            "оммавӣ муаррифӣ кунанд."
        ),
    },
    (
        "Improving livelihoods and food security through sustainable Natural Resource Management "
        "(NRM)"
    ): {
        "ru": (
            "Улучшение условий жизни и продовольственной безопасности через устойчивое "
            "управление природными ресурсами (УПР)"
        ),
        "tg": (
            "Беҳтар намудани шароити зиндагӣ ва амнияти озуқаворӣ тавассути идоракунии устувори "
            "захираҳои табиӣ (ИЗТ)"
        ),
    },
    "livelihoods-food-security-nrm": {
        "ru": "uluchshenie-usloviy-zhizni-i-prodovolstvennoy-bezopasnosti",
        "tg": "behtar-namudani-sharoiti-zindagi-va-amniyati-ozuqavori",
    },
    (
        "Rural communities manage their land, water and pastures sustainably and earn a better "
        "living from them."
    ): {
        "ru": (
            "Сельские общины устойчиво управляют своими землями, водой и пастбищами и получают "
            "от них больший доход."
        ),
        "tg": (
            "Ҷамоатҳои деҳот замин, об ва чарогоҳҳои худро устуворона идора мекунанд ва аз онҳо "
            "даромади бештар ба даст меоранд."
        ),
    },
    "Improve food security through sustainable natural resource management.": {
        "ru": (
            "Повысить продовольственную безопасность за счёт устойчивого управления природными "
            "ресурсами."
        ),
        "tg": "Беҳтар кардани амнияти озуқаворӣ тавассути идоракунии устувори захираҳои табиӣ.",
    },
    "Cultural events in the villages help share what farmers and herders have learnt.": {
        "ru": (
            "Культурные мероприятия в сёлах помогают фермерам и скотоводам делиться своим опытом."
        ),
        "tg": (
            "Чорабиниҳои фарҳангӣ дар деҳаҳо ба деҳқонон ва чорводорон кумак мекунанд, ки "
            "таҷрибаи худро бо дигарон мубодила кунанд."
        ),
    },
    "A Stronger Civil Society in Tajikistan through Novel Trainings and Technology": {
        "ru": (
            "Укрепление гражданского общества в Таджикистане с помощью новых тренингов и технологий"
        ),
        "tg": "Ҷомеаи шаҳрвандии қавитар дар Тоҷикистон тавассути омӯзишҳо ва технологияҳои нав",
    },
    "stronger-civil-society-tajikistan": {
        "ru": "ukreplenie-grazhdanskogo-obshchestva-v-tadzhikistane",
        "tg": "jomeai-shahrvandii-qavitar-dar-tojikiston",
    },
    (
        "140 staff from 70 civil society organisations trained in 35 training days in 7 locations, "
        "and an online platform of training materials."
    ): {
        "ru": (
            "140 сотрудников из 70 организаций гражданского общества прошли обучение за 35 "
            "учебных дней в 7 населённых пунктах; создана онлайн-платформа учебных материалов."
        ),
        "tg": (
            "140 корманди 70 созмони ҷомеаи шаҳрвандӣ дар давоми 35 рӯзи омӯзишӣ дар 7 маҳал "
            "омӯзонида шуданд ва платформаи онлайнии маводи таълимӣ таъсис ёфт."
        ),
    },
    (
        "Improve the capacity of Tajik civil society organisations to influence decision-making at "
        "local and national level."
    ): {
        "ru": (
            "Укрепить возможности таджикских организаций гражданского общества влиять на "
            "принятие решений на местном и национальном уровнях."
        ),
        "tg": (
            "Баланд бардоштани қобилияти созмонҳои ҷомеаи шаҳрвандии Тоҷикистон барои таъсир "
            "расонидан ба қабули қарорҳо дар сатҳи маҳаллӣ ва миллӣ."
        ),
    },
    (
        "Keep an online platform of training materials that organisations can draw upon after the "
        "project."
    ): {
        "ru": (
            "Поддерживать онлайн-платформу учебных материалов, которой организации смогут "
            "пользоваться и после завершения проекта."
        ),
        "tg": (
            "Нигоҳ доштани платформаи онлайнии маводи таълимӣ, ки созмонҳо пас аз анҷоми лоиҳа "
            "низ аз он истифода бурда метавонанд."
        ),
    },
    (
        "Supported through the Accountability Fund administered by the Embassy of the Netherlands "
        "in Astana, the Eurasia Foundation of Central Asia – Tajikistan trained 140 people from 70 "
        "civil society organisations in intensive five-day courses."
    ): {
        "ru": (
            "При поддержке Фонда подотчётности, которым управляет Посольство Нидерландов в "
            "Астане, Фонд «Евразия» Центральной Азии – Таджикистан обучил на интенсивных "
            "пятидневных курсах 140 человек из 70 организаций гражданского общества."
        ),
        "tg": (
            "Бо дастгирии Фонди ҳисоботдиҳӣ, ки аз ҷониби Сафорати Нидерландия дар Остона идора "
            "мешавад, Фонди Евразияи Осиёи Марказӣ – Тоҷикистон дар курсҳои пуршиддати панҷрӯза "
            "140 нафарро аз 70 созмони ҷомеаи шаҳрвандӣ омӯзонид."
        ),
    },
    (
        "The sessions covered the laws on civil society organisations, formal and informal power "
        "structures, persuasion and communication, long-term relationships with state "
        "institutions, and project proposals."
    ): {
        "ru": (
            "На занятиях рассматривались законодательство об организациях гражданского общества, "
            "формальные и неформальные структуры власти, убеждение и коммуникация, долгосрочные "
            "отношения с государственными учреждениями и подготовка проектных заявок."
        ),
        "tg": (
            "Дар машғулиятҳо қонунҳо дар бораи созмонҳои ҷомеаи шаҳрвандӣ, сохторҳои расмӣ ва "
            "ғайрирасмии ҳокимият, маҳорати бовар кунонидан ва муошират, муносибатҳои "
            "дарозмуддат бо муассисаҳои давлатӣ ва таҳияи пешниҳодҳои лоиҳавӣ баррасӣ шуданд."
        ),
    },
    (
        "Creative Industries development for the diversity of cultural expressions – Strengthening "
        "the sustainability of creative industry in Lao PDR, Uzbekistan, and Rwanda"
    ): {
        "ru": (
            "Развитие творческих индустрий для разнообразия форм культурного самовыражения – "
            "укрепление устойчивости творческой индустрии в Лаосской НДР, Узбекистане и Руанде"
        ),
        "tg": (
            "Рушди соҳаҳои эҷодӣ барои гуногунии шаклҳои ифодаи фарҳангӣ – таҳкими устувории "
            "соҳаи эҷодӣ дар ҶДХ Лаос, Ӯзбекистон ва Руанда"
        ),
    },
    "creative-industries-lao-uzbekistan-rwanda": {
        "ru": "tvorcheskie-industrii-laos-uzbekistan-ruanda",
        "tg": "sohahoi-ejodi-laos-uzbekiston-ruanda",
    },
    (
        "A project under the 2005 Convention that strengthened cultural and creative industries in "
        "Lao PDR, Uzbekistan and Rwanda."
    ): {
        "ru": (
            "Проект в рамках Конвенции 2005 года, который укрепил культурные и творческие "
            "индустрии в Лаосской НДР, Узбекистане и Руанде."
        ),
        "tg": (
            "Лоиҳа дар доираи Конвенсияи соли 2005, ки соҳаҳои фарҳангӣ ва эҷодиро дар ҶДХ Лаос, "
            "Ӯзбекистон ва Руанда тақвият бахшид."
        ),
    },
    "Build good governance for culture through knowledge management and networking in Lao PDR.": {
        "ru": (
            "Выстроить эффективное управление в сфере культуры через управление знаниями и "
            "развитие сетей в Лаосской НДР."
        ),
        "tg": (
            "Ба роҳ мондани идоракунии самараноки соҳаи фарҳанг тавассути идоракунии дониш ва "
            "ташкили шабакаҳо дар ҶДХ Лаос."
        ),
    },
    "Develop and promote the film industry in Uzbekistan.": {
        "ru": "Развивать и продвигать киноиндустрию в Узбекистане.",
        "tg": "Рушд додан ва тарғиб кардани саноати кино дар Ӯзбекистон.",
    },
    "Build the capacities of artists and cultural professionals in Rwanda.": {
        "ru": "Развивать потенциал деятелей искусства и специалистов в сфере культуры в Руанде.",
        "tg": "Баланд бардоштани иқтидори аҳли ҳунар ва мутахассисони соҳаи фарҳанг дар Руанда.",
    },
    (
        "Cultural and creative industries are among the fastest growing sectors in the world, and "
        "more and more developing countries include them in their national development strategies."
    ): {
        "ru": (
            "Культурные и творческие индустрии входят в число самых быстрорастущих секторов в "
            "мире, и всё больше развивающихся стран включают их в свои национальные стратегии "
            "развития."
        ),
        "tg": (
            "Соҳаҳои фарҳангӣ ва эҷодӣ аз ҷумлаи бахшҳои босуръат рушдёбандаи ҷаҳон мебошанд ва "
            "шумораи бештари кишварҳои рӯ ба тараққӣ онҳоро ба стратегияҳои миллии рушди худ "
            "ворид мекунанд."
        ),
    },
    "Regional hub for cultural cooperation: the next phase": {
        "ru": "Региональный центр культурного сотрудничества: следующий этап",
        "tg": "Маркази минтақавии ҳамкории фарҳангӣ: марҳилаи навбатӣ",
    },
    "regional-hub-next-phase": {
        "ru": "regionalnyj-centr-sleduyushchij-etap",
        "tg": "markazi-mintaqavi-marhilai-navbati",
    },
    (
        "The next phase of the partnership: residencies and exchanges with artists from across "
        "Central Asia."
    ): {
        "ru": (
            "Следующий этап партнёрства: резиденции и обмены с деятелями искусства со всей "
            "Центральной Азии."
        ),
        "tg": (
            "Марҳилаи навбатии шарикӣ: резидентсияҳои эҷодӣ ва мубодилаҳо бо аҳли ҳунар аз "
            "саросари Осиёи Марказӣ."
        ),
    },
    "Host artists from neighbouring countries and send Tajik artists abroad.": {
        "ru": (
            "Принимать деятелей искусства из соседних стран и направлять таджикских авторов за "
            "рубеж."
        ),
        "tg": (
            "Қабул кардани аҳли ҳунар аз кишварҳои ҳамсоя ва ба хориҷа фиристодани ҳунармандони "
            "тоҷик."
        ),
    },
    "The centre prepares a programme of residencies, joint concerts and workshops.": {
        "ru": "Центр готовит программу резиденций, совместных концертов и мастер-классов.",
        "tg": (
            "Марказ барномаи резидентсияҳои эҷодӣ, консертҳои муштарак ва семинарҳои амалиро "
            "омода мекунад."
        ),
    },
    "News": {"ru": "Новости", "tg": "Хабарҳо"},
    # News tags
    "award": {"ru": "премия", "tg": "ҷоиза"},
    "digital arts": {"ru": "цифровые искусства", "tg": "санъати рақамӣ"},
    "education": {"ru": "образование", "tg": "маориф"},
    "festival": {"ru": "фестиваль", "tg": "фестивал"},
    "jazz": {"ru": "джаз", "tg": "ҷаз"},
    "open call": {"ru": "открытый конкурс", "tg": "озмуни кушода"},
    "news": {"ru": "novosti", "tg": "khabarho"},
    "Announcements, press releases and stories from the centre.": {
        "ru": "Анонсы, пресс-релизы и истории из жизни центра.",
        "tg": "Эълонҳо, иттилоияҳои матбуотӣ ва ҳикояҳо аз ҳаёти марказ.",
    },
    "Preparing the Dushanbe Ethno Jazz Festival 2021": {
        "ru": "Подготовка к Душанбинскому фестивалю этно-джаза 2021",
        "tg": "Омодагӣ ба Фестивали этно-ҷази Душанбе 2021",
    },
    "preparing-dushanbe-ethno-jazz-festival-2021": {
        "ru": "podgotovka-k-festivalyu-etno-dzhaza-2021",
        "tg": "omodagi-ba-festivali-etno-jazi-dushanbe-2021",
    },
    (
        "The team has started planning the 2021 edition of the festival: musicians, stages and a "
        "programme for young audiences."
    ): {
        "ru": (
            "Команда начала готовить фестиваль 2021 года: музыканты, площадки и программа для "
            "молодой аудитории."
        ),
        "tg": (
            "Гурӯҳ ба банақшагирии фестивали соли 2021 шурӯъ кард: навозандагон, саҳнаҳо ва "
            "барнома барои тамошобинони ҷавон."
        ),
    },
    (
        "Planning the Dushanbe Ethno Jazz Festival 2021 is part of this year's partnership "
        "project. The team is inviting musicians from Tajikistan and the region and looking for "
        "stages across the city."
    ): {
        "ru": (
            "Подготовка Душанбинского фестиваля этно-джаза 2021 — часть партнёрского проекта "
            "этого года. Команда приглашает музыкантов из Таджикистана и региона и ищет площадки "
            "по всему городу."
        ),
        "tg": (
            "Банақшагирии Фестивали этно-ҷази Душанбе 2021 қисми лоиҳаи шарикии имсола аст. "
            "Гурӯҳ навозандагонро аз Тоҷикистон ва минтақа даъват мекунад ва дар саросари шаҳр "
            "саҳнаҳо меҷӯяд."
        ),
    },
    "Dates, venues and the line-up in this demo story are illustrative.": {
        "ru": (
            "Даты, площадки и состав участников в этой демонстрационной истории приведены для "
            "примера."
        ),
        "tg": (
            "Санаҳо, маконҳо ва ҳайати иштирокчиён дар ин ҳикояи намоишӣ барои мисол оварда "
            "шудаанд."
        ),
    },
    "Bob's Music Award opens applications": {
        "ru": "Музыкальная премия Боба открывает приём заявок",
        "tg": "Ҷоизаи мусиқии Боб қабули дархостҳоро оғоз мекунад",
    },
    "bobs-music-award-opens-applications": {
        "ru": "muzykalnaya-premiya-boba-priyom-zayavok",
        "tg": "joizai-musiqii-bob-qabuli-darkhostho",
    },
    "Young musicians from all regions of Tajikistan can apply with their recordings.": {
        "ru": (
            "Молодые музыканты из всех регионов Таджикистана могут подать заявку со своими "
            "записями."
        ),
        "tg": (
            "Навозандагони ҷавон аз ҳамаи минтақаҳои Тоҷикистон метавонанд бо сабтҳои худ "
            "дархост пешниҳод кунанд."
        ),
    },
    (
        "Send a short biography and two recordings of your own music. The jury will choose the "
        "finalists, who will perform in a concert in Dushanbe."
    ): {
        "ru": (
            "Пришлите краткую биографию и две записи собственной музыки. Жюри выберет "
            "финалистов, которые выступят на концерте в Душанбе."
        ),
        "tg": (
            "Тарҷумаи ҳоли мухтасар ва ду сабти мусиқии худро фиристед. Ҳакамон финалистонро "
            "интихоб мекунанд, ки онҳо дар консерте дар Душанбе баромад хоҳанд кард."
        ),
    },
    "Jazz Academy students give their end-of-year concert": {
        "ru": "Студенты Джазовой академии выступили с итоговым концертом года",
        "tg": "Донишҷӯёни Академияи ҷаз бо консерти хотимавии сол баромад карданд",
    },
    "jazz-academy-end-of-year-concert": {
        "ru": "itogovyy-kontsert-dzhazovoy-akademii",
        "tg": "konserti-khotimavii-akademiyai-jaz",
    },
    "After a year of lessons, the academy's ensembles played to a full hall.": {
        "ru": "После года занятий ансамбли академии выступили перед полным залом.",
        "tg": (
            "Пас аз як соли машғулиятҳо ансамблҳои академия дар толори пур аз тамошобин баромад "
            "карданд."
        ),
    },
    (
        "Students from Dushanbe, Khujand and Khorog played standards and their own arrangements of "
        "Tajik songs."
    ): {
        "ru": (
            "Студенты из Душанбе, Худжанда и Хорога исполнили джазовые стандарты и собственные "
            "аранжировки таджикских песен."
        ),
        "tg": (
            "Донишҷӯён аз Душанбе, Хуҷанд ва Хоруғ стандартҳои ҷаз ва аранжировкаҳои худро аз "
            "сурудҳои тоҷикӣ иҷро карданд."
        ),
    },
    "New intake for the Digital Arts Academy": {
        "ru": "Новый набор в Академию цифровых искусств",
        "tg": "Қабули нав ба Академияи санъати рақамӣ",
    },
    "digital-arts-academy-new-intake": {
        "ru": "novyy-nabor-v-akademiyu-tsifrovykh-iskusstv",
        "tg": "qabuli-nav-ba-akademiyai-sanati-raqami",
    },
    "Twenty young designers and animators start their course this autumn.": {
        "ru": "Этой осенью двадцать молодых дизайнеров и аниматоров начинают обучение.",
        "tg": "Тирамоҳи имсол бист дизайнер ва аниматори ҷавон ба таҳсил оғоз мекунанд.",
    },
    (
        "The new students will learn graphic design, animation and video with mentors from the "
        "creative industries."
    ): {
        "ru": (
            "Новые студенты будут изучать графический дизайн, анимацию и видео вместе с "
            "наставниками из творческих индустрий."
        ),
        "tg": (
            "Донишҷӯёни нав дизайни графикӣ, аниматсия ва видеоро бо ёрии мураббиён аз соҳаҳои "
            "эҷодӣ меомӯзанд."
        ),
    },
    "About the centre": {"ru": "О центре", "tg": "Дар бораи марказ"},
    "about": {"ru": "o-tsentre", "tg": "dar-borai-markaz"},
    "Who we are and what we want to achieve.": {
        "ru": "Кто мы и чего хотим добиться.",
        "tg": "Мо кистем ва ба чӣ ноил шудан мехоҳем.",
    },
    (
        "The Bactria Culture Centre builds capacities for and encourages artistic creation and "
        "appreciation in Tajikistan and Central Asia."
    ): {
        "ru": (
            "Культурный центр «Бактрия» развивает и поощряет художественное творчество и интерес "
            "к искусству в Таджикистане и Центральной Азии."
        ),
        "tg": (
            "Маркази фарҳангии «Бактрия» эҷодиёти бадеӣ ва шавқу завқ ба санъатро дар Тоҷикистон "
            "ва Осиёи Марказӣ рушд медиҳад ва ҳавасманд мегардонад."
        ),
    },
    (
        "We are a hub for regional cultural cooperation and a platform for creative "
        "experimentation, capacity building, expression and innovation, open to artists, "
        "musicians, designers and other creators, including those from remote areas."
    ): {
        "ru": (
            "Мы — центр регионального культурного сотрудничества и площадка для творческих "
            "экспериментов, развития потенциала, самовыражения и инноваций, открытая для "
            "художников, музыкантов, дизайнеров и других авторов, в том числе из отдалённых "
            "районов."
        ),
        "tg": (
            "Мо маркази ҳамкории фарҳангии минтақавӣ ва майдоне барои озмоишҳои эҷодӣ, рушди "
            "иқтидор, ифодаи худ ва навоварӣ ҳастем, ки барои рассомон, навозандагон, дизайнерҳо "
            "ва дигар эҷодкорон, аз ҷумла аз минтақаҳои дурдаст, боз аст."
        ),
    },
    "Contact": {"ru": "Контакты", "tg": "Тамос"},
    "contact": {"ru": "kontakty", "tg": "tamos"},
    "How to reach the centre.": {
        "ru": "Как связаться с центром.",
        "tg": "Чӣ тавр бо марказ тамос гирифтан.",
    },
    (
        "The Bactria Culture Centre is in Dushanbe, Tajikistan. The address and opening hours on "
        "this demo page are to be completed by the centre's staff."
    ): {
        "ru": (
            "Культурный центр «Бактрия» находится в Душанбе, Таджикистан. Адрес и часы работы на "
            "этой демонстрационной странице должны указать сотрудники центра."
        ),
        "tg": (
            "Маркази фарҳангии «Бактрия» дар Душанбе, Тоҷикистон ҷойгир аст. Суроға ва соатҳои "
            "кории ин саҳифаи намоиширо кормандони марказ пур мекунанд."
        ),
    },
    "Privacy": {"ru": "Конфиденциальность", "tg": "Махфият"},
    "privacy": {"ru": "konfidentsialnost", "tg": "makhfiyat"},
    "How the centre treats your personal data.": {
        "ru": "Как центр обращается с вашими персональными данными.",
        "tg": "Марказ бо маълумоти шахсии шумо чӣ гуна муносибат мекунад.",
    },
    (
        "We keep the personal data you send us, such as an application to an open call, only for "
        "as long as we need it, and we never share it for advertising."
    ): {
        "ru": (
            "Мы храним персональные данные, которые вы нам присылаете, например заявку на "
            "открытый конкурс, только столько, сколько это необходимо, и никогда не передаём их "
            "в рекламных целях."
        ),
        "tg": (
            "Мо маълумоти шахсиеро, ки шумо ба мо мефиристед, масалан дархост барои озмуни "
            "кушод, танҳо то он даме нигоҳ медорем, ки ба он ниёз дорем, ва ҳеҷ гоҳ онро бо "
            "мақсадҳои таблиғотӣ ба дигарон намедиҳем."
        ),
    },
}
