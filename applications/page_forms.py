"""The open call's admin form: only application reviewers can be chosen to review it,
each a box to tick with their name."""

from django import forms
from django.contrib.auth import get_user_model

from core.forms import BasePageForm

REVIEWERS_GROUP = "Application reviewers"  # made by migrations/0003_staff_groups.py


def reviewer_choices():
    """The people who may be assigned to a call: active members of the reviewers' group."""
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=REVIEWERS_GROUP)
        .order_by("first_name", "last_name", "username")
    )


def reviewer_label(user):
    """A reviewer as a planner knows them: their name, with their sign-in name."""
    name = user.get_full_name()
    return f"{name} ({user.username})" if name else user.username


class OpenCallPageForm(BasePageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "reviewers" in self.fields:  # left out for those who may not assign (see the panels)
            field = self.fields["reviewers"]
            field.queryset = reviewer_choices()
            field.label_from_instance = reviewer_label
            # Boxes to tick, not a list where choosing a second needs Ctrl+click.
            field.widget = forms.CheckboxSelectMultiple(choices=field.choices)
