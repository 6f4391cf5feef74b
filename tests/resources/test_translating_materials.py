"""Staff translate a material with wagtail-localize: the translation stays out of its
language's catalogue until the translator publishes it from the translation editor."""

from django.test import Client
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

import pytest

from tests.helpers import soup
from tests.resources.conftest import staff

pytestmark = pytest.mark.django_db

TAJIK_CATALOGUE = "/tg/zakhiraho/"


def titles(response):
    return [a.get_text(strip=True) for a in soup(response).select(".material-card .card__title a")]


def years_offered(response):
    return [o["value"] for o in soup(response).select("select[name=year] option") if o["value"]]


@pytest.fixture
def editor(client):
    user = staff("Communication editors", "editor")
    client.force_login(user)
    return user


def send_for_translation(post, material, language):
    """What "Translate" in the materials' listing does, for one language."""
    response = post(
        reverse(
            "wagtail_localize:submit_snippet_translation",
            args=["resources", "resource", material.pk],
        ),
        {"locales": [Locale.objects.get(language_code=language).pk]},
    )
    assert response.status_code == 302
    return material.get_translation(Locale.objects.get(language_code=language))


def translate_title(material, language, title):
    """The translator's text for the material's title, in the translation editor."""
    source = TranslationSource.objects.get(
        object_id=material.translation_key, locale=material.locale
    )
    segment = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        context=segment.context,
        locale=Locale.objects.get(language_code=language),
        defaults={"data": title},
    )
    return source


def publish_from_translation_editor(post, translation):
    """The translation editor's "Publish" button (it is the translation's edit view)."""
    response = post(
        reverse("wagtailsnippets_resources_resource:edit", args=[translation.pk]),
        {"action": "publish"},
    )
    assert response.status_code == 302


def test_a_translation_is_listed_only_once_its_translator_publishes_it(
    editor, post, centre, make_material
):
    material = make_material("Budget hearings in Rasht", year=2024)
    visitor = Client()

    tajik = send_for_translation(post, material, "tg")

    response = visitor.get(TAJIK_CATALOGUE)
    assert titles(response) == []
    assert years_offered(response) == []
    assert titles(visitor.get(TAJIK_CATALOGUE, {"q": "Budget"})) == []
    assert visitor.get(f"{TAJIK_CATALOGUE}{tajik.slug}/").status_code == 404
    assert titles(visitor.get("/en/resources/")) == ["Budget hearings in Rasht"]

    translate_title(material, "tg", "Муҳокимаи буҷет дар Рашт")
    publish_from_translation_editor(post, tajik)

    response = visitor.get(TAJIK_CATALOGUE)
    assert titles(response) == ["Муҳокимаи буҷет дар Рашт"]
    assert years_offered(response) == ["2024"]
    link = soup(response).select_one(".material-card .card__title a")["href"]
    assert visitor.get(link).status_code == 200


def test_syncing_the_changed_source_leaves_a_published_translation_listed(
    editor, post, centre, make_material
):
    material = make_material("Budget hearings in Rasht")
    tajik = send_for_translation(post, material, "tg")
    source = translate_title(material, "tg", "Муҳокимаи буҷет дар Рашт")
    publish_from_translation_editor(post, tajik)

    material.summary = "How a district held its first public budget hearing."
    material.save()
    response = post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})

    assert response.status_code == 302
    assert titles(Client().get(TAJIK_CATALOGUE)) == ["Муҳокимаи буҷет дар Рашт"]
