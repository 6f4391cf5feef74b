"""
Three limits on wrong passwords at the admin's sign-in (django-axes), each over the
last AXES_COOLOFF_TIME:

- one account from one address: AXES_FAILURE_LIMIT (5);
- one address, whatever the accounts it tries (password spraying: a few common
  passwords against every name): SIGN_IN_FAILURE_LIMITS["ip_address"];
- one account, whatever the addresses (guessing spread over many machines):
  SIGN_IN_FAILURE_LIMITS["username"], higher, so that a stranger cannot lock a member
  of staff out of the admin with a handful of wrong passwords.

django-axes counts each group of AXES_LOCKOUT_PARAMETERS and compares the largest
count with its one AXES_FAILURE_LIMIT. This handler gives each group its own limit:
it counts each group's failures in units of AXES_FAILURE_LIMIT, so that a group
reaches AXES_FAILURE_LIMIT exactly when its own count reaches its own limit.

A successful sign-in forgets the failures of its account from its own address, as
before: not those of the whole account or address, which would let whoever is
guessing start again each time the owner signs in.
"""

from django.conf import settings
from django.db.models import Sum

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_failure_limit, get_lockout_parameters
from axes.models import AccessAttempt


def failures(attempts):
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class SignInLimits(AxesDatabaseHandler):
    def get_failures(self, request, credentials=None):
        pair_limit = get_failure_limit(request, credentials)
        groups = get_lockout_parameters(request, credentials)
        counts = self.get_user_attempts(request, credentials)  # one per group, in order
        return max(
            failures(attempts) * pair_limit // self.limit(group, pair_limit)
            for group, attempts in zip(groups, counts, strict=True)
        )

    def limit(self, group, pair_limit):
        """The failures that lock a group: a single parameter has its own limit."""
        if isinstance(group, str):
            return settings.SIGN_IN_FAILURE_LIMITS[group]
        return pair_limit

    def reset_user_attempts(self, request, credentials=None):
        deleted, _by_model = AccessAttempt.objects.filter(
            username=get_client_username(request, credentials),
            ip_address=request.axes_ip_address,
        ).delete()
        return deleted
