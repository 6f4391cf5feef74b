from csp.middleware import CSPMiddleware

ADMIN_PREFIX = "/admin/"


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The policy is enforced on public pages and only reported on the admin.

    settings.CONTENT_SECURITY_POLICY leaves out /admin/; the report-only copy of the
    policy goes on the admin's responses alone, so public pages carry one header.
    """

    def process_response(self, request, response):
        if not request.path_info.startswith(ADMIN_PREFIX):
            response._csp_exempt_ro = True
        return super().process_response(request, response)
