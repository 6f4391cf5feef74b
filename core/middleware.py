from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.utils.deprecation import MiddlewareMixin

from csp.middleware import CSPMiddleware

from core import navigation

ADMIN_PREFIX = "/admin/"


class PermissionsPolicyMiddleware:
    """Every response says which powerful browser features the site never uses
    (settings.PERMISSIONS_POLICY): no page of it, nor any frame in it, may ask for
    them, even if a script were slipped in."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.header)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The policy is enforced on public pages and only reported on the admin.

    settings.CONTENT_SECURITY_POLICY leaves out /admin/; the report-only copy of the
    policy goes on the admin's responses alone, so public pages carry one header.
    """

    def process_response(self, request, response):
        if not request.path_info.startswith(ADMIN_PREFIX):
            response._csp_exempt_ro = True
        return super().process_response(request, response)


# Text worth compressing. Files (applicants' uploads, documents, images) go out as they
# are: they are compressed already, and downloads keep their length and ranges.
COMPRESSIBLE_TYPES = {
    "application/atom+xml",
    "application/json",
    "application/ld+json",
    "application/xml",
    "text/calendar",
    "text/css",
    "text/html",
    "text/javascript",
    "text/plain",
    "text/xml",
}


class TextGZipMiddleware(GZipMiddleware):
    """Django's gzip (with its BREACH padding), for text responses only."""

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "").split(";")[0].strip()
        if content_type not in COMPRESSIBLE_TYPES:
            return response
        return super().process_response(request, response)


class RoutingMiddleware(MiddlewareMixin):
    """Finds the page a request asks for from the site and the home page kept in the
    cache (core.navigation.route), before Wagtail's view looks for them in the database.
    The result goes where Wagtail keeps it on the request, and its view serves it as
    usual. Other addresses (the admin, /healthz, which must answer when the cache is
    down) go Wagtail's own way."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.resolver_match.url_name == "wagtail_serve":
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            request._wagtail_route_for_request = navigation.route(request, path)
