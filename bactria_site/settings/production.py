"""
Production settings: HTTPS only, and no start without a secret key and allowed hosts.

`manage.py check --deploy --fail-level WARNING` passes under these settings.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY
from .env import env_bool, env_int, env_str

if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable (50+ random characters).")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "Set the ALLOWED_HOSTS environment variable (comma-separated host names)."
    )

DEBUG = False
# Without SITE_URL (or WAGTAILADMIN_BASE_URL), the site is at https:// and its first host name.
if not env_str("SITE_URL") and not env_str("WAGTAILADMIN_BASE_URL"):
    SITE_URL = WAGTAILADMIN_BASE_URL = f"https://{ALLOWED_HOSTS[0].lstrip('.')}"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# nginx (or another proxy) terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 60 * 60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
