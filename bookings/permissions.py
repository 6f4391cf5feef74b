"""Bookings are personal data: who may read and change them, checked on the server
by every staff view (Festival planners and superusers; bookings/0002_planners)."""

from django.core.exceptions import PermissionDenied


def may_see_bookings(user):
    return user.is_active and user.has_perm("bookings.view_booking")


def may_change_bookings(user):
    return user.is_active and user.has_perm("bookings.change_booking")


def require_seeing(user):
    if not may_see_bookings(user):
        raise PermissionDenied


def require_changing(user):
    if not may_change_bookings(user):
        raise PermissionDenied
