"""The visitor's IP address, as the app server sees it behind the site's own proxies.

TRUSTED_PROXY_COUNT is how many proxies of the site's own (nginx, a load balancer)
stand in front of the app server, each adding the address it saw to X-Forwarded-For.
The visitor's address is the one the outermost of them added; anything further left
was written by the client and is not trusted. With 0 (the default) the address is
the connection's own. Used by the login lockout and the limit on applications.
"""

from django.conf import settings


def client_ip(request):
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= count:
            return forwarded[-count]
    return request.META.get("REMOTE_ADDR", "")
