"""Visitors who hit a missing page or a server error read why, in their language."""

from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Page not found"), ("ru", "Страница не найдена"), ("tg", "Саҳифа ёфт нашуд")],
)
def test_missing_page_answers_404_in_the_visitors_language(client, language, heading):
    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == heading
    assert page.select_one("main a.button")["href"] == f"/{language}/"
    # The header and footer still help the visitor on their way.
    assert page.select_one("nav.main-nav") is not None


@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Something went wrong"), ("ru", "Что-то пошло не так"), ("tg", "Хатое рух дод")],
)
def test_server_error_page_is_in_the_visitors_language(language, heading):
    request = RequestFactory().get(f"/{language}/")
    with translation.override(language):
        response = server_error(request)

    assert response.status_code == 500
    page = BeautifulSoup(response.content, "html.parser")
    assert page.html["lang"] == language
    assert page.h1.get_text(strip=True) == heading
