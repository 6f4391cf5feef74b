"""The application form's limits, checked on the phone before anything is sent: a file too
large, one file too many, a file of a kind the question does not take and a text over its
word limit are found before the files creep up a slow connection, in the server's own
words in the page's language, with everything typed and every file chosen kept. Sent
once they are put right."""

import pytest

from applications.models import Application, OpenCallPage
from tests.applications.conftest import MP3, PDF, png
from tests.e2e.test_answers_checked_browser import (
    TAJIK_FORM,
    error_under,
    posts_sent,
    summary_has_the_focus_in_sight,
)

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

MB = 1024 * 1024


@pytest.fixture
def cv_up_to_one_megabyte(site_url):
    """The Tajik call takes a CV of at most 1 MB (the demo's takes 5), so that a CV too
    large is quick to choose."""
    call = OpenCallPage.objects.get(locale__language_code="tg", reference_prefix="BMA")
    for block in call.questions:
        if block.block_type == "file" and "pdf" in block.value["kinds"]:
            block.value["max_size_mb"] = 1
    call.save()


def files(*names, content=PDF, mime_type="application/pdf"):
    return [{"name": name, "mimeType": mime_type, "buffer": content} for name in names]


def test_files_and_words_over_the_limits_are_refused_before_sending_in_tajik(
    site_url, phone, screenshot, cv_up_to_one_megabyte
):
    phone.goto(f"{site_url}{TAJIK_FORM}")
    sent = posts_sent(phone)
    phone.get_by_label("Номи шумо").fill("Дилноза Юсупова")
    phone.get_by_label("Суроғаи почтаи электронии шумо").fill("dilnoza@example.org")
    phone.get_by_label("Номи ҳунарманд ё гурӯҳ").fill("Дилноза ва гурӯҳ")
    phone.get_by_label("Кишвари истиқомат").select_option("TJ")
    about = phone.get_by_label("Дар бораи мусиқии худ нақл кунед")
    about.fill("мусиқӣ " * 301)
    phone.get_by_label("Этно-ҷаз").check()
    phone.get_by_label("Рақами телефон").fill("+992 93 123 4567")
    cv = phone.get_by_label("Тарҷумаи ҳол")
    cv.set_input_files(files("cv.pdf", content=PDF + b"0" * (3 * MB // 2)))
    photos = phone.get_by_label("Аксҳо")
    photos.set_input_files(
        files("1.png", "2.png", "3.png", "4.png", content=png(), mime_type="image/png")
    )
    recordings = phone.get_by_label("Сабтҳо")
    recordings.set_input_files(
        files("song.mp3", content=MP3, mime_type="audio/mpeg") + files("овоз.amr", content=MP3)
    )
    phone.get_by_label("Ман розӣ ҳастам").check()
    send = phone.get_by_role("button", name="Фиристодани ариза")

    send.click()

    # The server's words, filled in with the file's name and size, the words counted.
    too_many_photos = "Дар ин ҷо на зиёда аз 3 файл замима кунед."
    mistakes = [
        (about, "Лутфан то 300 калима нависед; ҳоло 301 калима аст."),
        (
            cv,
            "Андозаи «cv.pdf» 1,5\xa0МБ аст; барои ин савол файл бояд на зиёда аз 1,0\xa0МБ бошад.",
        ),
        (photos, too_many_photos),
        (
            recordings,
            "«овоз.amr» навъи иҷозатдодашудаи файл нест. "
            "Иҷозат аст: .flac, .m4a, .mp3, .ogg, .wav.",
        ),
    ]
    for field, message in mistakes:
        assert field.get_attribute("aria-invalid") == "true"
        assert error_under(phone, field.get_attribute("id")) == message
    assert sent == []
    assert not Application.objects.filter(email="dilnoza@example.org").exists()
    # The summary lists them in the form's order, each a link to its question.
    assert summary_has_the_focus_in_sight(phone)
    links = phone.locator("#form-errors li a")
    assert [link.get_attribute("href") for link in links.all()] == [
        f"#{field.get_attribute('id')}" for field, _message in mistakes
    ]
    assert links.nth(2).inner_text() == f"Аксҳо — {too_many_photos}"
    # Nothing typed or chosen is lost.
    assert phone.get_by_label("Номи шумо").input_value() == "Дилноза Юсупова"
    assert about.input_value() == "мусиқӣ " * 301
    assert cv.evaluate("input => input.files.length") == 1
    assert photos.evaluate("input => input.files.length") == 4
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "apply-limits-checked-before-sending-tg-360")

    about.fill("Этно-ҷаз аз Помир.")
    cv.set_input_files(files("cv.pdf"))
    photos.set_input_files(files("1.png", "2.png", "3.png", content=png(), mime_type="image/png"))
    recordings.set_input_files(files("song.mp3", content=MP3, mime_type="audio/mpeg"))
    send.click()

    phone.wait_for_url("**/received/")
    assert sent == [f"{site_url}{TAJIK_FORM}"]
    application = Application.objects.get(email="dilnoza@example.org")
    assert application.files.count() == 5
