from django.conf import settings
from django.http import Http404
from django.middleware.gzip import GZipMiddleware
from django.views.defaults import page_not_found

from csp.middleware import CSPMiddleware, PolicyParts

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


class SiteNotFoundPageMiddleware:
    """With DEBUG on (`make run`), a public page not found shows templates/404.html, as
    in production, instead of Django's technical page; the admin keeps Django's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not settings.DEBUG or not isinstance(exception, Http404):
            return None
        if request.path_info.startswith(ADMIN_PREFIX):
            return None
        return page_not_found(request, exception)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The policy is enforced on public pages and only reported on the admin.

    settings.CONTENT_SECURITY_POLICY leaves out /admin/; the report-only copy of the
    policy goes on the admin's responses alone, so public pages carry one header.
    """

    def get_policy_parts(self, request, response, report_only=False):
        if report_only and not request.path_info.startswith(ADMIN_PREFIX):
            return PolicyParts(config={})  # an empty policy: no report-only header
        return super().get_policy_parts(request, response, report_only)


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
