"""Partner accounts in the admin, and membership of an organisation: whoever names an
existing organisation at sign-up is not its member until a moderator confirms it."""

from django.urls import reverse

import pytest

from partners.models import Organisation
from resources import signup
from resources.access import is_member
from resources.models import PartnerAccount, ResourceStatus
from tests.helpers import soup
from tests.resources.account_helpers import PASSWORD, partner, url
from tests.resources.conftest import a_material, staff

pytestmark = pytest.mark.django_db

INDEX = "resource_partner_accounts:index"
EDIT = "resource_partner_accounts:edit"


@pytest.fixture
def pamirs(db):
    """An organisation of the demo's kind that has contributed an approved material,
    with its own confirmed member."""
    PartnerAccount.objects.all().delete()
    Organisation.objects.filter(name__iexact="Women of the Pamirs").delete()
    founder = partner("founder@pamirs.example.tj")
    a_material(
        "Pamir women's savings groups",
        organisation=founder.organisation,
        status=ResourceStatus.APPROVED,
    )
    a_material(
        "Draft not yet approved",
        organisation=founder.organisation,
        status=ResourceStatus.SUBMITTED,
        submitted_by=founder.user,
    )
    return founder.organisation


def sign_up_as(email, organisation_name):
    account = signup.sign_up(
        email=email,
        password=PASSWORD,
        name="Someone",
        organisation_name=organisation_name,
        organisation_type="cso",
        language="en",
    )
    account.email_verified_at = account.created_at
    account.save()
    return account


def test_naming_an_existing_organisation_gives_no_access_until_a_moderator_confirms(pamirs):
    stranger = sign_up_as("stranger@example.org", "women of the pamirs")

    assert stranger.organisation == pamirs
    assert not stranger.membership_confirmed
    assert not is_member(stranger.user)

    stranger.membership_confirmed = True
    stranger.save()

    assert is_member(stranger.user)


def test_whoever_makes_a_new_organisation_is_its_member_at_once(db):
    founder = sign_up_as("founder@newngo.example.tj", "A Brand New NGO")

    assert founder.membership_confirmed
    assert founder.organisation.name == "A Brand New NGO"


def test_access_granted_by_staff_works_for_an_unconfirmed_member(pamirs):
    stranger = sign_up_as("stranger@example.org", "Women of the Pamirs")
    stranger.access_granted = True
    stranger.save()

    assert is_member(stranger.user)


def test_an_unconfirmed_member_sees_only_their_own_materials_and_is_told_why(client, pamirs):
    stranger = sign_up_as("stranger@example.org", "Women of the Pamirs")
    a_material(
        "The stranger's own",
        organisation=pamirs,
        status=ResourceStatus.SUBMITTED,
        submitted_by=stranger.user,
    )
    client.force_login(stranger.user)

    page = soup(client.get(url("my-materials")))

    titles = [item.h2.get_text(strip=True) for item in page.select(".my-materials__item")]
    assert titles == ["The stranger's own"]
    assert "waits for the centre's staff to confirm it" in page.get_text()


def test_a_confirmed_member_sees_all_the_organisations_materials(client, pamirs):
    founder = PartnerAccount.objects.get(user__username="founder@pamirs.example.tj")
    client.force_login(founder.user)

    page = soup(client.get(url("my-materials")))

    titles = {item.h2.get_text(strip=True) for item in page.select(".my-materials__item")}
    assert titles == {"Pamir women's savings groups", "Draft not yet approved"}
    assert not page.select(".my-materials__unconfirmed")


def test_moderators_list_accounts_without_password_data(client, moderator, pamirs):
    sign_up_as("stranger@example.org", "Women of the Pamirs")
    client.force_login(moderator)

    response = client.get(reverse(INDEX))

    assert response.status_code == 200
    text = soup(response).get_text(" ")
    assert "stranger@example.org" in text
    assert "Women of the Pamirs" in text
    assert "pbkdf2" not in response.content.decode()
    assert "argon2" not in response.content.decode()


def test_each_account_in_the_listing_links_to_its_form_and_has_an_actions_menu(
    client, moderator, pamirs
):
    stranger = sign_up_as("stranger@example.org", "Women of the Pamirs")
    founder = PartnerAccount.objects.get(user__username="founder@pamirs.example.tj")
    client.force_login(moderator)

    rows = soup(client.get(reverse(INDEX))).select("tbody tr")

    edit_urls = {reverse(EDIT, args=[account.pk]) for account in (stranger, founder)}
    assert {row.select_one("td:first-child a")["href"] for row in rows} == edit_urls
    for row in rows:
        (menu,) = row.select("[aria-label^='More options']")
        assert row.select_one("td:first-child a")["href"] in {
            item["href"] for item in menu.find_parent("td").select("a") if "Edit" in item.text
        }


@pytest.mark.parametrize("view", ["edit", "history", "history-results"])
def test_an_address_with_no_number_for_the_account_is_not_found(client, moderator, view):
    client.force_login(moderator)

    # No admin address matches: not found (a 500 before), and not sent on to the public
    # site's language prefix either.
    response = client.get(f"/admin/resource-partner-accounts/{view}/abc/")

    assert response.status_code == 404


def test_the_listing_names_each_accounts_language_in_the_admins_language(client, moderator, pamirs):
    from wagtail.users.models import UserProfile

    for email, language in [("tg@example.tj", "tg"), ("ru@example.tj", "ru")]:
        partner(email, organisation=pamirs, language=language)
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = "ru"
    profile.save()
    client.force_login(moderator)

    page = soup(client.get(reverse(INDEX)))

    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in page.select("tbody tr")
    ]
    by_email = {email: cells for cells in rows for email in cells if "@" in email}
    assert "Таджикский" in by_email["tg@example.tj"]
    assert "Русский" in by_email["ru@example.tj"]
    assert "Английский" in by_email["founder@pamirs.example.tj"]
    assert not {"tg", "ru", "en"} & {cell for cells in rows for cell in cells}


def test_the_listing_says_yes_or_no_in_the_admins_language(client, moderator, pamirs):
    from tests.helpers import admin_language

    sign_up_as("stranger@example.org", "Women of the Pamirs")  # not confirmed yet
    admin_language(moderator, "ru")
    client.force_login(moderator)

    page = soup(client.get(reverse(INDEX)))

    headers = [header.get_text(strip=True) for header in page.select("thead th")]
    rows = [
        [cell.get_text(strip=True) for cell in row.find_all("td")]
        for row in page.select("tbody tr")
    ]
    for heading in ("Доступ открыт", "Членство подтверждено"):
        column = headers.index(heading)
        assert {row[column] for row in rows} <= {"Да", "Нет"}
    confirmed = {row[headers.index("Членство подтверждено")] for row in rows}
    assert confirmed == {"Да", "Нет"}
    text = page.select_one("tbody").get_text()
    assert "True" not in text
    assert "False" not in text


def test_the_listing_says_whose_email_address_is_not_verified(client, moderator, pamirs):
    partner("unverified@example.tj", organisation=pamirs, verified=False)
    client.force_login(moderator)

    cells = {
        cell.get_text(" ", strip=True)
        for cell in soup(client.get(reverse(INDEX))).select("tbody td")
    }

    assert "unverified@example.tj (not verified)" in cells
    assert "founder@pamirs.example.tj" in cells


def test_the_listing_makes_as_many_queries_for_many_accounts_as_for_one(
    client, moderator, pamirs, django_assert_max_num_queries
):
    client.force_login(moderator)
    client.get(reverse(INDEX))
    with django_assert_max_num_queries(60) as one:
        client.get(reverse(INDEX))
    for number in range(20):
        partner(f"member{number}@example.org", organisation=pamirs)

    with django_assert_max_num_queries(len(one)) as many:
        response = client.get(reverse(INDEX))

    assert len(soup(response).select("tbody tr")) == 21
    assert len(many) == len(one)


def test_a_moderator_confirms_a_membership_and_changes_nothing_else(client, moderator, pamirs):
    stranger = sign_up_as("stranger@example.org", "Women of the Pamirs")
    client.force_login(moderator)
    edit = reverse("resource_partner_accounts:edit", args=[stranger.pk])
    form = soup(client.get(edit))
    assert {field["name"] for field in form.select("form input[type=checkbox]")} == {
        "access_granted",
        "membership_confirmed",
    }

    response = client.post(
        edit,
        {"membership_confirmed": "on", "organisation_type": "government", "language": "ru"},
    )

    assert response.status_code == 302
    stranger.refresh_from_db()
    assert stranger.membership_confirmed
    assert not stranger.access_granted
    assert (stranger.organisation_type, stranger.language) == ("cso", "en")
    assert is_member(stranger.user)


def test_an_editor_cannot_see_or_change_partner_accounts(client, pamirs):
    stranger = sign_up_as("stranger@example.org", "Women of the Pamirs")
    client.force_login(staff("Communication editors", "editor"))

    listing = client.get(reverse(INDEX))
    change = client.post(
        reverse("resource_partner_accounts:edit", args=[stranger.pk]),
        {"membership_confirmed": "on"},
    )

    assert listing.status_code in (302, 403)
    assert change.status_code in (302, 403)
    stranger.refresh_from_db()
    assert not stranger.membership_confirmed


def test_there_is_no_address_to_add_or_delete_an_account(client, moderator):
    from django.urls import NoReverseMatch

    with pytest.raises(NoReverseMatch):
        reverse("resource_partner_accounts:add")
    with pytest.raises(NoReverseMatch):
        reverse("resource_partner_accounts:delete", args=[1])
