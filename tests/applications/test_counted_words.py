"""A counted word agrees with its number: Russian's three forms (1, 2 to 4, 5 and more,
21 again like 1), Tajik's singular after any number."""

import io

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

import pytest
from PIL import Image

from applications.forms import FilesField, WordLimitValidator, question_field
from applications.uploads import check_image

RUSSIAN_WORDS = {1: "слово", 2: "слова", 5: "слов", 21: "слово"}


def refusal(check, *args):
    with pytest.raises(ValidationError) as refused:
        check(*args)
    return refused.value.messages[0]


@pytest.mark.parametrize(("limit", "word"), RUSSIAN_WORDS.items())
def test_a_word_limit_in_russian(limit, word):
    with translation.override("ru"):
        field = question_field("long_text", {"label": "О группе", "word_limit": limit})
        error = refusal(WordLimitValidator(limit), "да " * (limit + 1))

    assert field.help_text == f"Максимум {limit} {word}."
    assert error == f"Уложитесь, пожалуйста, в {limit} {word}; сейчас их {limit + 1}."


@pytest.mark.parametrize(("number", "files"), [(1, "файл"), (2, "файла"), (5, "файлов")])
def test_too_many_files_in_russian(number, files):
    field = FilesField(kinds=["pdf"], max_size_mb=1, max_files=number)
    uploads = [SimpleUploadedFile(f"{index}.pdf", b"%PDF") for index in range(number + 1)]

    with translation.override("ru"):
        error = refusal(field.clean, uploads)

    assert error == f"Здесь можно приложить максимум {number} {files}."


def png(width, height):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, "PNG")
    buffer.seek(0)
    return buffer


@pytest.mark.parametrize(("height", "pixels"), [(1, "пиксель"), (2, "пикселя"), (5, "пикселей")])
def test_a_picture_too_large_in_russian(settings, height, pixels):
    settings.APPLICATION_MAX_IMAGE_PIXELS = 10

    with translation.override("ru"):
        error = refusal(check_image, png(30, height), "фото.png")

    assert error == f"Изображение «фото.png» слишком большое (30 × {height} {pixels})."


@pytest.mark.parametrize("limit", [1, 5])
def test_tajik_keeps_the_noun_singular_after_a_number(limit):
    with translation.override("tg"):
        field = question_field("long_text", {"label": "Дар бораи гурӯҳ", "word_limit": limit})

    assert field.help_text == f"На зиёда аз {limit} калима."
