"""The contact page on a phone, in Tajik: everything readable, nothing off screen, and
nothing loaded from another site."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_the_tajik_contact_page_on_a_phone(site_url, phone, screenshot):
    requested = []
    phone.on("request", lambda request: requested.append(request.url))

    phone.goto(f"{site_url}/tg/tamos/")

    assert phone.locator("h1").inner_text() == "Тамос"
    details = phone.locator("main .contact-details")
    assert "кӯчаи Бохтар, 17" in details.inner_text()
    assert "Душанбе — ҷумъа: 10:00–19:00" in details.inner_text()
    assert details.get_by_role("link", name="info@bactria.tj").is_visible()
    assert details.get_by_role("link", name="+992 37 221 45 67").is_visible()
    map_link = details.get_by_role("link", name="Харитаро дар OpenStreetMap бинед")
    assert map_link.get_attribute("href").startswith("https://www.openstreetmap.org/?mlat=")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert all(url.startswith(site_url) for url in requested)  # no tiles, no scripts
    screenshot(phone, "contact-tg-360")
