"""A booking's answers as the person gave them, for their private page and their emails:
each question worded in the language the page is read in where the event has it in that
language, else as the person read it; the answer written in the active language."""

from django.utils.translation import get_language

from applications.forms import answer_as_given
from bookings.staff import answer_text


def questions_read_in(booking, event):
    """{block id: question} of `event`, the booked event in the language the page is read
    in (views.event_in_active_language), where that is not the language of the booking
    and the event has a translation in it; else {}: the questions as the person read
    them. Wagtail-localize keeps a block's id in each translation. No query."""
    if booking.language == get_language() or event.pk == booking.page_id:
        return {}
    return {block.id: block.value for block in event.booking_questions}


def answers_given(booking, questions=None):
    """[(question, answer, language)] of a booking, in the order asked ([] when it asked
    nothing). Each question is worded as in `questions` (questions_read_in), else as the
    person read it; `language` is the booking's where that is not the active language's
    (for the page's lang attribute), else ""."""
    questions = questions or {}
    other_language = booking.language if booking.language != get_language() else ""
    given = []
    for answer in booking.answers:
        question = questions.get(answer["id"])
        if question:
            given.append(
                (question["label"], answer_as_given(answer, answer_text(answer, question)), "")
            )
        else:
            given.append((answer["label"], answer_as_given(answer), other_language))
    return given
