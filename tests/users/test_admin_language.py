"""Staff read the admin's refusals in the language they chose, whatever their browser's.

Wagtail answers its views in the profile's language, but writes the message of a refusal
after the view, in the browser's language; users.middleware.StaffLanguageMiddleware
puts the whole admin request in the profile's language.
"""

from django.urls import reverse

import pytest

from tests.applications.conftest import member
from tests.helpers import admin_language, soup

pytestmark = pytest.mark.django_db

REFUSED = {
    "en": "Sorry, you do not have permission to access this area.",
    "ru": "Извините, но у вас нет доступа в эту область.",
    "tg": "Бубахшед, шумо ба ин қисм дастрасӣ надоред.",
}


def reviewer_reading(language):
    """A reviewer who chose `language` for the admin (None: none chosen)."""
    user = member("Application reviewers", f"reviewer-{language}")
    if language:
        admin_language(user, language)
    return user


def message_after_refusal(client, user, browser_language):
    """The one message on the dashboard after `user` opens an address their group may not
    (the organisations, which only communication editors keep), in a browser that asks
    for `browser_language`."""
    client.force_login(user)
    organisations = reverse("wagtailsnippets_partners_organisation:list")
    response = client.get(organisations, HTTP_ACCEPT_LANGUAGE=browser_language)
    assert response.status_code == 302
    dashboard = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE=browser_language)
    (message,) = soup(dashboard).select(".messages li")
    return message.get_text(" ", strip=True)


@pytest.mark.parametrize(("language", "browser"), [("tg", "en"), ("ru", "en"), ("tg", "ru")])
def test_a_refusal_is_in_the_language_the_staff_member_chose(client, language, browser):
    message = message_after_refusal(client, reviewer_reading(language), browser)

    assert message.startswith(REFUSED[language])


def test_without_a_chosen_language_a_refusal_is_in_the_browsers(client):
    message = message_after_refusal(client, reviewer_reading(None), "ru")

    assert message.startswith(REFUSED["ru"])
