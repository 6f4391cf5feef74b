"""The page a locked-out sign-in gets (django-axes' AXES_LOCKOUT_CALLABLE).

The admin's sign-in shows the admin's page (AXES_LOCKOUT_TEMPLATE); a sign-in on the
public site (the resource centre's partner accounts) shows the site's own page, in the
visitor's language, with the way back to the sign-in they used. The limits are the
same for both (users/sign_in_limits.py).
"""

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse

PUBLIC_LOCKOUT_TEMPLATE = "core/lockout_public.html"


def lockout_response(request, original_response=None, credentials=None):
    in_admin = request.path_info.startswith(reverse("wagtailadmin_home"))
    template = settings.AXES_LOCKOUT_TEMPLATE if in_admin else PUBLIC_LOCKOUT_TEMPLATE
    # Rendered here: a response made by a middleware is not rendered later.
    response = render(
        request,
        template,
        {"sign_in_url": request.path, "private_page": True},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
    response["Cache-Control"] = "private, no-store"
    return response
