"""The application form tells the check in the browser (static/js/site.js) the limits the
server keeps, on each input, with the server's own words for each mistake in the page's
language: filled in with the file's name, its size or the number of words, they are what
the server says when the mistake reaches it. The help of a question taking several files
says how many."""

import json

import pytest

from applications.forms import field_name
from tests.applications.conftest import MP3, PDF, application_data, open_call, png, upload
from tests.helpers import soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]

MB = 1024 * 1024
LIMITS = ("max-bytes", "max-files", "extensions")


def name_of(label):
    """The field of the question labelled `label` in English: its block's id, and so its
    field's name, is the same in every language."""
    return field_name(next(b for b in open_call("en").questions if b.value["label"] == label).id)


def input_of(page, label):
    return page.find(attrs={"name": name_of(label)})


def server_errors(client, call, label, value):
    """The errors the server shows under a question sent with `value`."""
    data = application_data(call, client)
    data[name_of(label)] = value
    response = client.post(call.url, data)
    assert response.status_code == 400
    box = soup(response).find(id=f"id_{name_of(label)}_error")
    return [error.get_text() for error in box.select(".error")]


def filled_in(message, **values):
    """A message of the browser's, its placeholders filled in as site.js fills them."""
    for key, value in values.items():
        message = message.replace("{" + key + "}", str(value))
    return message


def size_as_the_browser_writes_it(size, element):
    """A file's size written from the units and separator on the input, as site.js does."""
    units = json.loads(element["data-size-units"])
    unit, pattern = next(each for each in reversed(units) if size >= each[0])
    number = f"{size / unit:.1f}".replace(".", element["data-decimal-separator"])
    return pattern.replace("{n}", number)


def test_each_file_input_carries_its_questions_limits(client):
    page = soup(client.get(open_call("tg").url))

    limits = {
        label: [input_of(page, label)[f"data-{limit}"] for limit in LIMITS]
        for label in ("CV", "Photos", "Recordings")
    }

    assert limits == {
        "CV": [str(5 * MB), "1", ".pdf"],
        "Photos": [str(10 * MB), "3", ".jpeg .jpg .png .webp"],
        "Recordings": [str(20 * MB), "3", ".flac .m4a .mp3 .ogg .wav"],
    }
    cv, photos = input_of(page, "CV"), input_of(page, "Photos")
    assert photos["data-too-many-files-message"] == "Дар ин ҷо на зиёда аз 3 файл замима кунед."
    assert cv["data-too-large-message"] == (
        "Андозаи «{name}» {size} аст; барои ин савол файл бояд на зиёда аз 5,0\xa0МБ бошад."
    )
    assert cv["data-wrong-kind-message"] == (
        "«{name}» навъи иҷозатдодашудаи файл нест. Иҷозат аст: .pdf."
    )


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_a_file_too_large_is_told_in_the_servers_words(client, language):
    call = open_call(language)
    cv = input_of(soup(client.get(call.url)), "CV")
    content = PDF + b"0" * (6 * MB)

    errors = server_errors(client, call, "CV", [upload("cv.pdf", content)])

    size = size_as_the_browser_writes_it(len(content), cv)
    assert errors == [filled_in(cv["data-too-large-message"], name="cv.pdf", size=size)]


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_one_file_too_many_is_told_in_the_servers_words(client, language):
    call = open_call(language)
    photos = input_of(soup(client.get(call.url)), "Photos")

    errors = server_errors(client, call, "Photos", [upload(f"{n}.png", png()) for n in range(4)])

    assert errors == [photos["data-too-many-files-message"]]


def test_each_file_of_a_kind_not_allowed_is_told_in_the_servers_words(client):
    call = open_call("tg")
    recordings = input_of(soup(client.get(call.url)), "Recordings")
    files = [upload("овоз.amr", MP3), upload("song.mp3", MP3), upload("клип.wma", MP3)]

    errors = server_errors(client, call, "Recordings", files)

    message = recordings["data-wrong-kind-message"]
    assert errors == [filled_in(message, name="овоз.amr"), filled_in(message, name="клип.wma")]


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_a_text_over_its_word_limit_is_told_in_the_servers_words(client, language):
    call = open_call(language)
    text = input_of(soup(client.get(call.url)), "Tell us about your music")
    assert text["data-word-limit"] == "300"

    errors = server_errors(client, call, "Tell us about your music", "мусиқӣ\n" * 301)

    assert errors == [filled_in(text["data-too-many-words-message"], words=301)]


@pytest.mark.parametrize(
    ("language", "help_text"),
    [
        ("en", ".jpeg, .jpg, .png, .webp; at most 10.0\xa0MB each. Attach at most 3 files here."),
        (
            "ru",
            ".jpeg, .jpg, .png, .webp; каждый файл не больше 10,0\xa0МБ. "
            "Здесь можно приложить максимум 3 файла.",
        ),
        (
            "tg",
            ".jpeg, .jpg, .png, .webp; ҳар як файл на зиёда аз 10,0\xa0МБ. "
            "Дар ин ҷо на зиёда аз 3 файл замима кунед.",
        ),
    ],
)
def test_the_help_of_a_question_of_several_files_says_how_many(client, language, help_text):
    page = soup(client.get(open_call(language).url))
    photos, cv = input_of(page, "Photos"), input_of(page, "CV")

    assert page.find(id=photos["aria-describedby"]).get_text() == help_text
    # A question of one file does not count them.
    assert page.find(id=cv["aria-describedby"]).get_text().startswith(".pdf; ")
    assert cv["data-too-many-files-message"] not in page.find(id=cv["aria-describedby"]).get_text()
