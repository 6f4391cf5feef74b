"""A call as staff read it: in the language the admin is shown in, when the call has it.

An application keeps its questions' wording as the applicant read it, and the jury's
spreadsheet starts from the call in the default language; staff read both under the
call's translation in their own admin language (the language of their Wagtail profile,
else their browser's), and under the original where there is no such translation.
Questions and criteria keep their block ids in every translation of a call.
"""

from django.utils.translation import get_language


def call_in_staff_language(call):
    """The call's translation in the admin's current language, else the call itself."""
    translated = call.get_translations(inclusive=True).filter(locale__language_code=get_language())
    return translated.first() or call


def question_labels(call):
    """Each question's label by its block id, in the admin's language where possible."""
    return {block.id: block.value["label"] for block in call_in_staff_language(call).questions}
