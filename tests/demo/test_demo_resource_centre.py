"""The demo's resource centre: materials in three languages with real PDFs, two partner
organisations with accounts, one contribution waiting; loaded once, whatever the runs."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

import pytest

from resources.access import is_member
from resources.models import (
    MonthlyDownloads,
    PartnerAccount,
    Resource,
    ResourceCentrePage,
    ResourceFile,
    ResourceStatus,
)
from tests.helpers import soup

pytestmark = pytest.mark.django_db

PARTNERS = ["nodira@zarafshon.example", "zarina@khatlon-women.example"]


def approved(language):
    return Resource.objects.filter(locale__language_code=language, status=ResourceStatus.APPROVED)


def test_a_dozen_materials_in_english_russian_and_tajik():
    for language in ["en", "ru", "tg"]:
        assert approved(language).count() == 12, language
    survey = approved("ru").get(slug="opros-grazhdanskogo-obshchestva-2025")
    assert survey.title.startswith("Организации гражданского общества Таджикистана")
    assert survey.organisation.name == "Фонд «Евразия» Центральной Азии"
    volunteers = approved("tg").get(slug="idorakunii-ikhtiyoriyon")
    assert volunteers.title == "Идоракунии ихтиёриён дар ҷамоаҳои деҳот"
    written_in = set(approved("en").values_list("languages__code", flat=True))
    assert {"en", "ru", "tg"} <= written_in


def test_each_material_has_a_pdf_in_private_storage_whose_text_search_reads():
    material = approved("en").get(slug="volunteer-management")
    (file,) = ResourceFile.objects.filter(resource_key=material.translation_key)
    assert file.content_type == "application/pdf"
    assert file.file.read(5) == b"%PDF-"
    private_folder = str(file.file.storage.location)
    assert file.file.path.startswith(private_folder)
    assert not private_folder.startswith(str(settings.MEDIA_ROOT))
    # The Tajik text inside the PDF, on every translation of the material.
    for translation in Resource.objects.filter(translation_key=material.translation_key):
        assert "ихтиёриён" in translation.file_text
    files = ResourceFile.objects.filter(resource_key__in=approved("en").values("translation_key"))
    assert files.count() == 12


def test_one_contribution_waits_for_moderation_in_its_contributors_language():
    (waiting,) = Resource.objects.exclude(status=ResourceStatus.APPROVED)
    assert waiting.status == ResourceStatus.SUBMITTED
    assert waiting.locale.language_code == "tg"
    assert waiting.submitted_by.username == "zarina@khatlon-women.example"
    assert waiting.organisation.name == "Шабакаи занони деҳоти Хатлон"
    assert ResourceFile.objects.filter(resource_key=waiting.translation_key).count() == 1


def test_two_partner_organisations_with_verified_accounts_and_access_by_contribution():
    accounts = PartnerAccount.objects.filter(user__username__in=PARTNERS).select_related("user")
    assert {account.user.username for account in accounts} == set(PARTNERS)
    assert all(account.email_verified_at for account in accounts)
    assert not any(account.user.is_staff for account in accounts)
    contributed, waiting = (get_user_model().objects.get(username=email) for email in PARTNERS)
    assert is_member(contributed)  # Zarafshon has approved materials
    assert not is_member(waiting)  # Khatlon's only material waits


def test_the_resource_centre_page_in_three_languages():
    pages = ResourceCentrePage.objects.live()
    assert sorted(pages.values_list("locale__language_code", "slug")) == [
        ("en", "resources"),
        ("ru", "resursy"),
        ("tg", "zakhiraho"),
    ]
    assert pages.get(locale__language_code="tg").title == "Маркази захираҳо"


def test_the_demo_has_downloads_to_report():
    assert MonthlyDownloads.objects.filter(language="tg").exists()
    report = approved("en").get(slug="civil-society-survey-2025")
    assert report.downloads == 9 + 12 + 7


def test_loading_the_demo_again_adds_no_material_file_count_or_account():
    def counts():
        return [
            model.objects.count()
            for model in [Resource, ResourceFile, MonthlyDownloads, PartnerAccount]
        ]

    before = counts()
    call_command("load_demo_content")

    assert counts() == before


def test_ensure_demo_partners_gives_both_accounts_one_generated_password(
    settings, tmp_path, capsys
):
    settings.LOCAL_DIR = tmp_path

    call_command("ensure_demo_partners")
    call_command("ensure_demo_partners")

    password = (tmp_path / "demo-partner-password").read_text().strip()
    assert len(password) >= 16
    assert (tmp_path / "demo-partner-password").stat().st_mode & 0o077 == 0
    for email in PARTNERS:
        assert get_user_model().objects.get(username=email).check_password(password)
    output = capsys.readouterr().out
    assert password in output
    assert "'nodira@zarafshon.example'" in output


def test_the_tajik_resource_centre_lists_the_materials_but_not_the_waiting_one(client):
    page = soup(client.get("/tg/zakhiraho/"))

    titles = [heading.get_text(strip=True) for heading in page.select("main h2")]
    assert "Идоракунии ихтиёриён дар ҷамоаҳои деҳот" in titles
    assert "Ҳуқуқҳои меҳнатии занони деҳот" not in titles
    assert len(titles) == 12


def test_search_finds_a_word_that_is_only_inside_a_demo_pdf(client):
    # "отклонение" (deviation) is in the Russian PDF's text, not in any title or summary.
    page = soup(client.get("/ru/resursy/", {"q": "отклонение"}))

    titles = [heading.get_text(strip=True) for heading in page.select("main h2")]
    assert titles == ["Финансовая отчётность для небольших НКО"]
