"""
The admin's password reset (/admin/password_reset/) sends at most a few emails an hour
for one account, and answers at most a few requests an hour from one address.

Over a limit, the form answers as always ("if an account has this address, an email
is on its way") and sends nothing, so the answer never says whether an account
exists. Counted in the cache (Redis in production, shared by every app server; this
process's memory otherwise): an add and an increment per limit. The keys carry a hash
of the email address, never the address itself.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from wagtail.admin.forms.auth import PasswordResetForm

from ops.client_ip import client_ip


def counted(key, period):
    """Count one more request under `key` for `period` seconds; the count so far."""
    cache.add(key, 0, timeout=period)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period)
        return 1


def over_limits(request, email):
    """Count this request for its account and its address; True if either is over."""
    account = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    per_account, account_period = settings.PASSWORD_RESET_LIMIT_PER_ACCOUNT
    per_address, address_period = settings.PASSWORD_RESET_LIMIT_PER_ADDRESS
    account_count = counted(f"password-reset:account:{account}", account_period)
    address_count = counted(f"password-reset:address:{client_ip(request)}", address_period)
    return account_count > per_account or address_count > per_address


class LimitedPasswordResetForm(PasswordResetForm):
    """Wagtail's password reset form (WAGTAILADMIN_USER_PASSWORD_RESET_FORM), limited."""

    def save(self, *args, request=None, **kwargs):
        if request is not None and over_limits(request, self.cleaned_data["email"]):
            return  # the same answer as when an email is sent
        super().save(*args, request=request, **kwargs)
