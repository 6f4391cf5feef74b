"""Partner accounts: members of organisations that use the resource centre.

They sign up on the public site (not in the Wagtail admin: their users have no staff
rights), verify their email, and download members-only materials once their
organisation has contributed an approved one, or when staff grant access.
"""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.choices import label_of


class OrganisationType(models.TextChoices):
    CSO = "cso", _("Civil society organisation")
    INTERNATIONAL_NGO = "international-ngo", _("International NGO")
    FINANCIAL = "financial", _("Financial institution")
    GOVERNMENT = "government", _("Government agency")
    OTHER = "other", _("Other")


class PartnerAccount(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="partner_account"
    )
    organisation = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="partner_accounts",
    )
    organisation_type = models.CharField(
        _("type of organisation"), max_length=20, choices=OrganisationType.choices
    )
    # The language the member signed up in: their emails are written in it.
    language = models.CharField(_("language"), max_length=8, default="en")
    email_verified_at = models.DateTimeField(_("email verified"), null=True, blank=True)
    access_granted = models.BooleanField(
        _("may download without a contribution"),
        default=False,
        help_text=_("Staff grant access to members whose organisation has not contributed yet."),
    )
    # Whoever signs up naming an organisation that exists already is not one of its
    # members until a moderator confirms it: until then the organisation's contributions
    # give them no access and its materials are not shown to them (resources/access.py).
    membership_confirmed = models.BooleanField(
        _("membership confirmed"),
        default=False,
        help_text=_("Staff checked that this person belongs to the organisation."),
    )
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)

    get_organisation_type_display = label_of("organisation_type", OrganisationType)

    class Meta:
        verbose_name = _("partner account")
        verbose_name_plural = _("partner accounts")

    def __str__(self):
        return str(self.organisation)

    @cached_property
    def organisation_name(self):
        """The organisation's name in the language of the page shown, or its own where
        it has no translation there."""
        organisation = self.organisation
        local = type(organisation).objects.filter(
            translation_key=organisation.translation_key,
            locale__language_code=translation.get_language(),
        )
        return local.values_list("name", flat=True).first() or organisation.name
