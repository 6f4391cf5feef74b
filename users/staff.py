"""Staff, and the resource centre's partners: both have user accounts, but partners
sign in on the public site only (resources/) and are neither asked for a staff code nor
shown what Wagtail keeps for signed-in visitors.

A partner is a user with a `partner_account` (resources.PartnerAccount, named here
without importing it: resources depends on users, not the other way round).
"""


def works_in_admin(user):
    return user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")


def is_partner(user):
    return hasattr(user, "partner_account") and not works_in_admin(user)
