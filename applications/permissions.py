"""
Who may see applications, checked on the server for every listing, page and file.

- Staff with the "view application" permission (Festival planners, superusers) see
  every application; with "change application" they also decide on them. Only they
  download a call's applications as a spreadsheet.
- Application reviewers (the custom "review" permission) see only the calls they are
  assigned to, and score them; each sees and edits only their own review.
- Everyone else in the admin (Communication editors) sees no application at all.
- The applicant's contact details (their email address, and an answer to an email or
  phone question of the call's form) are for planners only, who write to applicants:
  reviewers score without them, on the application's page, in the listing (its columns
  and its search) and anywhere else they read an application.
"""

from wagtail.permission_policies import ModelPermissionPolicy

from applications.models import Application, OpenCallPage


def sees_every_application(user):
    return user.is_active and user.has_perm("applications.view_application")


def is_reviewer(user):
    return user.is_active and user.has_perm("applications.review_application")


def assigned_call_keys(user):
    """The calls (in every language) naming this user as a reviewer, as a subquery."""
    return OpenCallPage.objects.filter(reviewers=user).values("translation_key")


def visible_applications(user, queryset=None):
    queryset = Application.objects.all() if queryset is None else queryset
    if sees_every_application(user):
        return queryset
    if is_reviewer(user):
        return queryset.filter(call_key__in=assigned_call_keys(user))
    return queryset.none()


# An application's fields that are contact details, and the kinds of question
# (applications.blocks) whose answer is one: each stored answer keeps its question's kind.
CONTACT_FIELDS = frozenset({"email"})
CONTACT_QUESTIONS = frozenset({"email", "phone"})


def sees_contact_details(user):
    """Whether `user` reads applicants' email addresses and phone numbers: staff who see
    every application (Festival planners, superusers), as for the jury's spreadsheet."""
    return sees_every_application(user)


def is_contact_field(name):
    """Whether a field of the application (or a lookup on one: email__iexact) is one of
    the applicant's contact details."""
    return isinstance(name, str) and name.split("__")[0] in CONTACT_FIELDS


def answers_readable_by(user, answers):
    """The stored answers this user reads: all but email addresses and phone numbers,
    unless they read applicants' contact details."""
    if sees_contact_details(user):
        return list(answers)
    return [answer for answer in answers if answer.get("type") not in CONTACT_QUESTIONS]


def can_view(user, application):
    return visible_applications(user).filter(pk=application.pk).exists()


def can_decide(user):
    return user.is_active and user.has_perm("applications.change_application")


def can_export(user):
    """The jury spreadsheet holds every applicant's contact details: planners only."""
    return sees_contact_details(user)


def can_review(user, application):
    return (
        is_reviewer(user)
        and assigned_call_keys(user).filter(translation_key=application.call_key).exists()
    )


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    """Reviewers may open the listing (filtered to their calls) without the view permission."""

    def user_has_permission(self, user, action):
        if action == "view" and is_reviewer(user):
            return True
        if action in {"add", "delete"}:  # applications come from applicants only
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def instances_user_has_permission_for(self, user, action):
        return visible_applications(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and can_view(user, instance)
