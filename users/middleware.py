"""The whole of an admin request in the staff member's own language."""

from django.utils import translation

from core.middleware import ADMIN_PREFIX


class StaffLanguageMiddleware:
    """Wagtail answers its admin views in the language each staff member chose (their
    profile's preferred language), but writes the messages around them in the browser's:
    "Sorry, you do not have permission to access this area." after an address the
    staff member's group may not open, "You do not have permission to access the admin."
    This middleware puts the whole admin request in the chosen language.

    It costs no query: Wagtail reads the same profile for the view, and Django keeps it
    (or its absence) on the user after the first read.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = None
        if request.path_info.startswith(ADMIN_PREFIX) and request.user.is_authenticated:
            profile = getattr(request.user, "wagtail_userprofile", None)
            language = profile and profile.preferred_language
        if not language:
            return self.get_response(request)
        with translation.override(language):
            return self.get_response(request)
