"""The questions an event asks when people book (staff choose them, as an open call's):
shown on the form in the visitor's language, required ones enforced without losing what
was typed, the answers kept with the booking, shown to planners on the date's page and
in its spreadsheet, and deleted with the booking."""

import copy
from io import BytesIO

from django.urls import reverse

import pytest
from openpyxl import load_workbook

from applications.forms import field_name
from bookings.models import Booking
from bookings.privacy import erase_bookings
from bookings.staff import date_key
from tests.bookings.conftest import book, book_url, form_data, page_in, publish
from tests.helpers import soup

pytestmark = pytest.mark.django_db

INSTRUMENTS = ["Piano", "Saxophone", "Drums"]
TAJIK = "Кадом асбобро менавозед?"
TAJIK_INSTRUMENTS = ["Фортепиано", "Саксофон", "Зарбӣ"]


def questions():
    return [
        {
            "type": "choice",
            "value": {
                "label": "Which instrument do you play?",
                "help_text": "",
                "required": True,
                "choices": INSTRUMENTS,
                "multiple": False,
            },
        },
        {
            "type": "long_text",
            "value": {"label": "Anything we should know?", "help_text": "", "required": False},
        },
        {"type": "consent", "value": {"label": "I may be photographed.", "help_text": ""}},
    ]


@pytest.fixture
def asking_class(weekly_class):
    """The weekly lesson asking an instrument (required), a note (optional) and consent;
    its translations ask the same questions (same block ids), the first one translated
    (in Tajik its choices too)."""
    weekly_class.booking_questions = questions()
    publish(weekly_class)
    for language, instrument, choices in (
        ("ru", "На каком инструменте вы играете?", INSTRUMENTS),
        ("tg", TAJIK, TAJIK_INSTRUMENTS),
    ):
        page = page_in(weekly_class, language)
        translated = copy.deepcopy(list(weekly_class.booking_questions.raw_data))
        translated[0]["value"]["label"] = instrument
        translated[0]["value"]["choices"] = choices
        page.booking_questions = translated
        publish(page)
    return weekly_class


def question_names(event):
    return [field_name(block.id) for block in event.booking_questions]


def answered(event, **overrides):
    instrument, note, consent = question_names(event)
    return {instrument: "Saxophone", note: "I read music a little.", consent: "on", **overrides}


def test_the_form_asks_the_events_questions_in_the_visitors_language(client, asking_class):
    english = soup(client.get(book_url()))
    tajik = soup(client.get(book_url("tg")))

    instrument = question_names(asking_class)[0]
    legend = english.find("input", attrs={"name": instrument}).find_parent("fieldset").legend
    assert legend.get_text(" ", strip=True) == "Which instrument do you play? *"
    options = english.find_all("input", attrs={"name": instrument})
    assert [option["value"] for option in options] == INSTRUMENTS
    assert english.find(string="Anything we should know?")
    assert TAJIK in tajik.get_text()
    # Files are never asked of people booking: the block is not offered to staff.
    stream = asking_class.booking_questions.stream_block
    assert "file" not in stream.child_blocks


def test_a_required_question_left_unanswered_refuses_the_form_and_keeps_what_was_typed(
    client, asking_class
):
    instrument, note, consent = question_names(asking_class)
    data = form_data(client, **answered(asking_class))
    del data[instrument]

    response = client.post(book_url(), data)

    assert response.status_code == 400
    assert Booking.objects.count() == 0
    page = soup(response)
    group = page.find("input", attrs={"name": instrument}).find_parent(class_="field")
    assert "This field is required." in group.get_text()
    assert (
        page.find("textarea", attrs={"name": note}).get_text().strip() == "I read music a little."
    )
    assert page.find("input", attrs={"name": "name"})["value"] == "Farrukh Karimov"
    assert page.find("input", attrs={"name": consent}).has_attr("checked")


def test_a_refusal_is_in_the_visitors_language(client, asking_class):
    data = form_data(client, "ru", **answered(asking_class))
    del data[question_names(asking_class)[2]]  # the consent box, not ticked

    response = client.post(book_url("ru"), data)

    assert response.status_code == 400
    assert "Требуется заполнить это поле." in soup(response).get_text()


def test_the_answers_are_stored_with_the_question_as_the_person_read_it(client, asking_class):
    instrument = question_names(asking_class)[0]
    response = book(client, "tg", **answered(asking_class, **{instrument: "Саксофон"}))

    assert response.status_code == 302
    answers = Booking.objects.get().answers
    assert [(answer["label"], answer["value"]) for answer in answers] == [
        (TAJIK, "Саксофон"),
        ("Anything we should know?", "I read music a little."),
        ("I may be photographed.", True),
    ]


def date_args(event):
    return [event.registration.pk, date_key(event.start)]


def test_a_planner_reads_the_answers_on_the_dates_page_in_the_admins_language(
    client, planner, asking_class
):
    instrument = question_names(asking_class)[0]
    book(client, "tg", **answered(asking_class, **{instrument: "Саксофон"}))
    client.force_login(planner)

    page = soup(client.get(reverse("bookings_admin:date", args=date_args(asking_class))))

    answers = page.select_one("#people-booked .booking-people__answers")
    pairs = list(
        zip(
            [term.get_text() for term in answers.find_all("dt")],
            [detail.get_text() for detail in answers.find_all("dd")],
            strict=True,
        )
    )
    # Asked and answered in Tajik; the planner's admin is in English: both in English.
    assert pairs == [
        ("Which instrument do you play?", "Saxophone"),
        ("Anything we should know?", "I read music a little."),
        ("I may be photographed.", "yes"),
    ]


def test_the_dates_spreadsheet_has_a_column_per_question(client, planner, asking_class):
    book(client, **answered(asking_class))
    client.force_login(planner)

    response = client.get(reverse("bookings_admin:export_date", args=date_args(asking_class)))

    people = load_workbook(BytesIO(response.content))["People"]
    rows = [[cell.value for cell in row] for row in people.iter_rows()]
    assert rows[0][4:] == [
        "Which instrument do you play?",
        "Anything we should know?",
        "I may be photographed.",
    ]
    assert rows[1][0] == "Farrukh Karimov"
    assert rows[1][4:] == ["Saxophone", "I read music a little.", "yes"]


def test_erasing_a_person_deletes_their_answers_with_the_booking(client, asking_class):
    book(client, **answered(asking_class, **{question_names(asking_class)[1]: "Allergic to dust"}))

    erase_bookings("farrukh@example.org")

    assert not Booking.objects.filter(answers__icontains="Allergic").exists()
    assert Booking.objects.count() == 0


def test_a_bookings_own_page_in_the_admin_shows_its_answers_as_text(client, planner, asking_class):
    instrument = question_names(asking_class)[0]
    book(client, "tg", **answered(asking_class, **{instrument: "Саксофон"}))
    client.force_login(planner)

    page = soup(client.get(reverse("bookings_admin:inspect", args=[Booking.objects.get().pk])))

    text = page.get_text(" ", strip=True)
    assert "Which instrument do you play? : Saxophone" in text
    assert "I may be photographed. : yes" in text
    assert "'label'" not in text  # not the stored data as it is
