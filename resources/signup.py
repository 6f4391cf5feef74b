"""Signing up for a partner account on the public site.

The email address is the account's user name. The organisation is found by its exact
name (in any language, case aside) or made as a partner that the home page does not
show until staff decide. Whoever makes a new organisation is its member at once; whoever
names one that exists is not until a moderator confirms it in the admin (Resource
centre → Partner accounts): anyone can type an organisation's name. Signing up with an
address that already has an account says the same on the page ("check your email") and
emails its owner instead, so the form never tells a stranger who has an account.
"""

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Q

from wagtail.models import Locale

from partners.models import Organisation, OrganisationKind
from resources import account_mail
from resources.models import PartnerAccount


def existing_user(email):
    return (
        get_user_model()
        .objects.filter(Q(username__iexact=email) | Q(email__iexact=email))
        .order_by("pk")
        .first()
    )


def organisation_named(name):
    """(The organisation of that exact name, its source-language row first, or a new
    one; whether it is new)."""
    default_locale = Locale.get_default()
    found = sorted(
        Organisation.objects.filter(name__iexact=name.strip()),
        key=lambda organisation: (organisation.locale_id != default_locale.pk, organisation.pk),
    )
    if found:
        return found[0], False
    created = Organisation.objects.create(
        name=name.strip(),
        kind=OrganisationKind.PARTNER,
        show_on_home_page=False,
        locale=default_locale,
    )
    return created, True


def sign_up(*, email, password, name, organisation_name, organisation_type, language):
    """Make the account and queue its verification email; the new account's
    PartnerAccount, or None when the address had an account (its owner is told)."""
    user = existing_user(email)
    if user is not None:
        account_mail.queue(user, account_mail.ALREADY_REGISTERED, language)
        return None
    try:
        with transaction.atomic():
            user = get_user_model().objects.create_user(
                username=email, email=email, password=password, first_name=name[:150]
            )
            organisation, created = organisation_named(organisation_name)
            account = PartnerAccount.objects.create(
                user=user,
                organisation=organisation,
                membership_confirmed=created,
                organisation_type=organisation_type,
                language=language,
            )
            account_mail.queue(user, account_mail.VERIFY, language)
    except IntegrityError:  # the same form sent twice at once: the first one made it
        return None
    return account
