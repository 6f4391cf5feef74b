"""Security headers on public pages, and the relaxed policy the admin needs."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/en/", "/ru/programmy/", "/tg/chorabiniho/", "/en/search/?q=jazz", "/en/no-such-page/"]
)
def test_public_responses_carry_the_security_headers(client, url):
    response = client.get(url)

    policy = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";")
    )
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"  # no inline or third-party scripts
    # Framed by none but the site itself, whose admin previews pages in a frame.
    assert policy["frame-ancestors"] == "'self'"
    assert policy["object-src"] == "'none'"
    assert "Content-Security-Policy-Report-Only" not in response
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_the_admin_only_reports_the_policy(client):
    response = client.get("/admin/login/")

    assert "Content-Security-Policy" not in response
    assert "script-src 'self'" in response["Content-Security-Policy-Report-Only"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize(
    "url",
    [
        "/en/",
        "/tg/chorabiniho/",
        "/en/search/?q=jazz",
        "/en/no-such-page/",
        "/admin/login/",
        "/static/css/site.css",
        "/healthz",
        "/robots.txt",
    ],
)
def test_every_response_refuses_the_browser_features_the_site_never_uses(client, url):
    response = client.get(url)

    policy = dict(part.strip().split("=", 1) for part in response["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "display-capture"):
        assert policy[feature] == "()"
    # What embedded YouTube and Vimeo players use stays allowed to them.
    for feature in ("autoplay", "fullscreen", "encrypted-media", "picture-in-picture"):
        assert feature not in policy
