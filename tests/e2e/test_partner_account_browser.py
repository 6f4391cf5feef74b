"""A partner signs up on a phone, confirms the address from the email, signs in and
shares a PDF, which waits among the organisation's materials. axe-core finds nothing
serious on the account pages."""

import re

from django.core import mail

import pytest

from tests.applications.conftest import PDF, run_mail_worker
from tests.e2e.test_accessibility import serious_violations

pytestmark = pytest.mark.e2e

PASSWORD = "violet-apricot-1987"  # noqa: S105 (a test account's)


def test_a_partner_signs_up_confirms_signs_in_and_shares_a_pdf(
    site_url, new_tab, screenshot, tmp_path
):
    phone = new_tab("phone", bypass_csp=True)
    phone.goto(f"{site_url}/ru/account/sign-up/")
    assert serious_violations(phone) == []
    phone.fill("#id_name", "Зарина Назарова")
    phone.fill("#id_email", "zarina@ngo.example.tj")
    phone.fill("#id_password", PASSWORD)
    phone.fill("#id_organisation", "Женщины Памира")
    phone.select_option("#id_organisation_type", "cso")
    screenshot(phone, "partner-sign-up-ru-360")
    phone.get_by_role("button", name="Создать учётную запись").click()
    phone.wait_for_url(f"{site_url}/ru/account/sign-up/sent/")

    run_mail_worker()
    [email] = mail.outbox
    link = re.search(r"http://\S+", email.body).group(0).replace("http://testserver", site_url)
    phone.goto(link)
    assert phone.locator("h1").inner_text() == "Ваш адрес подтверждён"
    phone.get_by_role("main").get_by_role("link", name="Войти").click()

    phone.fill("#id_username", "zarina@ngo.example.tj")
    phone.fill("#id_password", PASSWORD)
    phone.get_by_role("main").get_by_role("button", name="Войти").click()
    phone.wait_for_url(f"{site_url}/ru/account/materials/")
    phone.get_by_role("link", name="Поделиться материалом").click()
    phone.wait_for_url(f"{site_url}/ru/account/materials/share/")
    assert serious_violations(phone) == []

    pdf = tmp_path / "budget.pdf"
    pdf.write_bytes(PDF)
    phone.fill("#id_title", "Бюджет для малых НКО")
    phone.fill("#id_summary", "Двухдневный учебный модуль о бюджете.")
    phone.select_option("#id_kind", "training-module")
    phone.check("input[name=languages][value=ru]")
    phone.set_input_files("#id_file", str(pdf))
    phone.check("#id_rights")
    screenshot(phone, "partner-share-ru-360")
    phone.get_by_role("button", name="Отправить на модерацию").click()
    phone.wait_for_url(f"{site_url}/ru/account/materials/")
    item = phone.locator(".my-materials__item")
    assert "Бюджет для малых НКО" in item.inner_text()
    assert "Ожидает модерации" in item.inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    assert serious_violations(phone) == []
    screenshot(phone, "partner-materials-ru-360")
