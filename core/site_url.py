"""
The site's public address, one for every absolute address it gives.

settings.SITE_URL says where the site is. `apply_site_url()` writes its host name and
port into the default Wagtail Site, whose root URL Wagtail puts in front of every page
address (`page.get_full_url()`: sitemap, calendars, JSON-LD); `absolute_url()` puts the
same root URL in front of any other path (images, the sitemap in robots.txt, feeds).
It runs after every `migrate` (so at each deployment, `make serve` included) and in
`load_demo_content`.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db.models.signals import post_migrate

from wagtail.models import Site


def configured_host_and_port():
    """(host name, port) of settings.SITE_URL; the scheme's own port when it has none."""
    parts = urlsplit(settings.SITE_URL)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError(f"SITE_URL must be an http:// or https:// address: {settings.SITE_URL!r}")
    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)


def apply_site_url():
    """Give the default Wagtail Site the host name and port of settings.SITE_URL.
    Returns the site, or None when there is no default site yet."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    hostname, port = configured_host_and_port()
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save()  # Wagtail's signal forgets its cached site root paths
    return site


def apply_after_migrate(sender, apps=None, **kwargs):
    """post_migrate (sent by `migrate`, and by `flush` without `apps`): once Wagtail's
    Site table exists, bring the Site in line."""
    if apps is not None:
        try:
            apps.get_model("wagtailcore", "Site")
        except LookupError:  # migrated back before Wagtail's tables
            return
    apply_site_url()


def connect(app_config):
    post_migrate.connect(apply_after_migrate, sender=app_config, dispatch_uid="apply-site-url")


def site_root_url(request=None):
    """The root URL ("https://bactria.tj") of the request's Wagtail Site, or of the
    default site; Wagtail keeps the site on the request, so this costs no query there."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    return site.root_url if site else settings.SITE_URL


def absolute_url(path, request=None):
    """`path` ("/media/…", "/sitemap.xml") on the site's public address; an address that
    already has its host (images in object storage) is returned as it is."""
    if urlsplit(path).scheme:
        return path
    return site_root_url(request) + path
