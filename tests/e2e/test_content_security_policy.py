"""Public pages work under their Content-Security-Policy: the browser blocks nothing."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/en/",
    "/tg/",
    "/ru/programmy/dzhazovaya-akademiya/",
    "/en/projects/",
    "/en/events/",
    "/en/events/jazz-academy-ensemble-class/",
    "/en/programmes/bobs-music-award/apply/",
    "/en/search/?q=jazz",
]


def test_public_pages_break_no_rule_of_their_policy(site_url, desktop):
    refused = []
    desktop.on(
        "console",
        lambda message: (
            refused.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )

    for path in PAGES:
        response = desktop.goto(f"{site_url}{path}")
        assert response.status == 200, path
        assert "default-src 'self'" in response.headers["content-security-policy"]

    assert refused == []
