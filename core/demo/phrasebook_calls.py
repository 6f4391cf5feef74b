"""Russian and Tajik for the demo open calls, keyed by the English segment."""

PHRASES = {
    # Bob's Music Award
    "apply": {"ru": "podat-zayavku", "tg": "ariza-dodan"},
    "Bob's Music Award: call for young musicians": {
        "ru": "Музыкальная премия Боба: приём заявок от молодых музыкантов",
        "tg": "Ҷоизаи мусиқии Боб: қабули аризаҳои мусиқинавозони ҷавон",
    },
    "Young musicians of Tajikistan apply for this year's award.": {
        "ru": "Молодые музыканты Таджикистана подают заявки на премию этого года.",
        "tg": "Мусиқинавозони ҷавони Тоҷикистон барои ҷоизаи имсола ариза медиҳанд.",
    },
    "Send us your music: the jury listens to every recording.": {
        "ru": "Пришлите нам свою музыку: жюри слушает каждую запись.",
        "tg": "Мусиқии худро ба мо фиристед: ҳакамон ҳар як сабтро гӯш мекунанд.",
    },
    "Musicians and bands from Tajikistan, aged 16 to 30.": {
        "ru": "Музыканты и группы из Таджикистана в возрасте от 16 до 30 лет.",
        "tg": "Мусиқинавозон ва гурӯҳҳо аз Тоҷикистон, синни 16 то 30-сола.",
    },
    "A short CV, up to three photos and up to three recordings.": {
        "ru": "Краткое резюме, до трёх фотографий и до трёх записей.",
        "tg": "Тарҷумаи ҳоли кӯтоҳ, то се акс ва то се сабт.",
    },
    "The jury meets after the call closes; we write to every applicant.": {
        "ru": "Жюри соберётся после окончания приёма заявок; мы напишем каждому участнику.",
        "tg": "Ҳакамон пас аз анҷоми қабули аризаҳо ҷамъ меоянд; мо ба ҳар як довталаб менависем.",
    },
    "Artist or band name": {
        "ru": "Имя артиста или название группы",
        "tg": "Номи ҳунарманд ё гурӯҳ",
    },
    "Country of residence": {"ru": "Страна проживания", "tg": "Кишвари истиқомат"},
    "Tell us about your music": {
        "ru": "Расскажите о своей музыке",
        "tg": "Дар бораи мусиқии худ нақл кунед",
    },
    "Genre": {"ru": "Жанр", "tg": "Жанр"},
    "Jazz": {"ru": "Джаз", "tg": "Ҷаз"},
    "Ethno jazz": {"ru": "Этно-джаз", "tg": "Этно-ҷаз"},
    "Folk": {"ru": "Фолк", "tg": "Мусиқии мардумӣ"},
    "Other": {"ru": "Другое", "tg": "Дигар"},
    "Link to your music online": {
        "ru": "Ссылка на вашу музыку в интернете",
        "tg": "Пайванд ба мусиқии шумо дар интернет",
    },
    "Phone number": {"ru": "Номер телефона", "tg": "Рақами телефон"},
    "CV": {"ru": "Резюме", "tg": "Тарҷумаи ҳол"},
    "Photos": {"ru": "Фотографии", "tg": "Аксҳо"},
    "Recordings": {"ru": "Записи", "tg": "Сабтҳо"},
    "Up to three songs you wrote or arranged.": {
        "ru": "До трёх песен, которые вы написали или аранжировали.",
        "tg": "То се суруде, ки худатон навиштаед ё оҳанг кардаед.",
    },
    "I agree that the Bactria Culture Centre keeps my application and files to review "
    "them, as its privacy page explains.": {
        "ru": "Я согласен(на), что Культурный центр «Бактрия» хранит мою заявку и файлы для "
        "их рассмотрения, как описано на странице о конфиденциальности.",
        "tg": "Ман розӣ ҳастам, ки Маркази фарҳангии «Бактрия» аризаву файлҳои маро барои "
        "баррасӣ нигоҳ медорад, чунон ки дар саҳифаи махфият гуфта шудааст.",
    },
    "Originality": {"ru": "Оригинальность", "tg": "Навоварӣ"},
    "Musicianship": {"ru": "Музыкальное мастерство", "tg": "Маҳорати мусиқӣ"},
    "Stage presence": {"ru": "Сценическое присутствие", "tg": "Ҳузур дар саҳна"},
    # Jazz Academy intake
    "intake": {"ru": "priyom", "tg": "qabul"},
    "Jazz Academy: intake for the next academic year": {
        "ru": "Джазовая академия: приём на следующий учебный год",
        "tg": "Академияи ҷаз: қабул ба соли таҳсили оянда",
    },
    "Students of every instrument apply for a place in the academy.": {
        "ru": "Учащиеся, играющие на любом инструменте, подают заявки на место в академии.",
        "tg": "Хонандагони ҳама гуна асбобҳо барои ҷой дар академия ариза медиҳанд.",
    },
    "The academy takes new students once a year.": {
        "ru": "Академия принимает новых учащихся раз в год.",
        "tg": "Академия соле як маротиба хонандагони нав қабул мекунад.",
    },
    "Anyone aged 14 or over who plays an instrument or sings.": {
        "ru": "Все от 14 лет, кто играет на инструменте или поёт.",
        "tg": "Ҳар касе аз 14-сола боло, ки асбоб менавозад ё суруд мехонад.",
    },
    "A recording of your playing, of any kind.": {
        "ru": "Запись вашего исполнения в любом виде.",
        "tg": "Сабти навохтани шумо дар ҳар шакл.",
    },
    "We invite shortlisted applicants to play for the teachers.": {
        "ru": "Прошедших отбор мы приглашаем сыграть для преподавателей.",
        "tg": "Довталабони интихобшударо барои навохтан назди омӯзгорон даъват мекунем.",
    },
    "Instrument or voice": {"ru": "Инструмент или голос", "tg": "Асбоб ё овоз"},
    "Date of birth": {"ru": "Дата рождения", "tg": "Санаи таваллуд"},
    "Why do you want to join the academy?": {
        "ru": "Почему вы хотите учиться в академии?",
        "tg": "Чаро шумо мехоҳед дар академия таҳсил кунед?",
    },
    "Recording of your playing": {"ru": "Запись вашего исполнения", "tg": "Сабти навохтани шумо"},
    "Technique": {"ru": "Техника", "tg": "Техника"},
    "Motivation": {"ru": "Мотивация", "tg": "Ҳавасмандӣ"},
    # Festival line-up
    "line-up": {"ru": "uchastniki", "tg": "ishtirokchiyon"},
    "Dushanbe Ethno Jazz Festival: call for bands": {
        "ru": "Душанбинский фестиваль этно-джаза: приём заявок от групп",
        "tg": "Фестивали этно-ҷази Душанбе: қабули аризаҳои гурӯҳҳо",
    },
    "Bands apply to play at the next festival.": {
        "ru": "Группы подают заявки на выступление на следующем фестивале.",
        "tg": "Гурӯҳҳо барои баромад дар фестивали оянда ариза медиҳанд.",
    },
    "The festival looks for bands that bring together tradition and jazz.": {
        "ru": "Фестиваль ищет группы, соединяющие традицию и джаз.",
        "tg": "Фестивал гурӯҳҳоеро меҷӯяд, ки анъана ва ҷазро муттаҳид мекунанд.",
    },
    "Bands from Central Asia and beyond.": {
        "ru": "Группы из Центральной Азии и других стран.",
        "tg": "Гурӯҳҳо аз Осиёи Марказӣ ва дигар кишварҳо.",
    },
    "A press kit as a PDF.": {"ru": "Пресс-кит в формате PDF.", "tg": "Пресс-кит дар шакли PDF."},
    "The programme committee answers every band.": {
        "ru": "Программный комитет ответит каждой группе.",
        "tg": "Кумитаи барнома ба ҳар як гурӯҳ ҷавоб медиҳад.",
    },
    "Band name": {"ru": "Название группы", "tg": "Номи гурӯҳ"},
    "About the band": {"ru": "О группе", "tg": "Дар бораи гурӯҳ"},
    "Press kit": {"ru": "Пресс-кит", "tg": "Пресс-кит"},
    # Decision emails
    "Your application {reference} is on the shortlist": {
        "ru": "Ваша заявка {reference} в шорт-листе",
        "tg": "Аризаи шумо {reference} ба рӯйхати кӯтоҳ дохил шуд",
    },
    "Your application {reference} is accepted": {
        "ru": "Ваша заявка {reference} принята",
        "tg": "Аризаи шумо {reference} қабул шуд",
    },
    "Your application {reference} is on the waiting list": {
        "ru": "Ваша заявка {reference} в листе ожидания",
        "tg": "Аризаи шумо {reference} дар рӯйхати интизорӣ аст",
    },
    "Your application {reference}": {
        "ru": "Ваша заявка {reference}",
        "tg": "Аризаи шумо {reference}",
    },
}

# Decision email texts: wagtail-localize gives a plain text field with its line breaks
# as one segment, "<br/>" for each break.
DEAR = {"en": "Dear {name},", "ru": "Здравствуйте, {name}!", "tg": "{name}-и азиз,"}
LINK = {
    "en": "Your application: {status_link}",
    "ru": "Ваша заявка: {status_link}",
    "tg": "Аризаи шумо: {status_link}",
}
DECISION_TEXTS = [
    {
        "en": "your application to {call} is on the shortlist. We will write to you about "
        "the next step soon.",
        "ru": "ваша заявка на конкурс «{call}» вошла в шорт-лист. Скоро мы напишем вам о "
        "следующем шаге.",
        "tg": "аризаи шумо ба «{call}» ба рӯйхати кӯтоҳ дохил шуд. Ба зудӣ дар бораи қадами "
        "навбатӣ ба шумо менависем.",
    },
    {
        "en": "congratulations: your application to {call} is accepted. We will write to "
        "you with the details.",
        "ru": "поздравляем: ваша заявка на конкурс «{call}» принята. Мы напишем вам подробности.",
        "tg": "табрик: аризаи шумо ба «{call}» қабул шуд. Тафсилотро ба шумо менависем.",
    },
    {
        "en": "your application to {call} is on the waiting list. We will write to you if "
        "a place becomes free.",
        "ru": "ваша заявка на конкурс «{call}» в листе ожидания. Мы напишем вам, если "
        "освободится место.",
        "tg": "аризаи шумо ба «{call}» дар рӯйхати интизорӣ аст. Агар ҷой холӣ шавад, ба "
        "шумо менависем.",
    },
    {
        "en": "thank you for applying to {call}. This time we cannot offer you a place. We "
        "hope to hear from you again.",
        "ru": "спасибо за заявку на конкурс «{call}». В этот раз мы не можем предложить вам "
        "место. Надеемся получить от вас новую заявку.",
        "tg": "ташаккур барои аризаи шумо ба «{call}». Ин дафъа ба шумо ҷой пешниҳод карда "
        "наметавонем. Умедворем, ки боз аз шумо хабар мегирем.",
    },
]


def decision_body(language, text):
    return f"{DEAR[language]}\n\n{text[language]}\n\n{LINK[language]}"


for _text in DECISION_TEXTS:
    PHRASES[decision_body("en", _text).replace("\n", "<br/>")] = {
        language: decision_body(language, _text).replace("\n", "<br/>") for language in ("ru", "tg")
    }
