"""The summary of mistakes at the top of a public form sent back with errors
(templates/core/form_errors.html): each field the visitor sees with an error, in the
form's order, as a link to its input; and the errors that belong to no such field.
static/js/site.js writes the same list when it finds a mistake before sending."""

from dataclasses import dataclass

# The field every public form hides from people for robots to fill in (.field--trap in
# the stylesheet): there is no input a visitor could correct, so its error is told as
# the form's own errors are, without a link.
TRAP_FIELD = "website"


@dataclass(frozen=True)
class FieldMistake:
    label: str
    message: str
    input_id: str


@dataclass(frozen=True)
class ErrorSummary:
    fields: list[FieldMistake]
    others: list[str]


def first_input_id(bound_field):
    """The id of the field's input, or of the first input of a group of choices (which
    is named by a legend, so Django gives it no id for a label)."""
    return bound_field.id_for_label or f"{bound_field.auto_id}_0"


def error_summary(form):
    """The form's mistakes: those of the fields on the page (FieldMistake), then the
    others: the form's own errors, a hidden field's, the trap field's."""
    fields = []
    others = [str(error) for error in form.non_field_errors()]
    for bound_field in form:
        if not bound_field.errors:
            continue
        message = " ".join(str(error) for error in bound_field.errors)
        if bound_field.is_hidden or bound_field.name == TRAP_FIELD:
            others.append(message)
        else:
            fields.append(
                FieldMistake(str(bound_field.label), message, first_input_id(bound_field))
            )
    return ErrorSummary(fields, others)
