"""The visitor's IP address, as the app server sees it behind the site's own proxies.

TRUSTED_PROXY_COUNT is how many proxies of the site's own (nginx, a load balancer)
stand in front of the app server, each adding the address it saw to X-Forwarded-For.
The visitor's address is the one the outermost of them added; anything further left
was written by the client and is not trusted. With 0 (the default) the address is
the connection's own, and no header is read. Used by the login lockout, the limit on
applications and the limit on password resets.

django-ipware reads the header (ports, IPv6 brackets, IPv4-mapped addresses, junk a
client wrote). It cannot hold the rule alone, hence this wrapper:
- ipware's default ("modern") engine reads quotes and RFC 7239 `for=` in
  X-Forwarded-For, so a client that sends `1.1.1.1,"x` swallows the address our
  proxy appends after it and is counted as 1.1.1.1, any address it likes. The
  "legacy" engine splits on commas only, as proxies write the header.
- ipware applies its proxy count to every header it reads, REMOTE_ADDR too (with two
  proxies, a request that came past one would get no address), and given two headers
  it prefers a public address from either to a private one from the trusted header.
  So it reads X-Forwarded-For alone, and the connection's address is the fallback.
"""

from django.conf import settings

from ipware import get_client_ip


def client_ip(request):
    count = settings.TRUSTED_PROXY_COUNT
    if count:
        # ipware does not count the last proxy (its address is REMOTE_ADDR): of the
        # header's entries, the last `count` are our proxies', the visitor's the first.
        # The legacy engine lets IPWARE_* settings override these arguments: set none.
        address, _routable = get_client_ip(
            request,
            proxy_count=count - 1,
            request_header_order=["HTTP_X_FORWARDED_FOR"],
            strict=False,  # a client may write its own entries to the left of ours
            algorithm="legacy",
        )
        if address:
            return address
    return request.META.get("REMOTE_ADDR", "")
