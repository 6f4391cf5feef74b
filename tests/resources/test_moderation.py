"""The moderation queue: moderators approve, ask for changes or reject what partners
share; each step is logged and emailed to the contributor in their language; the partner
sees the message and sends a changed material back."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from resources import moderation
from resources.access import has_contributed
from resources.models import ResourceFile, ResourceStatus
from tests.helpers import soup
from tests.resources.account_helpers import partner, sent_emails, url
from tests.resources.conftest import a_material, staff
from tests.resources.samples import pdf

pytestmark = pytest.mark.django_db

QUEUE = "resource_moderation"


@pytest.fixture
def contributor(centre):
    return partner(language="tg")


def submitted(account, title="Budget hearings in Rasht", **fields):
    return a_material(
        title,
        organisation=account.organisation,
        submitted_by=account.user,
        status=ResourceStatus.SUBMITTED,
        **fields,
    )


def test_the_queue_lists_submitted_materials_oldest_first_with_links_to_their_files(
    client, moderator, contributor, add_file, private_files
):
    first = submitted(contributor, "First shared")
    second = submitted(contributor, "Second shared")
    a_material("Already approved")
    guide = add_file(first, "minutes.pdf")
    client.force_login(moderator)

    response = client.get(reverse(QUEUE))

    assert response.status_code == 200
    page = soup(response)
    titles = [item.h2.get_text(strip=True) for item in page.select(".resource-moderation__item")]
    assert titles == ["First shared", "Second shared"]
    link = page.select_one(f"#material-{first.pk} .resource-moderation__files a")
    assert link["href"] == reverse("resources:download", args=[guide.pk])
    assert second.pk
    assert client.get(link["href"]).status_code == 200  # the download view lets moderators in
    first.refresh_from_db()
    assert first.downloads == 0  # and does not count it in the donors' figures


def test_the_queue_makes_as_many_queries_for_ten_materials_as_for_one(
    client, moderator, contributor, add_file, private_files, django_assert_max_num_queries
):
    add_file(submitted(contributor, "Shared 0"))
    client.force_login(moderator)
    client.get(reverse(QUEUE))
    with django_assert_max_num_queries(60) as one:
        client.get(reverse(QUEUE))
    for number in range(1, 10):
        add_file(submitted(contributor, f"Shared {number}", slug=f"shared-{number}"))

    with django_assert_max_num_queries(len(one)) as many:
        response = client.get(reverse(QUEUE))

    assert len(soup(response).select(".resource-moderation__item")) == 10
    assert len(many) == len(one)


def test_approving_puts_it_in_the_catalogue_counts_the_contribution_and_emails_the_partner(
    post, client, moderator, contributor
):
    material = submitted(contributor)
    client.force_login(moderator)

    response = post(reverse("resource_moderate", args=[material.pk]), {"decision": "approve"})

    assert response.status_code == 302
    material.refresh_from_db()
    assert material.status == ResourceStatus.APPROVED
    assert has_contributed(contributor.organisation)
    (email,) = sent_emails()
    assert email.to == ["zarina@ngo.example.tj"]
    assert "Budget hearings in Rasht" in email.subject
    entry = ModelLogEntry.objects.get(action="resources.approve")
    assert entry.user == moderator
    assert "zarina" not in entry.label.lower()
    assert "Nazarova" not in entry.label


def test_asking_for_changes_needs_a_message_which_the_partner_gets_in_their_language(
    post, client, moderator, contributor
):
    material = submitted(contributor)
    client.force_login(moderator)

    post(reverse("resource_moderate", args=[material.pk]), {"decision": "changes", "message": " "})
    material.refresh_from_db()
    assert material.status == ResourceStatus.SUBMITTED
    assert sent_emails() == []

    post(
        reverse("resource_moderate", args=[material.pk]),
        {"decision": "changes", "message": "Please add the year and the authors."},
    )

    material.refresh_from_db()
    assert material.status == ResourceStatus.CHANGES_REQUESTED
    assert material.moderation_message == "Please add the year and the authors."
    (email,) = sent_emails()
    assert "Please add the year and the authors." in email.body
    assert "/tg/account/materials/" in email.body  # the partner signed up in Tajik
    assert ModelLogEntry.objects.filter(action="resources.ask_for_changes").count() == 1


def unconfirmed_beside(contributor):
    """(Someone who named the contributor's organisation at sign-up and is not confirmed
    as its member, what they shared, what the contributor shared)."""
    stranger = partner(
        "claims@pamir.example", organisation=contributor.organisation, confirmed=False
    )
    claimed = submitted(stranger, "Shared by someone unconfirmed")
    return stranger, claimed, submitted(contributor, "Shared by a confirmed member")


def test_the_queue_says_when_the_submitter_is_not_a_confirmed_member(
    client, moderator, contributor
):
    stranger, claimed, trusted = unconfirmed_beside(contributor)
    client.force_login(moderator)

    page = soup(client.get(reverse(QUEUE)))

    assert page.select_one("h1").get_text(strip=True) == "Moderation queue"
    notice = page.select_one(f"#material-{claimed.pk} .resource-moderation__unconfirmed")
    assert "not a confirmed member of Women of the Pamirs" in notice.get_text(" ", strip=True)
    edit = reverse("resource_partner_accounts:edit", args=[stranger.pk])
    assert notice.a["href"] == edit
    assert page.select_one(f"#material-{trusted.pk} .resource-moderation__unconfirmed") is None
    assert client.get(edit).status_code == 200  # the moderator may confirm it there


def test_approving_a_material_of_an_unconfirmed_member_says_so_with_a_link(
    post, client, moderator, contributor
):
    stranger, claimed, trusted = unconfirmed_beside(contributor)
    client.force_login(moderator)

    response = post(reverse("resource_moderate", args=[claimed.pk]), {"decision": "approve"})

    shown = soup(client.get(response.url)).select_one(".messages")
    messages = shown.get_text(" ", strip=True)
    assert "“Shared by someone unconfirmed” is approved" in messages
    assert "claims@pamir.example, who shared it, is not a confirmed member" in messages
    confirm = shown.find("a", string=lambda text: "Confirm the membership" in (text or ""))
    assert confirm["href"] == reverse("resource_partner_accounts:edit", args=[stranger.pk])
    page = soup(client.get(response.url))  # shown once
    assert "claims@pamir.example" not in page.get_text()

    response = post(reverse("resource_moderate", args=[trusted.pk]), {"decision": "approve"})
    page = soup(client.get(response.url))
    link = page.select_one(".messages a")
    assert link is None
    assert "not a confirmed member" not in page.select_one(".messages").get_text()


def test_rejecting_with_or_without_a_message(post, client, moderator, contributor):
    quiet = submitted(contributor, "Quiet refusal")
    said = submitted(contributor, "Explained refusal", slug="explained")
    client.force_login(moderator)

    post(reverse("resource_moderate", args=[quiet.pk]), {"decision": "reject"})
    post(
        reverse("resource_moderate", args=[said.pk]),
        {"decision": "reject", "message": "This is an advertisement."},
    )

    quiet.refresh_from_db()
    said.refresh_from_db()
    assert (quiet.status, said.status) == (ResourceStatus.REJECTED, ResourceStatus.REJECTED)
    assert said.moderation_message == "This is an advertisement."
    emails = sent_emails()
    assert len(emails) == 2
    assert any("This is an advertisement." in email.body for email in emails)
    assert not has_contributed(contributor.organisation)


def test_the_emails_are_written_in_russian_and_tajik_too(post, client, moderator, centre):
    russian = partner("rus@ngo.example.tj", language="ru")
    material = submitted(russian)
    client.force_login(moderator)

    post(
        reverse("resource_moderate", args=[material.pk]),
        {"decision": "changes", "message": "Добавьте год."},
    )

    (email,) = sent_emails()
    assert "/ru/account/materials/" in email.body
    assert "Dear" not in email.body


def test_a_decision_is_taken_once(post, client, moderator, contributor):
    material = submitted(contributor)
    client.force_login(moderator)
    post(reverse("resource_moderate", args=[material.pk]), {"decision": "reject"})

    post(reverse("resource_moderate", args=[material.pk]), {"decision": "approve"})

    material.refresh_from_db()
    assert material.status == ResourceStatus.REJECTED


def test_an_editor_without_the_moderation_permission_is_refused(client, contributor):
    editor = staff("Communication editors", "editor")
    material = submitted(contributor)
    client.force_login(editor)

    queue = client.get(reverse(QUEUE))
    assert queue.status_code == 302  # the admin's answer to a refusal: back to the dashboard
    assert queue["Location"] == reverse("wagtailadmin_home")
    response = client.post(
        reverse("resource_moderate", args=[material.pk]), {"decision": "approve"}
    )

    assert response.status_code == 403
    material.refresh_from_db()
    assert material.status == ResourceStatus.SUBMITTED
    with pytest.raises(PermissionDenied):
        moderation.approve(material, by=editor)


def test_the_partner_sees_the_message_and_resubmits_a_changed_material(
    client, post, moderator, contributor, private_files
):
    material = submitted(contributor)
    moderation.ask_for_changes(material, "Please add the year.", by=moderator)
    client.force_login(contributor.user)

    page = soup(client.get(url("my-materials")))
    assert "Please add the year." in page.get_text()
    edit = page.select_one("a.my-materials__edit")["href"]

    response = post(
        edit,
        {
            "title": "Budget hearings in Rasht",
            "summary": "How a district held its first public budget hearing.",
            "kind": "report",
            "languages": ["tg"],
            "year": "2024",
            "authors": "",
            "licence": "cc-by-4.0",
            "file": pdf("hearing-v2.pdf", "Corrected minutes"),
            "rights": "on",
            "website": "",
        },
    )

    assert response.status_code == 302
    material.refresh_from_db()
    assert material.status == ResourceStatus.SUBMITTED
    assert material.year == 2024
    assert ResourceFile.objects.current().get(resource_key=material.translation_key).name == (
        "hearing-v2.pdf"
    )
    assert ModelLogEntry.objects.filter(action="resources.resubmit").count() == 1


def test_only_a_material_sent_back_can_be_changed_by_the_partner(client, contributor):
    material = submitted(contributor)
    client.force_login(contributor.user)

    response = client.get(url("change-material", "en", material.pk))

    assert response.status_code == 404


def test_another_organisation_cannot_change_the_material(client, contributor, moderator):
    material = submitted(contributor)
    moderation.ask_for_changes(material, "Please add the year.", by=moderator)
    from partners.models import Organisation

    stranger = partner(
        "other@example.org",
        organisation=Organisation.objects.create(name="Other NGO", locale=material.locale),
    )
    client.force_login(stranger.user)

    assert client.get(url("change-material", "en", material.pk)).status_code == 404


@pytest.mark.parametrize(
    ("language", "title", "approve"),
    [("ru", "Очередь модерации", "Одобрить"), ("tg", "Навбати модератсия", "Тасдиқ кардан")],
)
def test_the_queue_speaks_the_moderators_language(
    client, moderator, contributor, language, title, approve
):
    from wagtail.users.models import UserProfile

    submitted(contributor)
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = language
    profile.save()
    client.force_login(moderator)

    page = soup(client.get(reverse(QUEUE)))

    assert title in page.select_one("h1").get_text()
    assert approve in page.select_one("button[value=approve]").get_text()
