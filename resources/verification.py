"""A partner's email address, verified by a signed link (django.core.signing).

The link names the account and the address it was sent to, and works for
RESOURCE_VERIFY_LINK_SECONDS: a link to an address the account no longer has, a forged
or an old one verifies nothing. Opening it twice is harmless.
"""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import timezone

from resources.models import PartnerAccount

SALT = "resources.verify-email"


def verification_url(user):
    token = signing.dumps({"user": user.pk, "email": user.email}, salt=SALT)
    return reverse("resources:verify", args=[token])


def verify(token):
    """The partner account the link verifies (now verified), or None for a bad link."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.RESOURCE_VERIFY_LINK_SECONDS)
    except signing.BadSignature:  # forged, or expired (SignatureExpired is one)
        return None
    account = (
        PartnerAccount.objects.select_related("user")
        .filter(user_id=data.get("user"), user__email=data.get("email"))
        .first()
    )
    if account is not None and account.email_verified_at is None:
        account.email_verified_at = timezone.now()
        account.save(update_fields=["email_verified_at"])
    return account
