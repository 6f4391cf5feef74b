"""The resource centre's whole flow in a browser: a partner shares a material on a
phone, a resource moderator approves it in the Russian admin, and the partner, whose
organisation has now contributed, downloads another organisation's members-only
material. And the other way through the queue: the moderator asks for changes, the
partner reads the message, changes the material and sends it back to the queue."""

import datetime
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest

from partners.models import Organisation
from resources.models import PartnerAccount, Resource, ResourceStatus
from tests.applications.conftest import PDF, run_mail_worker
from tests.resources.conftest import add_file, centre, make_material, pdf_bytes  # noqa: F401

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "violet-apricot-1987"  # noqa: S105 (a test account's)
STAFF_PASSWORD = "a-long-test-password"  # noqa: S105 (a test account's)
OTHER_ORGANISATION = "Civil Voices of Khatlon"


@pytest.fixture
def other_material(site_url, centre, make_material, add_file):  # noqa: F811
    """Another organisation's approved, members-only material in Russian, with a PDF."""
    organisation = Organisation.objects.create(
        name=OTHER_ORGANISATION, locale=Locale.objects.get(language_code="ru")
    )
    material = make_material(
        "Руководство по общественному мониторингу",
        "ru",
        kind="toolkit",
        year=2025,
        organisation=organisation,
        summary="Как местные организации следят за расходами района.",
    )
    material.pdf = pdf_bytes("Public monitoring")
    add_file(material, "monitoring.pdf", content=material.pdf)
    return material


@pytest.fixture
def moderator(db):
    """A resource moderator whose admin speaks Russian (their profile's language)."""
    user = get_user_model().objects.create_user("moderator", "moderator@bactria.tj", STAFF_PASSWORD)
    user.groups.add(Group.objects.get(name="Resource moderators"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    return user


@pytest.fixture
def phone_with_axe(new_tab):
    """A phone whose pages accept axe-core's script (the site's CSP would refuse it)."""
    return new_tab("phone", bypass_csp=True)


def sign_up_and_confirm(page, site_url, email, organisation):
    """Sign up in Russian, open the link of the confirmation email, sign in."""
    page.goto(f"{site_url}/ru/account/sign-up/")
    page.fill("#id_name", "Фарход Каримов")
    page.fill("#id_email", email)
    page.fill("#id_password", PASSWORD)
    page.fill("#id_organisation", organisation)
    page.select_option("#id_organisation_type", "cso")
    page.get_by_role("button", name="Создать учётную запись").click()
    page.wait_for_url(f"{site_url}/ru/account/sign-up/sent/")
    run_mail_worker()
    [email_sent] = [message for message in mail.outbox if email in message.to]
    link = re.search(r"http://\S+", email_sent.body).group(0)
    page.goto(link.replace("http://testserver", site_url))
    assert page.locator("h1").inner_text() == "Ваш адрес подтверждён"
    page.get_by_role("main").get_by_role("link", name="Войти").click()
    sign_in_as_partner(page, site_url, email)


def sign_in_as_partner(page, site_url, email):
    if "/account/sign-in/" not in page.url:
        page.goto(f"{site_url}/ru/account/sign-in/")
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Войти").click()
    page.wait_for_url(f"{site_url}/ru/account/materials/")


def share(page, site_url, title, tmp_path):
    page.get_by_role("link", name="Поделиться материалом").click()
    pdf = tmp_path / "budget.pdf"
    pdf.write_bytes(PDF)
    page.fill("#id_title", title)
    page.fill("#id_summary", "Двухдневный учебный модуль о бюджете.")
    page.select_option("#id_kind", "training-module")
    page.check("input[name=languages][value=ru]")
    page.set_input_files("#id_file", str(pdf))
    page.check("#id_rights")
    page.get_by_role("button", name="Отправить на модерацию").click()
    page.wait_for_url(f"{site_url}/ru/account/materials/")


def open_queue(page, site_url, *, from_menu=False):
    """The moderator opens the queue from the dashboard, which says a material waits, or
    from the admin's menu (Resource centre)."""
    page.goto(f"{site_url}/admin/")
    waiting = page.locator("#materials-waiting-section")
    count = Resource.objects.filter(status=ResourceStatus.SUBMITTED).count()
    assert waiting.locator("p").inner_text().startswith(f"{count} материал")
    if from_menu:
        page.get_by_role("button", name="Ресурсный центр").click()
        page.get_by_role("link", name="Очередь модерации", exact=True).click()
    else:
        waiting.get_by_role("link", name="Открыть очередь модерации").click()
    page.wait_for_url(f"{site_url}/admin/resource-moderation/")
    assert page.locator("h1").inner_text().strip() == "Очередь модерации"


def row_of(page, material):
    return page.locator(f"#material-{material.pk}")


def test_a_partner_shares_a_moderator_approves_and_the_partner_downloads(
    site_url, phone, desktop, sign_in, screenshot, tmp_path, other_material, moderator
):
    sign_up_and_confirm(phone, site_url, "farhod@youth.example.tj", "Молодёжь Бадахшана")
    share(phone, site_url, "Бюджет для малых НКО", tmp_path)
    shared = Resource.objects.get(title="Бюджет для малых НКО")
    assert shared.status == ResourceStatus.SUBMITTED

    # Not yet a contributor: the other organisation's material is not to download.
    phone.goto(f"{site_url}/ru/resursy/{other_material.slug}/")
    assert phone.locator(".material-files a[download]").count() == 0
    assert phone.locator(".access-help").count() == 1

    sign_in(desktop, "moderator", STAFF_PASSWORD)
    open_queue(desktop, site_url)
    row = row_of(desktop, shared)
    assert "Бюджет для малых НКО" in row.inner_text()
    assert "Молодёжь Бадахшана" in row.inner_text()
    assert "budget.pdf" in row.inner_text()
    screenshot(desktop, "moderation-queue-ru-1280")
    row.get_by_role("button", name="Одобрить").click()
    desktop.wait_for_url(f"{site_url}/admin/resource-moderation/")
    assert "одобрен" in desktop.locator(".messages").inner_text()
    assert row_of(desktop, shared).count() == 0
    screenshot(desktop, "moderation-approved-ru-1280")
    shared.refresh_from_db()
    assert shared.status == ResourceStatus.APPROVED

    phone.goto(f"{site_url}/ru/account/materials/")
    assert "Одобрен" in phone.locator(".my-materials__item").inner_text()
    phone.goto(f"{site_url}/ru/resursy/{other_material.slug}/")
    screenshot(phone, "resource-member-download-ru-360")
    with phone.expect_download() as download_info:
        phone.locator(".material-files a[download]").click()
    download = download_info.value
    assert download.suggested_filename == "monitoring.pdf"
    with open(download.path(), "rb") as file:
        assert file.read() == other_material.pdf


CHANGES = "Добавьте, пожалуйста, год и авторов модуля."


def zarinas_material(make, attach, **fields):
    """A material of a verified, confirmed partner of "Женщины Памира", with a PDF."""
    organisation = Organisation.objects.create(
        name="Женщины Памира", locale=Locale.objects.get(language_code="ru")
    )
    user = get_user_model().objects.create_user(
        "zarina@ngo.example.tj", "zarina@ngo.example.tj", PASSWORD
    )
    PartnerAccount.objects.create(
        user=user,
        organisation=organisation,
        organisation_type="cso",
        language="ru",
        email_verified_at=timezone.now() - datetime.timedelta(days=1),
        membership_confirmed=True,
    )
    material = make(
        "Бюджет для малых НКО",
        "ru",
        kind="training-module",
        organisation=organisation,
        submitted_by=user,
        public=False,
        languages=["ru"],
        **fields,
    )
    attach(material, "budget.pdf")
    return material


def unconfirmed_members_material(beside):
    """A material shared by someone who named `beside`'s organisation at sign-up and
    whose membership staff have not confirmed."""
    user = get_user_model().objects.create_user("claims@example.tj", "claims@example.tj", "x")
    PartnerAccount.objects.create(
        user=user,
        organisation=beside.organisation,
        organisation_type="cso",
        email_verified_at=timezone.now(),
    )
    return Resource.objects.create(
        title="Отчёт о слушаниях",
        summary="Слушания по бюджету в Рашти.",
        kind="report",
        locale=beside.locale,
        organisation=beside.organisation,
        submitted_by=user,
        status=ResourceStatus.SUBMITTED,
    )


@pytest.fixture
def waiting_material(site_url, centre, make_material, add_file):  # noqa: F811
    return zarinas_material(make_material, add_file, status=ResourceStatus.SUBMITTED)


@pytest.fixture
def sent_back_material(site_url, centre, make_material, add_file):  # noqa: F811
    return zarinas_material(
        make_material,
        add_file,
        status=ResourceStatus.CHANGES_REQUESTED,
        moderation_message=CHANGES,
    )


def test_a_moderator_asks_for_changes_and_the_partner_sends_it_back(
    site_url, phone_with_axe, desktop, sign_in, screenshot, waiting_material, moderator
):
    phone = phone_with_axe
    claimed = unconfirmed_members_material(waiting_material)
    sign_in(desktop, "moderator", STAFF_PASSWORD)
    open_queue(desktop, site_url, from_menu=True)
    notice = row_of(desktop, claimed).locator(".resource-moderation__unconfirmed")
    assert "не подтверждённый член организации Женщины Памира" in notice.inner_text()
    confirmed_row = row_of(desktop, waiting_material)
    assert confirmed_row.locator(".resource-moderation__unconfirmed").count() == 0
    notice.scroll_into_view_if_needed()  # the admin scrolls its main column, not the page
    screenshot(desktop, "moderation-queue-unconfirmed-ru-1280")
    row = row_of(desktop, waiting_material)
    row.locator("textarea[name=message]").fill(CHANGES)
    row.get_by_role("button", name="Запросить изменения").click()
    desktop.wait_for_url(f"{site_url}/admin/resource-moderation/")
    assert row_of(desktop, waiting_material).count() == 0

    run_mail_worker()
    [email] = [message for message in mail.outbox if "zarina@ngo.example.tj" in message.to]
    assert CHANGES in email.body

    sign_in_as_partner(phone, site_url, "zarina@ngo.example.tj")
    item = phone.locator(".my-materials__item", has_text="Бюджет для малых НКО")
    assert "Нужны изменения" in item.inner_text()
    assert CHANGES in item.inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "partner-changes-requested-ru-360")
    item.get_by_role("link", name="Изменить и отправить снова").click()
    phone.wait_for_url("**/account/materials/*/change/")
    assert CHANGES in phone.locator("main").inner_text()
    assert phone.input_value("#id_title") == "Бюджет для малых НКО"
    phone.fill("#id_year", "2025")
    phone.fill("#id_authors", "Зарина Назарова")
    phone.check("#id_rights")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360
    screenshot(phone, "partner-change-material-ru-360")
    phone.get_by_role("button", name="Отправить на модерацию").click()
    phone.wait_for_url(f"{site_url}/ru/account/materials/")
    assert "Ожидает модерации" in item.inner_text()

    waiting_material.refresh_from_db()
    assert waiting_material.status == ResourceStatus.SUBMITTED
    assert (waiting_material.year, waiting_material.authors) == (2025, "Зарина Назарова")
    desktop.reload()
    row = row_of(desktop, waiting_material)
    assert "Бюджет для малых НКО" in row.inner_text()


def test_the_pages_of_a_material_sent_back_have_no_serious_accessibility_violation(
    site_url, phone_with_axe, sent_back_material
):
    """My organisation's materials with the moderators' message, and the page to change
    the material and send it back, in the three languages."""
    from tests.e2e.test_accessibility import serious_violations

    phone = phone_with_axe
    sign_in_as_partner(phone, site_url, "zarina@ngo.example.tj")
    change = f"/account/materials/{sent_back_material.pk}/change/"
    found = {}
    for language in ("en", "ru", "tg"):
        for path in (f"/{language}/account/materials/", f"/{language}{change}"):
            assert phone.goto(f"{site_url}{path}").status == 200, path
            assert CHANGES in phone.locator("main").inner_text()
            found[path] = serious_violations(phone)
    phone.goto(f"{site_url}/tg{change}")
    phone.locator("main form[enctype] button[type=submit]").click()  # rights box not ticked
    phone.wait_for_selector(".field--invalid")
    found["refused change (tg)"] = serious_violations(phone)

    assert found == {path: [] for path in found}
