"""
The questions of an open call's application form, defined by staff as blocks.

Every question has a label, help text and a "required" switch; each kind adds what
it needs (a word limit, choices, the kinds and size of files). A question's field
in the form is named after the block's id, which stays the same in every
translation of the call, so answers line up across languages.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from applications.enums import FileKind


class QuestionBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Question"), max_length=200)
    help_text = blocks.CharBlock(label=_("Help text"), required=False, max_length=300)
    required = blocks.BooleanBlock(label=_("Required"), required=False, default=True)

    class Meta:
        icon = "help"


class ShortTextQuestion(QuestionBlock):
    class Meta:
        label = _("Short text")
        icon = "pilcrow"


class LongTextQuestion(QuestionBlock):
    word_limit = blocks.IntegerBlock(label=_("Word limit"), required=False, min_value=1)

    class Meta:
        label = _("Long text")
        icon = "doc-full"


class ChoiceQuestion(QuestionBlock):
    choices = blocks.ListBlock(blocks.CharBlock(max_length=100), label=_("Choices"))
    multiple = blocks.BooleanBlock(
        label=_("Several answers allowed"), required=False, default=False
    )

    class Meta:
        label = _("Choice")
        icon = "list-ul"


class DateQuestion(QuestionBlock):
    class Meta:
        label = _("Date")
        icon = "date"


class URLQuestion(QuestionBlock):
    class Meta:
        label = _("Web address")
        icon = "link"


class EmailQuestion(QuestionBlock):
    class Meta:
        label = _("Email address")
        icon = "mail"


class PhoneQuestion(QuestionBlock):
    class Meta:
        label = _("Phone number")
        icon = "mobile-alt"


class CountryQuestion(QuestionBlock):
    class Meta:
        label = _("Country")
        icon = "site"


class FileQuestion(QuestionBlock):
    kinds = blocks.MultipleChoiceBlock(
        label=_("Kinds of file allowed"), choices=FileKind.choices, default=[FileKind.PDF]
    )
    max_size_mb = blocks.IntegerBlock(
        label=_("Largest file (MB)"), default=10, min_value=1, max_value=200
    )
    max_files = blocks.IntegerBlock(label=_("Most files"), default=1, min_value=1, max_value=10)

    class Meta:
        label = _("File upload")
        icon = "doc-empty"


class ConsentQuestion(blocks.StructBlock):
    """A box the applicant must tick, for example to agree to the privacy notice."""

    label = blocks.CharBlock(label=_("Statement"), max_length=400)
    help_text = blocks.CharBlock(label=_("Help text"), required=False, max_length=300)

    class Meta:
        label = _("Consent checkbox")
        icon = "tick-inverse"


class QuestionsBlock(blocks.StreamBlock):
    short_text = ShortTextQuestion()
    long_text = LongTextQuestion()
    choice = ChoiceQuestion()
    date = DateQuestion()
    url = URLQuestion()
    email = EmailQuestion()
    phone = PhoneQuestion()
    country = CountryQuestion()
    file = FileQuestion()
    consent = ConsentQuestion()


class BookingQuestionsBlock(blocks.StreamBlock):
    """The questions an event's booking form asks: the call's, without file uploads
    (a booking keeps no files)."""

    short_text = ShortTextQuestion()
    long_text = LongTextQuestion()
    choice = ChoiceQuestion()
    date = DateQuestion()
    url = URLQuestion()
    email = EmailQuestion()
    phone = PhoneQuestion()
    country = CountryQuestion()
    consent = ConsentQuestion()


class CriterionBlock(blocks.StructBlock):
    """One thing reviewers score from 1 to 5, such as originality or technique."""

    name = blocks.CharBlock(label=_("Criterion"), max_length=100)
    description = blocks.CharBlock(label=_("What to look for"), required=False, max_length=300)

    class Meta:
        label = _("Criterion")
        icon = "pick"
