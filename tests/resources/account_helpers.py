"""Helpers for the tests of partner accounts (tests/resources/test_account_*.py)."""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale

from partners.models import Organisation, OrganisationKind
from resources.models import PartnerAccount
from tests.applications.conftest import PDF, run_mail_worker

PASSWORD = "violet-apricot-1987"  # noqa: S105 (a test account's)


def url(name, language="en", *args):
    with translation.override(language):
        return reverse(f"resources:{name}", args=args)


def sign_up_data(**overrides):
    return {
        "name": "Zarina Nazarova",
        "email": "zarina@ngo.example.tj",
        "password": PASSWORD,
        "organisation": "Women of the Pamirs",
        "organisation_type": "cso",
        "website": "",
        **overrides,
    }


def sent_emails():
    """Run the mail queue; the emails sent, emptied from the outbox."""
    run_mail_worker()
    sent = list(mail.outbox)
    mail.outbox.clear()
    return sent


def link_in(email):
    return re.search(r"https?://\S+", email.body).group(0).removeprefix("http://testserver")


def partner(
    email="zarina@ngo.example.tj", organisation=None, verified=True, language="en", confirmed=True
):
    """A partner account made directly, signed up and (unless told) verified and a
    confirmed member of its organisation."""
    organisation = organisation or Organisation.objects.create(
        name="Women of the Pamirs",
        kind=OrganisationKind.PARTNER,
        locale=Locale.get_default(),
    )
    user = get_user_model().objects.create_user(
        email, email, PASSWORD, first_name="Zarina Nazarova"
    )
    return PartnerAccount.objects.create(
        user=user,
        organisation=organisation,
        organisation_type="cso",
        language=language,
        email_verified_at=timezone.now() if verified else None,
        membership_confirmed=confirmed,
    )


def pdf_upload(name="guide.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")
