"""The open call's admin form: only application reviewers can be chosen to review it."""

from django.contrib.auth import get_user_model

from core.forms import BasePageForm

REVIEWERS_GROUP = "Application reviewers"  # made by migrations/0003_staff_groups.py


def reviewer_choices():
    """The people who may be assigned to a call: active members of the reviewers' group."""
    return get_user_model().objects.filter(is_active=True, groups__name=REVIEWERS_GROUP)


class OpenCallPageForm(BasePageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "reviewers" in self.fields:  # left out for those who may not assign (see the panels)
            self.fields["reviewers"].queryset = reviewer_choices()
