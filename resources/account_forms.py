"""The forms of partner accounts: sign up, sign in, password reset.

Sign-in goes through Django's `authenticate()`, so django-axes' limits on wrong
passwords apply as at the admin's sign-in. Staff are refused here: they sign in to the
admin, with their second factor. A partner whose address is not verified yet is sent
the link again instead of being signed in.
"""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from core.control_characters import refuse_control_characters
from resources import account_mail
from resources.models import OrganisationType, PartnerAccount
from users.password_reset import over_limits
from users.staff import works_in_admin


def partner_account(user):
    """The user's partner account (verified or not), or None."""
    return PartnerAccount.objects.filter(user=user).first()


# The password rules (settings.AUTH_PASSWORD_VALIDATORS) as a partner reads them.
PASSWORD_RULES = _(
    "At least 12 characters; not only digits, not a common password, and not "
    "like your name or email address."
)


class Honeypot(forms.Form):
    """A field people never see (see the stylesheet's .field--trap): robots fill it in."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("This form could not be sent."))
        return ""


class SignUpForm(Honeypot):
    name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        help_text=_("You sign in with it; we send the link to confirm it there."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=PASSWORD_RULES,
    )
    organisation = forms.CharField(
        label=_("Your organisation"),
        max_length=200,
        help_text=_(
            "Its full name. If colleagues already have accounts, write it exactly as they "
            "did to join the same organisation."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    organisation_type = forms.ChoiceField(
        label=_("Type of organisation"), choices=OrganisationType.choices
    )

    field_order = ["name", "email", "password", "organisation", "organisation_type", "website"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The names staff read in their lists (core/control_characters.py).
        for name in ("name", "organisation"):
            refuse_control_characters(self.fields[name])

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned = super().clean()
        password = cleaned.get("password")
        if password:
            user = get_user_model()(
                username=cleaned.get("email", ""),
                email=cleaned.get("email", ""),
                first_name=cleaned.get("name", ""),
            )
            try:
                password_validation.validate_password(password, user)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned


class SignInForm(AuthenticationForm):
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "This email address and password do not match a partner account. Check "
            "them, or reset your password."
        ),
        "staff": _(
            "This sign-in is for partner organisations. Staff sign in to the admin of the site."
        ),
        "unverified": _(
            "Your email address is not confirmed yet. We have sent the link again: "
            "open it, then sign in."
        ),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        username = self.fields["username"]
        username.label = _("Email address")
        username.widget = forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True})

    def clean_username(self):
        return self.cleaned_data["username"].strip().lower()

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        if works_in_admin(user):
            raise forms.ValidationError(self.error_messages["staff"], code="staff")
        account = partner_account(user)
        if account is None:
            raise self.get_invalid_login_error()
        if account.email_verified_at is None:
            account_mail.queue(user, account_mail.VERIFY, account.language)
            raise forms.ValidationError(self.error_messages["unverified"], code="unverified")


class PartnerPasswordResetForm(PasswordResetForm):
    """Django's form, for partner accounts only, limited as the admin's is, and with the
    email sent by the mail worker (the link is made when the email is written)."""

    def get_users(self, email):
        for user in super().get_users(email):
            if not works_in_admin(user) and partner_account(user) is not None:
                yield user

    def save(self, *args, request=None, **kwargs):
        email = self.cleaned_data["email"]
        if request is not None and over_limits(request, email):
            return  # the same answer as when an email is sent
        for user in self.get_users(email):
            account_mail.queue(user, account_mail.PASSWORD_RESET, get_language())


class PartnerSetPasswordForm(SetPasswordForm):
    """Django's form for a new password, its fields named as the partner's sign-up and
    sign-in name the password (Django's Tajik calls it "рамз", the site "парол"), with
    help to match."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password1"].label = pgettext_lazy("partner account", "New password")
        self.fields["new_password1"].help_text = PASSWORD_RULES
        self.fields["new_password2"].label = pgettext_lazy("partner account", "New password again")
        self.fields["new_password2"].help_text = pgettext_lazy(
            "partner account", "The same password again, to be sure it is typed right."
        )
