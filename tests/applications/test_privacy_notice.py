"""Applicants read what the centre keeps about them, for how long, who sees it and how to
have it erased, on the privacy page the application form's consent box links to."""

from wagtail.models import Locale

import pytest

from applications.forms import field_name
from core.models import PrivacyNotice
from tests.applications.conftest import open_call
from tests.helpers import page_at, soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_files")]

RETENTION = {
    "en": "deleted 24 months after they were sent",
    "ru": "удаляются через 24 месяца после отправки",
    "tg": "24 моҳ пас аз фиристодан нест карда мешаванд",
}
ERASURE = {"en": "to have it erased", "ru": "удалить", "tg": "нест кунем"}
WHO = {"en": "Who sees it", "ru": "Кто видит данные", "tg": "Кӣ онро мебинад"}
LINK_TEXT = {
    "en": "How we keep your data",
    "ru": "Как мы храним ваши данные",
    "tg": "Мо маълумоти шуморо чӣ тавр нигоҳ медорем",
}


def privacy_page(language):
    return page_at("en", "privacy").get_translation(Locale.objects.get(language_code=language))


def consent_field(client, language):
    """The consent box of an application form in `language`, with its label and help."""
    call = open_call(language)
    page = soup(client.get(call.url))
    consent = next(block for block in call.questions if block.block_type == "consent")
    return page.find("input", attrs={"name": field_name(consent.id)}).find_parent(class_="field")


def consent_help(client, language):
    """The help the consent box points at (aria-describedby)."""
    field = consent_field(client, language)
    return field.find(id=field.find("input")["aria-describedby"].split()[0])


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_the_privacy_page_says_how_long_data_is_kept_and_how_to_have_it_erased(client, language):
    main = soup(client.get(privacy_page(language).url)).select_one("main")

    text = main.get_text(" ", strip=True)
    assert RETENTION[language] in text
    assert ERASURE[language] in text
    assert WHO[language] in [h2.get_text(strip=True) for h2 in main.select("h2")]


@pytest.mark.parametrize("language", ["en", "ru", "tg"])
def test_the_consent_box_links_the_privacy_page_in_the_applicants_language(client, language):
    link = consent_help(client, language).find("a")

    assert link["href"] == privacy_page(language).url
    assert link.get_text() == LINK_TEXT[language]


def test_the_link_follows_the_page_chosen_in_the_settings(client):
    notice = PrivacyNotice.load()
    notice.page = page_at("en", "about")
    notice.save()

    assert consent_help(client, "en").find("a")["href"] == "/en/about/"


def test_without_a_privacy_page_the_consent_box_has_no_link(client):
    PrivacyNotice.objects.update(page=None)

    field = consent_field(client, "en")

    assert field.find("input")["type"] == "checkbox"
    assert field.find("a") is None
