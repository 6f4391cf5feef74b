"""A communication editor describes an image in Russian and Tajik in the image form, in
plain labelled inputs, and pages in those languages read the new description out."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from tests.helpers import admin_language, page_at, soup

pytestmark = pytest.mark.django_db

LABELS = {
    "en": ("Description in Russian", "Description in Tajik"),
    "ru": ("Описание на русском", "Описание на таджикском"),
}


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_user("editor", "editor@example.org")
    user.groups.add(Group.objects.get(name="Communication editors"))
    client.force_login(user)
    return user


def hero_image(language):
    return page_at(language).specific.hero_image


def edit_url(image):
    return reverse("wagtailimages:edit", args=[image.pk])


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_image_form_has_a_labelled_input_per_language(client, editor, language):
    admin_language(editor, language)
    image = hero_image("en")

    html = soup(client.get(edit_url(image)))

    for name, label in zip(["description_ru", "description_tg"], LABELS[language], strict=True):
        field = html.select_one(f'input[type="text"][name="{name}"]')
        assert field is not None
        assert field["value"] == getattr(image, name)
        assert html.select_one(f'label[for="{field["id"]}"]').get_text(strip=True) == label
    assert not html.select('[name="translated_descriptions"]')


def form_data(image, **changes):
    return {
        "title": image.title,
        "description": image.description,
        "description_ru": image.description_ru,
        "description_tg": image.description_tg,
        "credit": image.credit,
        "collection": image.collection_id,
        "tags": "",
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
        **changes,
    }


@pytest.mark.parametrize(
    ("language", "field", "text"),
    [
        ("ru", "description_ru", "Сцена центра перед концертом"),
        ("tg", "description_tg", "Саҳнаи марказ пеш аз консерт"),
    ],
)
def test_saving_a_description_changes_the_alt_text_in_its_language(
    client, editor, language, field, text
):
    image = hero_image(language)
    english_alt = soup(client.get(page_at("en").url)).select_one("img.hero__image")["alt"]

    response = client.post(edit_url(image), form_data(image, **{field: text}))

    assert response.status_code == 302, response.content.decode()[:3000]
    client.logout()
    assert soup(client.get(page_at(language).url)).select_one("img.hero__image")["alt"] == text
    assert soup(client.get(page_at("en").url)).select_one("img.hero__image")["alt"] == english_alt
