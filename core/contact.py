"""
The centre's contact details as visitors read them: email, phone, position on the map
and profiles from Settings → Contact details (the same in every language), the address
and opening hours from the Footer of the visitor's language (translated with
wagtail-localize like the rest of the footer). Worked out once per content version and
language, so the footer, the contact page and programme pages cost no query for them.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.utils import translation

from core import page_cache

# OpenStreetMap's page for a position: a link, so the page itself loads no map tiles.
MAP_ZOOM = 17
MAP_ADDRESS = "https://www.openstreetmap.org/"


@dataclass(frozen=True)
class CentreContact:
    address_lines: tuple[str, ...]
    hours_lines: tuple[str, ...]
    email: str
    phone: str
    map_url: str
    profiles: tuple[tuple[str, str], ...]  # (label, address)

    @property
    def phone_href(self):
        """The phone number as a tel: link, digits and a leading + only."""
        return "tel:" + re.sub(r"[^\d+]", "", self.phone) if self.phone else ""


def lines(text):
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def map_url(latitude, longitude):
    """OpenStreetMap centred on the position, with a marker on it."""
    if latitude is None or longitude is None:
        return ""
    latitude, longitude = (format(value.normalize(), "f") for value in (latitude, longitude))
    query = urlencode({"mlat": latitude, "mlon": longitude})
    return f"{MAP_ADDRESS}?{query}#map={MAP_ZOOM}/{latitude}/{longitude}"


def profile_label(address):
    """ "https://www.instagram.com/bactria/" → "instagram.com/bactria"."""
    parts = urlsplit(address)
    host = parts.netloc.removeprefix("www.")
    return f"{host}{parts.path}".rstrip("/")


def read_centre_contact():
    from core.models import ContactDetails, Footer

    details = ContactDetails.load()
    footer = Footer.for_active_locale()
    address = lines(footer.address) if footer else ()
    if not address:  # not written for this language yet: the address as on a letter
        city = " ".join(part for part in (details.postal_code, details.city) if part)
        address = tuple(part for part in (details.street_address, city) if part)
    return CentreContact(
        address_lines=address,
        hours_lines=lines(footer.opening_hours) if footer else (),
        email=details.email,
        phone=details.phone,
        map_url=map_url(details.latitude, details.longitude),
        profiles=tuple((profile_label(url), url) for url in details.profile_urls()),
    )


def centre_contact():
    """The centre's contact details in the active language."""
    language = translation.get_language()
    return page_cache.for_content_version(f"centre-contact:{language}", read_centre_contact)
