"""
Two-factor sign-in for staff: after the password, a six-digit code from an
authenticator app (TOTP, django-otp).

Every account that signs in to the admin is asked for the code, with no exceptions
for groups: editors, planners and reviewers all reach applicants' data or publish
in the centre's name. Without a device yet, the admin first shows how to add one
(QR code and key) and asks for a code from it. STAFF_TWO_FACTOR turns it off (the
test settings do; tests that are about it turn it on). django-otp throttles wrong
codes: each failure doubles the wait before the next try.

Until the code is given, the password alone counts as signed out for what is kept
for signed-in visitors: pages restricted to signed-in users or to groups, and
documents in private collections lead to the code form (wagtail_hooks.py), then back.

wagtail-2fa, the Wagtail package for this, does not start on Wagtail 8 (it imports
wagtail.users.widgets, which Wagtail removed); see README, "Staff sign-in".
"""

import base64
from io import BytesIO

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import resolve, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from wagtail.models import BaseViewRestriction

import qrcode
import qrcode.image.svg
from django_otp import login as otp_login
from django_otp import match_token, user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

from users.staff import is_partner

# What a signed-in user who has not given the code yet may still open.
OPEN_WITHOUT_CODE = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_verify",
    "two_factor_setup",
}


def without_code(request):
    """Signed in with the password, without the code (when two-factor sign-in is on).
    Partners have no code: the admin refuses them, and keep_out what is private."""
    return (
        settings.STAFF_TWO_FACTOR
        and request.user.is_authenticated
        and not request.user.is_verified()
        and not is_partner(request.user)
    )


def ask_for_code(request):
    """To the code form (or to adding an app, the first time), then back here."""
    step = "two_factor_verify" if user_has_device(request.user) else "two_factor_setup"
    return redirect_to_login(request.get_full_path(), reverse(step))


def for_signed_in_only(restrictions):
    """Whether these view restrictions ask for a signed-in user (or one of some groups)."""
    return any(
        restriction.restriction_type in (BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS)
        for restriction in restrictions
    )


def keep_out(request, restrictions):
    """What a signed-in visitor gets from what is kept for signed-in visitors (a page or
    a document restricted to a login or to groups), before Wagtail's own check: a
    partner of the resource centre (signed in on the public site) is refused; others
    without the code are asked for it. None: go on. The restrictions come first: a
    public page never reads the session (it would vary with cookies, out of the cache)."""
    if not for_signed_in_only(restrictions) or not request.user.is_authenticated:
        return None
    if is_partner(request.user):
        raise PermissionDenied
    if without_code(request):
        return ask_for_code(request)
    return None


class RequireTwoFactorMiddleware:
    """Send a signed-in user without a verified code from the admin to the code form."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.asks_for_code(request):
            return ask_for_code(request)
        return self.get_response(request)

    def asks_for_code(self, request):
        return (
            request.path_info.startswith(reverse("wagtailadmin_home"))
            and without_code(request)
            and resolve(request.path_info).url_name not in OPEN_WITHOUT_CODE
        )


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        max_length=6,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


def qr_code_svg(text):
    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = BytesIO()
    image.save(buffer)
    return buffer.getvalue().decode()


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    """The second step of signing in: the code from the device added before."""
    if not request.user.is_authenticated or is_partner(request.user):
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    if not user_has_device(request.user):
        return redirect_to_login(next_url(request), reverse("two_factor_setup"))
    form = CodeForm(request.POST or None)
    if form.is_valid():
        device = match_token(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return redirect(next_url(request))
        form.add_error("code", _("This code is not right, or came too soon after a wrong one."))
    return render(request, form, _("Enter your sign-in code"))


@never_cache
@sensitive_post_parameters("code")
def setup(request):
    """Add an authenticator app: scan the QR code (or type the key), then give a code."""
    if not request.user.is_authenticated or is_partner(request.user):
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    if user_has_device(request.user):  # a second device needs the first one's code
        return redirect(reverse("two_factor_verify") + f"?next={next_url(request)}")
    device, _created = TOTPDevice.objects.get_or_create(
        user=request.user, confirmed=False, defaults={"name": "authenticator"}
    )
    form = CodeForm(request.POST or None)
    if form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save()
            otp_login(request, device)
            return redirect(next_url(request))
        form.add_error("code", _("This code is not right. Check the app and try again."))
    return render(
        request,
        form,
        _("Add an authenticator app"),
        qr_code=qr_code_svg(device.config_url),
        key=base64.b32encode(device.bin_key).decode(),
    )


def render(request, form, title, **context):
    return TemplateResponse(
        request,
        "users/two_factor.html",
        {"form": form, "title": title, "next": next_url(request), **context},
    )
