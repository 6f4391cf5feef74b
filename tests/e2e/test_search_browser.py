"""The site search in the header, as a visitor who types Tajik in Latin letters uses it."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_tajik_title_typed_in_latin_letters_is_found_on_a_phone(site_url, phone, screenshot):
    phone.goto(f"{site_url}/tg/")

    search = phone.locator("#site-search-q")
    search.fill("joizai musiqii")
    search.press("Enter")

    phone.wait_for_url(f"{site_url}/tg/search/?q=joizai+musiqii")
    result = phone.locator(".results h2 a", has_text="Ҷоизаи мусиқии Боб").first
    assert result.is_visible()
    screenshot(phone, "search-latin-tg-360")
    result.click()
    assert phone.locator("h1").first.inner_text().startswith("Ҷоизаи мусиқии Боб")
