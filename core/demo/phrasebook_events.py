"""Russian and Tajik for the demo venues, performers and events, keyed by the English segment."""

PHRASES = {
    # Performers
    "Pamir Ethno Quartet": {"ru": "Памирский этно-квартет", "tg": "Квартети этнии Помир"},
    "Ensemble": {"ru": "Ансамбль", "tg": "Ансамбл"},
    "Illustrative demo profile: a quartet from Khorog playing Pamiri songs with jazz.": {
        "ru": "Демонстрационный профиль: квартет из Хорога, соединяющий памирские песни с джазом.",
        "tg": "Профили намунавӣ: квартете аз Хоруғ, ки сурудҳои помириро бо ҷаз менавозад.",
    },
    "Nigora Saidova": {"ru": "Нигора Саидова", "tg": "Нигора Саидова"},
    "Singer": {"ru": "Певица", "tg": "Сароянда"},
    "Illustrative demo profile: a singer of Shashmaqom and jazz standards.": {
        "ru": "Демонстрационный профиль: исполнительница шашмакома и джазовых стандартов.",
        "tg": "Профили намунавӣ: сарояндаи Шашмақом ва стандартҳои ҷаз.",
    },
    # Venues
    "Bactria Culture Centre, main hall": {
        "ru": "Культурный центр «Бактрия», большой зал",
        "tg": "Маркази фарҳангии «Бактрия», толори калон",
    },
    "Rudaki Avenue, Dushanbe (illustrative address)": {
        "ru": "проспект Рудаки, Душанбе (условный адрес)",
        "tg": "хиёбони Рӯдакӣ, Душанбе (суроғаи намунавӣ)",
    },
    "Dushanbe": {"ru": "Душанбе", "tg": "Душанбе"},
    "Step-free entrance from the courtyard; 120 seats.": {
        "ru": "Вход без ступенек со двора; 120 мест.",
        "tg": "Даромади бе зина аз ҳавлӣ; 120 ҷой.",
    },
    "Bactria Culture Centre, classroom": {
        "ru": "Культурный центр «Бактрия», учебный класс",
        "tg": "Маркази фарҳангии «Бактрия», синфхона",
    },
    "First floor, reached by stairs only.": {
        "ru": "Второй этаж, подъём только по лестнице.",
        "tg": "Ошёнаи дуюм, танҳо бо зинапоя.",
    },
    "Festival main stage": {"ru": "Главная сцена фестиваля", "tg": "Саҳнаи асосии фестивал"},
    "Rudaki Park, Dushanbe": {"ru": "Парк Рудаки, Душанбе", "tg": "Боғи Рӯдакӣ, Душанбе"},
    "Open air; step-free access and seats for visitors who need them.": {
        "ru": "Под открытым небом; доступ без ступенек и места для тех, кому нужно сесть.",
        "tg": "Дар ҳавои кушод; даромади бе зина ва ҷойҳои нишаст барои онҳое, ки ниёз доранд.",
    },
    "Festival courtyard stage": {"ru": "Сцена фестиваля во дворе", "tg": "Саҳнаи ҳавлии фестивал"},
    "Courtyard of the Bactria Culture Centre, Dushanbe": {
        "ru": "Двор Культурного центра «Бактрия», Душанбе",
        "tg": "Ҳавлии Маркази фарҳангии «Бактрия», Душанбе",
    },
    "Open air; step-free access.": {
        "ru": "Под открытым небом; доступ без ступенек.",
        "tg": "Дар ҳавои кушод; даромади бе зина.",
    },
    # Events index
    "Events": {"ru": "События", "tg": "Чорабиниҳо"},
    "events": {"ru": "sobytiya", "tg": "chorabiniho"},
    "Concerts, classes, workshops and festivals at the centre and across Dushanbe.": {
        "ru": "Концерты, занятия, мастерские и фестивали в центре и по всему Душанбе.",
        "tg": "Консертҳо, машғулиятҳо, устохонаҳо ва фестивалҳо дар марказ ва саросари Душанбе.",
    },
    # The festival of 2021
    "Dushanbe Ethno Jazz Festival 2021": {
        "ru": "Душанбинский фестиваль этно-джаза 2021",
        "tg": "Фестивали этно-ҷази Душанбе 2021",
    },
    "dushanbe-ethno-jazz-festival-2021": {
        "ru": "dushanbinskiy-festival-etno-dzhaza-2021",
        "tg": "festivali-etno-jazi-dushanbe-2021",
    },
    "Three days of concerts, masterclasses and jam sessions on two stages.": {
        "ru": "Три дня концертов, мастер-классов и джем-сейшнов на двух сценах.",
        "tg": "Се рӯзи консертҳо, дарсҳои маҳорат ва ҷем-сессияҳо дар ду саҳна.",
    },
    (
        "The 2021 edition brought musicians from Tajikistan and the region to two stages in "
        "Dushanbe. The dates, stages and line-up on this demo page are illustrative."
    ): {
        "ru": (
            "Фестиваль 2021 года собрал музыкантов из Таджикистана и региона на двух сценах "
            "Душанбе. Даты, сцены и состав участников на этой демонстрационной странице условны."
        ),
        "tg": (
            "Фестивали соли 2021 навозандагонро аз Тоҷикистон ва минтақа дар ду саҳнаи Душанбе "
            "ҷамъ овард. Санаҳо, саҳнаҳо ва иштирокчиён дар ин саҳифаи намунавӣ тахминӣ мебошанд."
        ),
    },
    "Opening concert": {"ru": "Концерт открытия", "tg": "Консерти ифтитоҳ"},
    "festival-2021-opening-concert": {
        "ru": "festival-2021-koncert-otkrytiya",
        "tg": "festival-2021-konserti-iftitoh",
    },
    "The festival opens with Pamiri songs and jazz.": {
        "ru": "Фестиваль открывается памирскими песнями и джазом.",
        "tg": "Фестивал бо сурудҳои помирӣ ва ҷаз оғоз мешавад.",
    },
    "Masterclass: improvising on maqom": {
        "ru": "Мастер-класс: импровизация на макомы",
        "tg": "Дарси маҳорат: бадеҳанавозӣ дар мақом",
    },
    "festival-2021-masterclass-maqom": {
        "ru": "festival-2021-master-klass-makom",
        "tg": "festival-2021-darsi-mahorat-maqom",
    },
    "How a jazz musician can improvise on the modes of maqom.": {
        "ru": "Как джазовому музыканту импровизировать на ладах макома.",
        "tg": "Навозандаи ҷаз чӣ гуна метавонад дар пардаҳои мақом бадеҳанавозӣ кунад.",
    },
    "Young bands of Tajikistan": {
        "ru": "Молодые группы Таджикистана",
        "tg": "Гурӯҳҳои ҷавони Тоҷикистон",
    },
    "festival-2021-young-bands": {
        "ru": "festival-2021-molodye-gruppy",
        "tg": "festival-2021-guruhhoi-javon",
    },
    "Bands from the Jazz Academy and the regions play their own music.": {
        "ru": "Группы Джазовой академии и из регионов играют собственную музыку.",
        "tg": "Гурӯҳҳои Академияи ҷаз ва минтақаҳо мусиқии худро менавозанд.",
    },
    "Evening concert": {"ru": "Вечерний концерт", "tg": "Консерти шомгоҳӣ"},
    "festival-2021-evening-concert": {
        "ru": "festival-2021-vecherniy-koncert",
        "tg": "festival-2021-konserti-shomgohi",
    },
    "Shashmaqom and jazz standards under the open sky.": {
        "ru": "Шашмаком и джазовые стандарты под открытым небом.",
        "tg": "Шашмақом ва стандартҳои ҷаз дар зери осмони кушод.",
    },
    "Closing jam session": {"ru": "Заключительный джем-сейшн", "tg": "Ҷем-сессияи хотимавӣ"},
    "festival-2021-closing-jam": {
        "ru": "festival-2021-zaklyuchitelnyy-dzhem",
        "tg": "festival-2021-jemi-xotimavi",
    },
    "Every musician of the festival on one stage.": {
        "ru": "Все музыканты фестиваля на одной сцене.",
        "tg": "Ҳамаи навозандагони фестивал дар як саҳна.",
    },
    # Events dated from today
    "Jazz Academy: ensemble class": {
        "ru": "Джазовая академия: занятие ансамбля",
        "tg": "Академияи ҷаз: машғулияти ансамбл",
    },
    "jazz-academy-ensemble-class": {
        "ru": "dzhazovaya-akademiya-zanyatie-ansamblya",
        "tg": "akademiyai-jaz-mashgulyati-ansambl",
    },
    "Every Tuesday the academy's students play together with their teacher.": {
        "ru": "Каждый вторник студенты академии играют вместе со своим преподавателем.",
        "tg": "Ҳар сешанбе донишҷӯёни академия якҷоя бо омӯзгори худ менавозанд.",
    },
    "The teacher is on tour; the class resumes the week after.": {
        "ru": "Преподаватель на гастролях; занятия возобновятся через неделю.",
        "tg": "Омӯзгор дар сафари ҳунарӣ аст; машғулият як ҳафта баъд идома меёбад.",
    },
    "Digital Arts Academy: animation workshop": {
        "ru": "Академия цифровых искусств: мастерская анимации",
        "tg": "Академияи санъати рақамӣ: устохонаи аниматсия",
    },
    "digital-arts-academy-animation-workshop": {
        "ru": "akademiya-cifrovyh-iskusstv-masterskaya-animacii",
        "tg": "akademiyai-sanati-raqami-ustoxonai-animatsiya",
    },
    "Eight Saturday workshops: from a storyboard to a short animated film.": {
        "ru": "Восемь субботних мастерских: от раскадровки до короткого мультфильма.",
        "tg": "Ҳашт устохонаи шанбегӣ: аз сенарияи тасвирӣ то филми кӯтоҳи аниматсионӣ.",
    },
    "Bob's Music Award: final concert": {
        "ru": "Музыкальная премия Боба: финальный концерт",
        "tg": "Ҷоизаи мусиқии Боб: консерти ниҳоӣ",
    },
    "bobs-music-award-final-concert": {
        "ru": "muzykalnaya-premiya-boba-final",
        "tg": "joizai-musiqii-bob-konserti-nihoi",
    },
    "The finalists play for the jury and the public; the winners are announced.": {
        "ru": "Финалисты выступают перед жюри и публикой; объявляются победители.",
        "tg": (
            "Финалистон дар назди ҳакамон ва тамошобинон баромад мекунанд; ғолибон эълон мешаванд."
        ),
    },
    "Exhibition: students' posters": {
        "ru": "Выставка: плакаты студентов",
        "tg": "Намоишгоҳ: плакатҳои донишҷӯён",
    },
    "exhibition-students-posters": {
        "ru": "vystavka-plakaty-studentov",
        "tg": "namoishgoh-plakathoi-donishjuyon",
    },
    "Posters made by the Digital Arts Academy's students this term.": {
        "ru": "Плакаты, созданные студентами Академии цифровых искусств в этом семестре.",
        "tg": "Плакатҳое, ки донишҷӯёни Академияи санъати рақамӣ дар ин нимсола офаридаанд.",
    },
    "Film evening: jazz on screen": {
        "ru": "Киновечер: джаз на экране",
        "tg": "Шоми филм: ҷаз дар экран",
    },
    "film-evening-jazz-on-screen": {
        "ru": "kinovecher-dzhaz-na-ekrane",
        "tg": "shomi-film-jaz-dar-ekran",
    },
    "A documentary about jazz musicians, followed by a conversation.": {
        "ru": "Документальный фильм о джазовых музыкантах и беседа после показа.",
        "tg": "Филми мустанад дар бораи навозандагони ҷаз ва суҳбат пас аз намоиш.",
    },
    "20 somoni": {"ru": "20 сомони", "tg": "20 сомонӣ"},
}
