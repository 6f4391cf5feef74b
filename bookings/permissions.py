"""
Bookings are personal data: who may read and change them (Festival planners and
superusers; bookings/0002_planners), checked on the server for every address of the
bookings' admin.

Wagtail answers a PermissionDenied raised in the admin with a redirect to the
dashboard; the bookings' addresses answer 403 instead, before any view runs
(`guarded_patterns`), so that a refusal cannot be mistaken for a page.
"""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.views import defaults


def may_see_bookings(user):
    return user.is_active and user.has_perm("bookings.view_booking")


def may_change_bookings(user):
    return user.is_active and user.has_perm("bookings.change_booking")


def guarded(view, allowed):
    @wraps(view)
    def checked(request, *args, **kwargs):
        if not allowed(request.user):
            return defaults.permission_denied(request, PermissionDenied())
        return view(request, *args, **kwargs)

    return checked


def guarded_patterns(patterns, changing=()):
    """`patterns` answering 403 to users who may not see bookings, and those named in
    `changing` to users who may not change them."""
    return [
        path(
            str(pattern.pattern),
            guarded(
                pattern.callback,
                may_change_bookings if pattern.name in changing else may_see_bookings,
            ),
            name=pattern.name,
        )
        for pattern in patterns
    ]
