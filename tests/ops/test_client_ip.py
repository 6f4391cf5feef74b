"""Which address the login lockout and the posting limits count: the visitor's, as the
site's own proxies saw it, never one the visitor wrote."""

from django.test import RequestFactory

import pytest

from ops.client_ip import client_ip

NGINX = "127.0.0.1"

# (trusted proxies, X-Forwarded-For as the app server gets it, REMOTE_ADDR, counted)
CASES = {
    "without proxies the header is not read": (0, "198.51.100.7", "203.0.113.5", "203.0.113.5"),
    "behind nginx the address it added counts": (1, "203.0.113.5", NGINX, "203.0.113.5"),
    "entries the visitor wrote are passed over": (
        1,
        "198.51.100.7, 10.0.0.1, 203.0.113.5",
        NGINX,
        "203.0.113.5",
    ),
    # django-ipware's default engine would count these visitors as 198.51.100.7.
    "a quote the visitor wrote does not hide nginx's entry": (
        1,
        '198.51.100.7,"x, 203.0.113.5',
        NGINX,
        "203.0.113.5",
    ),
    "nor does an RFC 7239 for= the visitor wrote": (
        1,
        'for=198.51.100.7;x=", 203.0.113.5',
        NGINX,
        "203.0.113.5",
    ),
    "behind two proxies the outer one's entry counts": (
        2,
        "198.51.100.7, 203.0.113.5, 10.0.0.2",
        "10.0.0.3",
        "203.0.113.5",
    ),
    "past fewer proxies than trusted, the connection counts": (
        2,
        "203.0.113.5",
        "10.0.0.2",
        "10.0.0.2",
    ),
    "without the header, the connection counts": (1, None, "10.0.0.2", "10.0.0.2"),
    "a private visitor behind a public balancer keeps its address": (
        1,
        "10.0.0.5",
        "203.0.113.80",
        "10.0.0.5",
    ),
    "a port is left out": (1, "203.0.113.5:51234", NGINX, "203.0.113.5"),
    "an IPv4-mapped IPv6 address counts as IPv4": (
        1,
        "[::ffff:203.0.113.5]:443",
        NGINX,
        "203.0.113.5",
    ),
}


@pytest.mark.parametrize(
    ("count", "forwarded_for", "remote_addr", "counted"), CASES.values(), ids=CASES.keys()
)
def test_the_visitors_address(settings, count, forwarded_for, remote_addr, counted):
    settings.TRUSTED_PROXY_COUNT = count
    headers = {} if forwarded_for is None else {"HTTP_X_FORWARDED_FOR": forwarded_for}
    request = RequestFactory().get("/", REMOTE_ADDR=remote_addr, **headers)

    assert client_ip(request) == counted
