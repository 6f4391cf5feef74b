"""Who may download a material's files (settings.RESOURCE_ACCESS_RULE).

Anyone sees the catalogue and the summaries. A material marked public downloads without
an account. Otherwise the rule decides:
- "contribution" (the default): a verified partner account whose organisation has an
  approved material in the centre (once staff confirmed the account's membership of it:
  anyone can name an organisation at sign-up), or whom staff granted access;
- "account": any verified partner account;
- "anyone": no account needed.
Staff who may change materials always download. Checked on the server by the download
view; the templates only ask `may_download` to choose what to show.
"""

from django.conf import settings

from resources.models import PartnerAccount, Resource, ResourceStatus

CONTRIBUTION, ACCOUNT, ANYONE = "contribution", "account", "anyone"
RULES = (CONTRIBUTION, ACCOUNT, ANYONE)


def partner_account_of(user):
    """The user's verified partner account, or None."""
    if not user.is_authenticated:
        return None
    account = PartnerAccount.objects.filter(user=user).select_related("organisation").first()
    if account is None or account.email_verified_at is None:
        return None
    return account


def has_contributed(organisation):
    """Whether the organisation (any of its translations) has an approved material."""
    return Resource.objects.filter(
        organisation__translation_key=organisation.translation_key,
        status=ResourceStatus.APPROVED,
    ).exists()


def is_member(user):
    """Whether the user may download members-only materials."""
    if user.is_authenticated and user.has_perm("resources.change_resource"):
        return True
    if settings.RESOURCE_ACCESS_RULE == ANYONE:
        return True
    account = partner_account_of(user)
    if account is None:
        return False
    if settings.RESOURCE_ACCESS_RULE == ACCOUNT or account.access_granted:
        return True
    return account.membership_confirmed and has_contributed(account.organisation)


def may_download(user, resource):
    """Whether `user` may download `resource`'s files."""
    if user.is_authenticated and user.has_perm("resources.change_resource"):
        return True
    if not resource.is_listed:
        return False
    return resource.public or is_member(user)
