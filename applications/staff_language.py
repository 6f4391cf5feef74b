"""A call as staff read it: in the language the admin is shown in, when the call has it.

An application keeps its questions' wording as the applicant read it, and the jury's
spreadsheet starts from the call in the default language; staff read both under the
call's translation in their own admin language (the language of their Wagtail profile,
else their browser's), and under the original where there is no such translation.
Questions and criteria keep their block ids in every translation of a call. The call's
title likewise, from its published translation (as Wagtail's `page.localized`).
"""

from django.db.models import OuterRef, Subquery
from django.utils.translation import get_language

from wagtail.models import Page

from core.i18n import title_in_active_language


def call_in_staff_language(call):
    """The call's translation in the admin's current language, else the call itself."""
    translated = call.get_translations(inclusive=True).filter(locale__language_code=get_language())
    return translated.first() or call


def question_labels(call):
    """Each question's label by its block id, in the admin's language where possible."""
    return {block.id: block.value["label"] for block in call_in_staff_language(call).questions}


def call_title_in_staff_language():
    """For the applications' listing, a subquery per row (no query of its own): the
    title of the published translation in the admin's language of the call the
    application went to, else that call's own title."""
    sent_to = Page.objects.filter(pk=OuterRef("call_id"))
    return title_in_active_language("call_key", Subquery(sent_to.order_by().values("title")))
