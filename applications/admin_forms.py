"""Forms of the admin side: a reviewer's scores, and a decision on an application.
They collect what staff chose; applications/workflow.py makes the change."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from applications.workflow import decision_choices, sends_decision_email


class ReviewForm(forms.Form):
    """1 to 5 for each criterion of the call, and a comment."""

    comment = forms.CharField(
        label=pgettext_lazy("application review", "Comment"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, criteria, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = criteria
        for criterion_id, name, description in criteria:
            self.fields[f"score_{criterion_id}"] = forms.TypedChoiceField(
                label=name,
                help_text=description,
                choices=[(score, str(score)) for score in range(1, 6)],
                coerce=int,
                widget=forms.RadioSelect,
            )
        self.fields["comment"] = self.fields.pop("comment")

    def scores(self):
        return {
            criterion_id: self.cleaned_data[f"score_{criterion_id}"]
            for criterion_id, _name, _description in self.criteria
        }


class StatusForm(forms.Form):
    """The application's new status, chosen by a planner: the list starts at a prompt,
    never at a status (one click must not lead towards rejecting or accepting someone),
    and a form sent without a choice comes back with its error."""

    status = forms.ChoiceField(
        label=_("New status"),
        error_messages={
            "required": _("Choose the application's new status."),
            "invalid_choice": _("Choose one of the statuses offered."),
        },
    )
    notify = forms.BooleanField(
        label=_("Email the applicant about this decision"), required=False, initial=True
    )

    def __init__(self, application, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.statuses = decision_choices(application)
        # The empty first choice is the prompt: the select is shown without a status, and
        # marked required.
        self.fields["status"].choices = [
            ("", _("Choose a status…")),
            *((status.value, status.label) for status in self.statuses),
        ]

    @property
    def sends_email(self):
        return sends_decision_email(self.cleaned_data["status"], notify=self.cleaned_data["notify"])
