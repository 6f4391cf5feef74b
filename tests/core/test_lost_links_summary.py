"""The pages where someone who lost their private link asks for it again
(templates/core/lost_links.html): an address that is not one is named in the summary
of mistakes at the top, in the visitor's language, with a link to the field."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import pytest

from tests.helpers import soup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("page_name", "language", "label"),
    [
        ("bookings:find", "ru", "Адрес электронной почты, указанный при бронировании"),
        ("applications:find", "tg", "Суроғаи почтаи электроние, ки бо он ариза додаед"),
    ],
)
def test_a_wrong_address_is_named_in_the_summary_with_a_link_to_the_field(
    client, page_name, language, label
):
    with translation.override(language):
        address = reverse(page_name)
        invalid_email = gettext("Enter a valid email address.")

    page = soup(client.post(address, {"email": "malika.example.org"}))

    summary = page.select_one("#form-errors")
    assert [(link["href"], link.get_text()) for link in summary.select("li a")] == [
        ("#id_email", f"{label} — {invalid_email}")
    ]
    assert page.select("[role=alert]") == [summary]
    assert page.select_one("#id_email")["value"] == "malika.example.org"


def test_the_blank_page_has_no_summary(client):
    with translation.override("tg"):
        address = reverse("bookings:find")

    assert soup(client.get(address)).select_one("#form-errors") is None
