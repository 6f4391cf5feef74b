"""Forms of the admin side: a reviewer's scores, and a decision on an application."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from applications.enums import DECISIONS, ApplicationStatus
from applications.workflow import allowed_statuses


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
    status = forms.ChoiceField(label=_("New status"))
    notify = forms.BooleanField(
        label=_("Email the applicant about this decision"), required=False, initial=True
    )

    def __init__(self, application, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (status.value, status.label)
            for status in map(ApplicationStatus, allowed_statuses(application))
            if status != ApplicationStatus.WITHDRAWN  # the applicant's own step
        ]

    @property
    def sends_email(self):
        return self.cleaned_data["notify"] and self.cleaned_data["status"] in DECISIONS
