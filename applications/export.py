"""A call's applications as a spreadsheet for the jury.

Every cell is written as text or a number: an answer that starts with =, +, - or @
would be a formula in a spreadsheet program, so it is prefixed with an apostrophe.
"""

from io import BytesIO

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from openpyxl import Workbook

from applications.staff_language import question_labels

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(value):
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value)
    if isinstance(value, bool):
        value = _("yes") if value else _("no")
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def applications_workbook(call, applications):
    labels = question_labels(call)  # the headers in the staff member's language
    questions = [
        (block.id, labels.get(block.id, block.value["label"]))
        for block in call.questions
        if block.block_type not in {"file", "consent"}
    ]
    book = Workbook()
    sheet = book.active
    sheet.title = call.reference_prefix
    sheet.append(
        [
            _("Reference"),
            _("Name"),
            pgettext("application", "Email"),
            _("Language"),
            _("Status"),
            pgettext("application", "Submitted"),
            _("Average score"),
            _("Reviews"),
            *(label for _id, label in questions),
            _("Files"),
        ]
    )
    for application in applications:
        answers = {answer["id"]: answer["value"] for answer in application.answers}
        sheet.append(
            [
                safe(application.reference),
                safe(application.name),
                safe(application.email),
                application.language,
                str(application.get_status_display()),
                timezone.localtime(application.submitted_at).replace(tzinfo=None),
                float(application.average_score) if application.average_score else None,
                application.review_count,
                *(safe(answers.get(question_id, "")) for question_id, _label in questions),
                safe([file.original_name for file in application.files.all()]),
            ]
        )
    output = BytesIO()
    book.save(output)
    return output.getvalue()
