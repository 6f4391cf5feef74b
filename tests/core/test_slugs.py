"""Page addresses in Latin letters for Russian and Tajik pages, and stable once published."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from core.slugs import latin_slug
from home.models import StandardPage
from tests.helpers import page_at

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "x" * 16)
    client.force_login(user)
    return client


def add_standard_page(staff, parent, title, slug):
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", parent.pk])
    return staff.post(
        url,
        nested_form_data(
            {
                "action-publish": "publish",
                "title": title,
                "slug": slug,
                "summary": "",
                "body": streamfield([]),
            }
        ),
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ҳунарҳои мардумӣ", "hunarhoi-mardumi"),
        ("Ғазал ва қӯшиқ", "ghazal-va-qushiq"),
        ("Джазовая академия: приём", "dzhazovaya-akademiya-priem"),
        ("Щедрый вечер", "shchedryy-vecher"),
    ],
)
def test_cyrillic_titles_give_latin_slugs(title, expected):
    assert latin_slug(title) == expected


@pytest.mark.parametrize(
    ("language", "title", "typed_slug", "expected"),
    [
        # as the browser fills it in:
        ("tg", "Ҳунарҳои мардумӣ", "ҳунарҳои-мардумӣ", "hunarhoi-mardumi"),
        ("ru", "Мастер-класс", "", "master-klass"),  # no slug at all
        ("ru", "Мастер-класс", "my-own-slug", "my-own-slug"),  # a Latin slug is kept
    ],
)
def test_the_admin_saves_a_latin_slug(staff, language, title, typed_slug, expected):
    home = page_at(language)

    response = add_standard_page(staff, home, title, typed_slug)

    assert response.status_code == 302
    page = StandardPage.objects.child_of(home).get(title=title)
    assert page.slug == expected
    assert page.url == f"/{language}/{expected}/"


def test_two_titles_with_the_same_transliteration_are_told_apart(staff):
    home = page_at("tg")
    add_standard_page(staff, home, "Ҳунар", "ҳунар")

    response = add_standard_page(staff, home, "Ҳунар 2", "ҳунар")

    assert response.status_code == 200
    assert "The slug &#x27;hunar&#x27; is already in use" in response.content.decode()


def test_the_slug_stays_when_a_published_page_is_renamed(staff):
    home = page_at("tg")
    add_standard_page(staff, home, "Ҳунар", "ҳунар")
    page = StandardPage.objects.child_of(home).get(slug="hunar")

    page.title = "Ҳунари мардумӣ"
    page.save_revision().publish()

    page.refresh_from_db()
    assert page.slug == "hunar"
