"""The person who booked reads their answers back: on their private page and in the
confirmation, waiting-list and offer emails, worded as they read the questions, a choice by its
label, a date and a consent in their language. Staff are told where the questions are set."""

import copy

from django.urls import reverse

import pytest

from applications.forms import field_name
from bookings.models import Booking, Registration
from tests.bookings.conftest import book, page_in, publish, run_mail_worker, sent_to
from tests.helpers import soup

pytestmark = pytest.mark.django_db

QUESTIONS = [
    ("choice", "Which instrument do you play?", ["Piano", "Saxophone", "Drums"], False),
    ("choice", "Which days suit you?", ["Monday", "Wednesday", "Friday"], True),
    ("date", "Your date of birth", None, False),
    ("consent", "I may be photographed.", None, False),
    ("long_text", "Anything we should know?", None, False),
]
RUSSIAN = [
    ("На каком инструменте вы играете?", ["Фортепиано", "Саксофон", "Ударные"]),
    ("Какие дни вам подходят?", ["Понедельник", "Среда", "Пятница"]),
    ("Дата рождения", None),
    ("Меня можно фотографировать.", None),
    ("Что нам стоит знать?", None),
]


def question_blocks():
    blocks = []
    for kind, label, choices, multiple in QUESTIONS:
        value = {"label": label, "help_text": ""}
        if kind != "consent":
            value["required"] = kind != "long_text"
        if choices:
            value.update(choices=choices, multiple=multiple)
        blocks.append({"type": kind, "value": value})
    return blocks


@pytest.fixture
def asking_class(weekly_class):
    """The weekly lesson asking two choices, a date, a consent and an optional note; in
    Russian every question and choice is translated (same block ids)."""
    weekly_class.booking_questions = question_blocks()
    publish(weekly_class)
    russian = page_in(weekly_class, "ru")
    blocks = copy.deepcopy(list(weekly_class.booking_questions.raw_data))
    for block, (label, choices) in zip(blocks, RUSSIAN, strict=True):
        block["value"]["label"] = label
        if choices:
            block["value"]["choices"] = choices
    russian.booking_questions = blocks
    publish(russian)
    return weekly_class


def answered_in_russian(event):
    instrument, days, birth, consent, _note = [
        field_name(block.id) for block in event.booking_questions
    ]
    return {
        instrument: "Саксофон",
        days: ["Понедельник", "Пятница"],
        birth: "2001-03-08",
        consent: "on",
    }


RUSSIAN_ANSWERS = [
    ("На каком инструменте вы играете?", "Саксофон"),
    ("Какие дни вам подходят?", "Понедельник, Пятница"),
    ("Дата рождения", "8 марта 2001 г."),
    ("Меня можно фотографировать.", "Да"),
    ("Что нам стоит знать?", "—"),
]


def answers_on(page):
    answers = page.select_one("dl.answers")
    return [
        (item.dt.get_text(strip=True), item.dd.get_text(strip=True))
        for item in answers.find_all("div")
    ]


def test_the_private_page_shows_the_answers_as_the_person_gave_them(client, asking_class):
    response = book(client, "ru", **answered_in_russian(asking_class))
    assert response.status_code == 302

    page = soup(client.get(response["Location"]))

    assert page.find("h2", string="Ваши ответы")
    assert answers_on(page) == RUSSIAN_ANSWERS
    booking = Booking.objects.get()
    assert page.h1.select_one(".reference").get_text() == booking.reference


def questions_on(page):
    """[(question, its lang attribute or None)] under "Your answers"."""
    return [(dt.get_text(strip=True), dt.get("lang")) for dt in page.select("dl.answers dt")]


def test_read_in_another_language_the_questions_are_in_that_language(client, asking_class):
    """Booked in Russian, the page read in English (the event's language): each question
    and each choice in English, by the question's block id and the choice's place."""
    response = book(client, "ru", **answered_in_russian(asking_class))

    page = soup(client.get(response["Location"].replace("/ru/", "/en/", 1)))

    assert page.html["lang"] == "en"
    assert page.find("h2", string="Your answers")
    assert questions_on(page) == [(label, None) for _kind, label, _choices, _multiple in QUESTIONS]
    answers = dict(answers_on(page))
    assert answers["Which instrument do you play?"] == "Saxophone"
    assert answers["Which days suit you?"] == "Monday, Friday"
    assert answers["I may be photographed."] == "Yes"


def test_where_the_event_lacks_the_questions_in_that_language_they_stay_as_read(
    client, asking_class
):
    """The Tajik translation of the lesson asks nothing: read in Tajik, the questions
    stay in Russian, as the person read them, marked as Russian for screen readers."""
    response = book(client, "ru", **answered_in_russian(asking_class))

    page = soup(client.get(response["Location"].replace("/ru/", "/tg/", 1)))

    assert page.html["lang"] == "tg"
    assert questions_on(page) == [(question, "ru") for question, _answer in RUSSIAN_ANSWERS]
    assert dict(answers_on(page))["Какие дни вам подходят?"] == "Понедельник, Пятница"


def test_the_confirmation_email_lists_the_answers_in_the_bookers_language(
    client, asking_class, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        book(client, "ru", **answered_in_russian(asking_class))
    run_mail_worker()

    (message,) = sent_to("farrukh@example.org")
    # Each question on its line, its answer under it: a question's own punctuation
    # ("…?") is never followed by a colon.
    listed = "\n".join(f"- {question}\n  {answer}" for question, answer in RUSSIAN_ANSWERS)
    assert f"\n\nВаши ответы:\n{listed}\n\n" in message.body


def test_the_waiting_list_email_lists_the_answers_too(
    client, asking_class, django_capture_on_commit_callbacks
):
    Registration.objects.filter(event=asking_class).update(capacity=0)
    with django_capture_on_commit_callbacks(execute=True):
        book(client, "ru", **answered_in_russian(asking_class))
    run_mail_worker()

    assert Booking.objects.get().status == "waiting"
    (message,) = sent_to("farrukh@example.org")
    assert "вы в листе ожидания" in message.body
    assert "Ваши ответы:\n- На каком инструменте вы играете?\n  Саксофон\n" in message.body


def test_the_email_offering_a_freed_place_lists_the_answers_too(
    client, asking_class, django_capture_on_commit_callbacks
):
    """The person confirms the place with what they answered in front of them."""
    Registration.objects.filter(event=asking_class).update(capacity=1)
    answers = answered_in_russian(asking_class)
    with django_capture_on_commit_callbacks(execute=True):
        book(client, "ru", name="Aziz", email="aziz@example.org", **answers)
        book(client, "ru", **answers)
    aziz = Booking.objects.get(name="Aziz")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{aziz.get_private_url()}cancel/")
    run_mail_worker()

    offer = sent_to("farrukh@example.org")[-1]
    assert Booking.objects.get(email="farrukh@example.org").status == "offered"
    assert "освободилось место" in offer.body
    listed = "\n".join(f"- {question}\n  {answer}" for question, answer in RUSSIAN_ANSWERS)
    assert f"\n\nВаши ответы:\n{listed}\n\n" in offer.body


def test_a_booking_without_questions_shows_no_answers(
    client, weekly_class, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = book(client)
    run_mail_worker()

    page = soup(client.get(response["Location"]))
    assert page.find("h2") is None or "Your answers" not in page.get_text()
    assert not page.select("dl.answers")
    assert page.select_one(".booking__status").get_text() == "Booked"
    (message,) = sent_to("farrukh@example.org")
    assert "Your answers" not in message.body
    # The details are followed by the usual paragraph, with one blank line between.
    assert f"Reference: {Booking.objects.get().reference}\n\nThe date is" in message.body


def test_the_registration_form_tells_staff_where_the_questions_are_set(
    client, planner, weekly_class
):
    url = reverse("wagtailsnippets_bookings_registration:edit", args=[weekly_class.registration.pk])

    page = soup(client.get(url))

    assert (
        "The questions asked when booking are set on the event's page, "
        "in its “Questions asked when booking” field."
    ) in page.get_text()
