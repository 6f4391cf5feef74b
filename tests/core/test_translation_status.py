"""The translation status report: missing, out of date, incomplete and up-to-date versions."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from django.urls import reverse

from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

import pytest

from applications.models import OpenCallPage
from core.models import TextFingerprint
from home.models import StandardPage
from people.models import Person
from resources.downloads import count_download
from resources.models import Resource
from tests.helpers import page_at, soup

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "x" * 16)
    client.force_login(user)
    return client


def report(client, **params):
    return soup(client.get(reverse("translation_status"), params))


def status_of(client, title, **params):
    """{language: (status, link or None)} of the row named `title`."""
    row = next(
        (
            tr
            for tr in report(client, **params).select("table.translation-status tbody tr")
            if tr.td and tr.td.get_text(strip=True) == title
        ),
        None,
    )
    if row is None:
        return None
    return {
        cell["data-language"]: (cell["class"][0].split("__")[1], cell.a["href"] if cell.a else None)
        for cell in row.select("td[data-language]")
    }


def label_of(client, title, language):
    row = next(
        tr
        for tr in report(client).select("table.translation-status tbody tr")
        if tr.td and tr.td.get_text(strip=True) == title
    )
    return row.select_one(f"td[data-language={language}]").get_text(" ", strip=True)


def new_page(title, **fields):
    page = StandardPage(title=title, slug=title.lower().replace(" ", "-"), **fields)
    page_at("en").add_child(instance=page)
    page.save_revision().publish()
    return page


def submit_translation(client, page, language):
    """Submit the page for translation, as staff do: its translation is published then."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [Locale.objects.get(language_code=language).pk]},
        )
    assert response.status_code == 302
    return page.get_translation(Locale.objects.get(language_code=language))


def translate_segments(page, language, count=None):
    """Translate the first `count` (all by default) segments of the page's synced text."""
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    segments = StringSegment.objects.filter(source=source).order_by("order")
    for segment in segments[:count]:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            context=segment.context,
            locale=Locale.objects.get(language_code=language),
            defaults={"data": f"{language}-{segment.string.data}"},
        )
    return source


def test_demo_pages_are_up_to_date_in_every_language(staff):
    about = page_at("en", "about")

    assert status_of(staff, about.title) == {
        "ru": ("current", reverse("wagtailadmin_pages:edit", args=[page_at("ru", "o-tsentre").pk])),
        "tg": (
            "current",
            reverse("wagtailadmin_pages:edit", args=[page_at("tg", "dar-borai-markaz").pk]),
        ),
    }


def test_a_page_not_yet_translated_is_missing_with_a_link_to_translate_it(staff):
    page = new_page("Volunteers")

    status = status_of(staff, "Volunteers")

    translate = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert status == {"ru": ("missing", translate), "tg": ("missing", translate)}
    assert status_of(staff, "Volunteers", only="missing") == status


def test_a_submitted_translation_is_incomplete_until_every_segment_is_translated(staff):
    page = new_page("Volunteers", summary="Help us run the festival.")
    tajik = submit_translation(staff, page, "tg")
    edit = reverse("wagtailadmin_pages:edit", args=[tajik.pk])

    # The title, the slug and the summary are the page's three segments.
    assert status_of(staff, "Volunteers")["tg"] == ("incomplete", edit)
    assert label_of(staff, "Volunteers", "tg") == "Incomplete: 0 of 3 segments translated"
    assert status_of(staff, "Volunteers", only="incomplete")["tg"] == ("incomplete", edit)

    translate_segments(page, "tg", count=1)
    assert label_of(staff, "Volunteers", "tg") == "Incomplete: 1 of 3 segments translated"

    translate_segments(page, "tg")
    assert status_of(staff, "Volunteers")["tg"] == ("current", edit)
    assert label_of(staff, "Volunteers", "tg") == "Up to date"
    assert status_of(staff, "Volunteers")["ru"][0] == "missing"


def test_the_progress_is_counted_in_the_editor_s_language(client):
    user = get_user_model().objects.create_superuser("olga", "olga@example.org", "x" * 16)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ru"
    profile.save()
    client.force_login(user)
    page = new_page("Volunteers", summary="Help us run the festival.")
    submit_translation(client, page, "tg")
    translate_segments(page, "tg", count=1)

    assert label_of(client, "Volunteers", "tg") == "Не завершён: переведено 1 из 3 фрагментов"


def test_publishing_with_an_untranslated_segment_leaves_it_incomplete(
    staff, django_capture_on_commit_callbacks
):
    page = new_page("Volunteers", summary="Help us run the festival.")
    tajik = submit_translation(staff, page, "tg")
    translate_segments(page, "tg", count=2)

    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes then
        response = staff.post(
            reverse("wagtailadmin_pages:edit", args=[tajik.pk]), {"action": "publish"}
        )

    assert response.status_code == 302
    tajik.refresh_from_db()
    assert tajik.live and tajik.title == "tg-Volunteers"
    assert status_of(staff, "Volunteers")["tg"][0] == "incomplete"
    assert label_of(staff, "Volunteers", "tg") == "Incomplete: 2 of 3 segments translated"


def test_a_synced_translation_is_no_longer_offered_a_sync(staff):
    page = new_page("Volunteers", summary="Help us run the festival.")
    submit_translation(staff, page, "tg")
    source = translate_segments(page, "tg")
    assert status_of(staff, "Volunteers")["tg"][0] == "current"

    page.summary = "Help us run the festival and the summer school."
    page.save_revision().publish()

    status, sync = status_of(staff, "Volunteers")["tg"]
    assert status == "outdated"
    assert sync.startswith(reverse("wagtail_localize:update_translations", args=[source.pk]))
    assert label_of(staff, "Volunteers", "tg") == "Out of date: sync"
    assert staff.get(sync).status_code == 200

    assert staff.post(sync, {}).status_code == 302  # sync, without publishing

    status, link = status_of(staff, "Volunteers")["tg"]
    assert status == "incomplete"  # the new summary is not translated yet
    assert "localize/update" not in link
    assert label_of(staff, "Volunteers", "tg") == "Incomplete: 2 of 3 segments translated"


def test_editing_the_english_page_puts_its_translations_out_of_date(staff):
    about = page_at("en", "about")
    about.summary = "The centre, as it is today."
    about.save_revision().publish()

    status = status_of(staff, about.title)

    assert {language: state for language, (state, _url) in status.items()} == {
        "ru": "outdated",
        "tg": "outdated",
    }
    assert status["ru"][1].startswith("/admin/localize/update/")
    assert status_of(staff, page_at("en", "contact").title, only="outdated") is None


def test_snippets_are_in_the_report_with_their_status(staff):
    person = Person.objects.filter(locale__language_code="en").order_by("name").first()
    newcomer = Person.objects.create(name="Zarina Newcomer", locale=Locale.get_default())

    people = report(staff).find("th", string="People")
    assert people is not None
    status = status_of(staff, person.name)
    assert {language: state for language, (state, _url) in status.items()} == {
        "ru": "current",
        "tg": "current",
    }
    russian = person.get_translation(Locale.objects.get(language_code="ru"))
    assert status["ru"][1] == reverse("wagtailsnippets_people_person:edit", args=[russian.pk])
    translate = reverse(
        "wagtail_localize:submit_snippet_translation", args=["people", "person", newcomer.pk]
    )
    assert status_of(staff, "Zarina Newcomer") == {
        "ru": ("missing", translate),
        "tg": ("missing", translate),
    }

    person.role = "Director of the centre"
    person.save()

    status, sync = status_of(staff, person.name)["tg"]
    assert status == "outdated"
    assert staff.post(sync, {}).status_code == 302
    assert status_of(staff, person.name)["tg"][0] == "incomplete"


def states(client, title):
    """{language: status} of the row named `title`."""
    return {language: state for language, (state, _url) in status_of(client, title).items()}


def demo_material():
    return Resource.objects.filter(locale__language_code="en").order_by("title").first()


def test_a_material_s_downloads_and_files_leave_its_translations_up_to_date(staff):
    material = demo_material()
    assert states(staff, material.title) == {"ru": "current", "tg": "current"}

    count_download(material, "ru")
    count_download(material, "en")
    material.refresh_from_db()
    material.file_text = "Words read from the material's new file."
    material.save()

    assert material.downloads == 2
    assert states(staff, material.title) == {"ru": "current", "tg": "current"}


def test_a_material_s_english_title_changing_puts_its_translations_out_of_date(staff):
    material = demo_material()
    material.title = "Jazz in Dushanbe: a guide for teachers"
    material.save()

    status = status_of(staff, material.title)

    assert {language: state for language, (state, _url) in status.items()} == {
        "ru": "outdated",
        "tg": "outdated",
    }
    assert status["ru"][1].startswith("/admin/localize/update/")


def demo_call():
    return OpenCallPage.objects.get(locale__language_code="en", reference_prefix="DEJF")


def test_an_open_call_re_published_with_other_reviewers_stays_up_to_date(staff):
    call = demo_call()
    assert states(staff, call.title) == {"ru": "current", "tg": "current"}
    reviewer = get_user_model().objects.create_user("rustam", "rustam@example.org", "x" * 16)
    reviewer.groups.add(Group.objects.get(name="Application reviewers"))

    call.reviewers.add(reviewer)
    call.save_revision().publish()

    assert list(demo_call().reviewers.all()) == [reviewer]
    assert states(staff, call.title) == {"ru": "current", "tg": "current"}


def test_an_open_call_re_published_with_a_new_title_is_out_of_date(staff):
    call = demo_call()
    call.title = "Dushanbe Ethno Jazz Festival: bands wanted"
    call.save_revision().publish()

    assert states(staff, call.title) == {"ru": "outdated", "tg": "outdated"}


def test_objects_from_before_fingerprints_were_kept_get_theirs_in_the_report(staff):
    about = page_at("en", "about")
    about.summary = "The centre, as it is today."
    about.save_revision().publish()
    material = demo_material()
    TextFingerprint.objects.all().delete()

    assert states(staff, about.title) == {"ru": "outdated", "tg": "outdated"}
    assert states(staff, page_at("en", "contact").title) == {"ru": "current", "tg": "current"}
    assert states(staff, material.title) == {"ru": "current", "tg": "current"}
    kept = TextFingerprint.objects.get(translation_key=about.translation_key, locale=about.locale)
    assert kept.live and kept.synced and kept.live != kept.synced


def admin_user(username, *codenames, pages=()):
    """A user in a group of their own with these permissions (and `change_page` on `pages`)."""
    group = Group.objects.create(name=f"{username} group")
    group.permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", *codenames]),
    )
    for page in pages:
        GroupPagePermission.objects.create(
            group=group, page=page, permission=Permission.objects.get(codename="change_page")
        )
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x" * 16)
    user.groups.add(group)
    return user


def test_links_are_offered_only_to_users_who_may_follow_them(client, staff):
    volunteers = new_page("Volunteers")
    about = page_at("en", "about")
    about.summary = "The centre, as it is today."
    about.save_revision().publish()
    root = Page.objects.get(depth=1)

    client.force_login(admin_user("writer", "change_person", pages=[root]))
    assert status_of(client, "Volunteers") == {"ru": ("missing", None), "tg": ("missing", None)}
    assert {url for _state, url in status_of(client, about.title).values()} == {None}
    assert label_of(client, "Volunteers", "tg") == "Missing"
    assert label_of(client, about.title, "tg") == "Out of date"
    # What they may do, they are offered: editing a translated page.
    contact = page_at("en", "contact")
    tajik_contact = contact.get_translation(Locale.objects.get(language_code="tg"))
    assert status_of(client, contact.title)["tg"] == (
        "current",
        reverse("wagtailadmin_pages:edit", args=[tajik_contact.pk]),
    )

    client.force_login(admin_user("stranger", "submit_translation"))
    assert status_of(client, "Volunteers") == {"ru": ("missing", None), "tg": ("missing", None)}
    assert status_of(client, page_at("en", "contact").title)["tg"] == ("current", None)

    client.force_login(admin_user("translator", "submit_translation", pages=[root]))
    translate = status_of(client, "Volunteers")["tg"][1]
    assert translate == reverse("wagtail_localize:submit_page_translation", args=[volunteers.pk])
    assert client.get(translate).status_code == 200
    state, sync = status_of(client, about.title)["tg"]
    assert state == "outdated"
    assert client.get(sync).status_code == 200


def test_the_report_costs_the_same_queries_whatever_the_number_of_pages(
    client, django_assert_max_num_queries
):
    # The user's permissions (page and snippet), the pages, each snippet model, and
    # wagtail-localize's sources, translations and segment counts.
    client.force_login(admin_user("translator", "submit_translation", pages=[page_at("en")]))
    url = reverse("translation_status")
    client.get(url)
    with django_assert_max_num_queries(30) as before:
        assert client.get(url).status_code == 200
    for number in range(5):
        page = new_page(f"Volunteers {number}", summary="Help us.")
        submit_translation_as_superuser(page)

    with django_assert_max_num_queries(len(before)):
        assert client.get(url).status_code == 200


def submit_translation_as_superuser(page):
    from wagtail_localize.models import Translation

    source, _created = TranslationSource.get_or_create_from_instance(page)
    Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="tg")
    ).save_target(publish=True)
