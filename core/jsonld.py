"""
schema.org data for search engines, as JSON-LD: what the page types share (the
centre as an Organization, postal addresses) and the <script> that carries it.
Each app builds its own types: events/jsonld.py, news/jsonld.py.
"""

import json

from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from core import navigation, page_cache
from core.site_url import absolute_url

CONTEXT = "https://schema.org"
COUNTRY = "TJ"
# The logo as search engines want it: whole, at most 600 pixels wide or high.
LOGO = "max-600x600|format-png"
# The characters that could end the <script> element or open a comment in it, escaped
# as Django's json_script escapes them.
ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data):
    text = json.dumps(data, ensure_ascii=False).translate(ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 - escaped above


def postal_address(street, city, postal_code):
    """A schema.org PostalAddress in Tajikistan, without the parts left empty."""
    address = {
        "@type": "PostalAddress",
        "streetAddress": street,
        "addressLocality": city,
        "postalCode": postal_code,
        "addressCountry": COUNTRY,
    }
    return {key: value for key, value in address.items() if value}


def organization(request):
    """The centre as a schema.org Organization in the visitor's language (without
    "@context", to go inside other data): worked out once per content version."""
    language = translation.get_language()
    return navigation.on_request(
        request,
        "organization",
        lambda: page_cache.for_content_version(
            f"organization:{language}", lambda: organization_data(request)
        ),
    )


def organization_data(request):
    from core.models import ContactDetails

    details = ContactDetails.load(request_or_site=request)
    home = navigation.localized_home(request)
    url = home.get_full_url(request) if home else absolute_url("/", request)
    data = {
        "@type": "Organization",
        "@id": f"{url}#organization",
        "name": gettext("Bactria Culture Centre"),
        "url": url,
    }
    if details.logo:
        data["logo"] = absolute_url(details.logo.get_rendition(LOGO).url, request)
    if details.street_address or details.postal_code:
        data["address"] = postal_address(details.street_address, details.city, details.postal_code)
    if details.email:
        data["email"] = details.email
    if details.phone:
        data["telephone"] = details.phone
    if profiles := details.profile_urls():
        data["sameAs"] = profiles
    return data


def home_page_data(request):
    """The home page's data: the centre itself."""
    return {"@context": CONTEXT, **organization(request)}
