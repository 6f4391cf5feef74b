"""
Settings shared by every environment.

Safe by default: DEBUG is off, there is no secret key and no allowed host until the
environment (or `dev.py` / `test.py`) provides them. Every value a deployment changes
is read from an environment variable; README.md lists them.
"""

import datetime
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

from .env import env_bool, env_int, env_list, env_str
from .storage import object_storages

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "bactria_site"
# Machine-local files that never go into git: the SQLite database, the generated
# development secret key and the demo admin's password.
LOCAL_DIR = Path(env_str("LOCAL_DIR") or BASE_DIR / ".local")

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "ops",
    "users",
    "home",
    "programmes",
    "projects",
    "news",
    "people",
    "partners",
    "events",
    "applications",
    "bookings",
    "resources",
    "search",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "recurrence",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Permissions-Policy on every response, static files and kept pages included.
    "core.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Cached public pages are answered here, before sessions and the database.
    "core.page_cache.PageCacheMiddleware",
    # HTML, feeds and JSON compressed (static files come compressed from whitenoise).
    "core.middleware.TextGZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Sessions end SESSION_COOKIE_AGE after the last visit, saved once a minute at most.
    "users.sessions.RefreshSessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Staff give a code from an authenticator app after the password (users/two_factor.py).
    "django_otp.middleware.OTPMiddleware",
    "users.two_factor.RequireTwoFactorMiddleware",
    # The admin's messages outside Wagtail's views in the staff member's own language too.
    "users.middleware.StaffLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # With DEBUG on (make run), a page not found is the site's 404 page, not Django's.
    "core.middleware.SiteNotFoundPageMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "bactria_site.urls"
WSGI_APPLICATION = "bactria_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL (PostgreSQL in production and CI), an SQLite file otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{LOCAL_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write-ahead log: pages are read while the task worker or a publish writes, and a
    # commit does not wait for the disk (synchronous=NORMAL: a power cut may lose the
    # last commits, never the file). Loading the demo content takes 20 s less.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL"
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "users.User"

# Cache: Redis when REDIS_URL is set, this process's memory otherwise.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "bactria"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Whole public pages for anonymous visitors (core/page_cache.py), cached this many
# seconds at most. A publish shows at once whatever the cache; only time alone (a call closing)
# waits for an entry to expire. Off without Redis: each gunicorn worker would otherwise
# keep its own copy, and a publish would reach only the worker that made it.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300 if REDIS_URL else 0)
# Longest time what is cached under the content version (core/page_cache.py) stays:
# the header and footer fragments, whether any page is private. Any content change
# starts a new version at once; this only bounds the memory the old ones take. Without
# Redis each gunicorn worker has its own memory and sees only its own publishes: there
# what is cached lives a minute, so another worker's publish shows within a minute.
CONTENT_VERSION_SECONDS = 24 * 60 * 60 if REDIS_URL else 60
# Fragments that move with the clock as well (a programme's next dates: a date that has
# passed leaves them) are cached under the content version this many seconds at most.
CLOCK_FRAGMENT_SECONDS = 60
# What a shared cache (a CDN, nginx) may keep a public page for (Cache-Control: s-maxage);
# browsers ask again every time (max-age=0, must-revalidate) and get a 304 by its ETag.
PAGE_CACHE_MAX_AGE = env_int("PAGE_CACHE_MAX_AGE", 60)
# A cache in front of the site (nginx, Varnish, Cloudflare), purged of a page's addresses
# when it is published or unpublished (wagtail.contrib.frontend_cache): only when one
# is configured. README.md, "Page cache", shows nginx's setup.
WAGTAILFRONTENDCACHE = {}
if env_str("FRONTEND_CACHE_PURGE_URL"):  # an HTTP PURGE to this address (nginx, Varnish)
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env_str("FRONTEND_CACHE_PURGE_URL"),
    }
if env_str("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env_str("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env_str("CLOUDFLARE_API_TOKEN"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a login while its account and address are locked out.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Wrong passwords within 15 minutes lock sign-in (users/sign_in_limits.py):
# - 5 for one account from one address lock that pair;
# - 20 from one address, whatever the accounts, lock that address (password spraying);
# - 50 for one account, whatever the addresses, lock that account (guessing spread over
#   many machines). Ten times the pair's limit: a stranger needs fifty wrong passwords
#   every 15 minutes to keep a member of staff out, and staff have a second factor.
AXES_FAILURE_LIMIT = 5
SIGN_IN_FAILURE_LIMITS = {"ip_address": 20, "username": 50}
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address", "username"]
AXES_HANDLER = "users.sign_in_limits.SignInLimits"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "ops.client_ip.client_ip"
AXES_LOCKOUT_TEMPLATE = "core/lockout.html"
# The public site's sign-in (partner accounts) shows the site's own lockout page.
AXES_LOCKOUT_CALLABLE = "users.lockout.lockout_response"
AXES_VERBOSE = False
# How many proxies of our own stand in front of the app server (see ops/client_ip.py).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# The admin's password reset sends at most 3 emails an hour for one account and answers
# 10 requests an hour from one address (users/password_reset.py): (count, seconds).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "users.password_reset.LimitedPasswordResetForm"  # noqa: S105 (a class path)
PASSWORD_RESET_LIMIT_PER_ACCOUNT = (3, 3600)
PASSWORD_RESET_LIMIT_PER_ADDRESS = (10, 3600)

# Staff sign in with a password and a code from an authenticator app (users/two_factor.py).
STAFF_TWO_FACTOR = env_bool("STAFF_TWO_FACTOR", True)
# The issuer the authenticator app shows beside the code.
OTP_TOTP_ISSUER = "Bactria Culture Centre"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source language; Russian and Tajik are translations.
# Each language is served under its own prefix: /en/, /ru/, /tg/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("ru", _("Russian")),
    ("tg", _("Tajik")),
]
WAGTAIL_I18N_ENABLED = True
# "Translate this page" makes drafts: a translation reaches visitors when its translator
# publishes it from the translation editor, never with the English text still in it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The project's own catalogues, then its Russian and Tajik translations of
# django-recurrence (which ships neither): its rule text and its admin widget; and its
# corrections of wagtail-localize's translation editor (a Russian button missing a space).
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "translations" / "recurrence",
    BASE_DIR / "translations" / "wagtail_localize",  # its editor in Tajik, its Russian mended
    BASE_DIR / "translations" / "wagtail",  # Tajik (Wagtail has none), Russian it left out
]
USE_I18N = True
# One style of dates and times per language, 24-hour times everywhere
# ("Tue 8 Dec 2026, 18:00"), and Tajik dates without Django's Russian "г."
# (bactria_site/formats/<language>/formats.py).
FORMAT_MODULE_PATH = ["bactria_site.formats"]
TIME_ZONE = "Asia/Dushanbe"
USE_TZ = True

# Static files: whitenoise serves them from the app server, compressed.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Files served at the site's root by whitenoise: /favicon.ico, which browsers ask for.
WHITENOISE_ROOT = BASE_DIR / "public_root"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or BASE_DIR / "media")
# Applicants' files: outside MEDIA_ROOT, with no public address (see applications/storage.py).
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT") or BASE_DIR / "private")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "applications.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# S3-compatible buckets instead of the two folders when AWS_STORAGE_BUCKET_NAME is set.
STORAGES.update(object_storages())

# Email: the SMTP server named by the environment; see README.md.
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Bactria Culture Centre <noreply@bactria.tj>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Background tasks (django-tasks). Wagtail's own tasks run at once, as Wagtail expects;
# emails go through the database queue that `manage.py db_worker --backend mail`
# works through (`make run` starts one), so a slow or failing mail server never holds
# up or loses an application.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Applications to open calls.
APPLICATION_MAX_TOTAL_BYTES = env_int("APPLICATION_MAX_TOTAL_MB", 100) * 1024 * 1024
APPLICATION_MAX_IMAGE_PIXELS = 40_000_000
# The resource centre (resources/): who may download a members-only material.
# "contribution": a partner account whose organisation has an approved material (or whom
# staff granted access); "account": any verified partner account; "anyone": no account.
RESOURCE_ACCESS_RULE = env_str("RESOURCE_ACCESS_RULE", "contribution")
RESOURCE_MAX_FILE_BYTES = env_int("RESOURCE_MAX_FILE_MB", 50) * 1024 * 1024
# A ZIP file (a dataset, or an Office file, which is one) may unpack to at most this much.
RESOURCE_MAX_UNPACKED_BYTES = env_int("RESOURCE_MAX_UNPACKED_MB", 500) * 1024 * 1024
# At most this many sign-up and contribution POSTs from one address per period (seconds).
RESOURCE_POST_LIMIT = (env_int("RESOURCE_POST_LIMIT", 20), 3600)
# How long a partner's email verification link works (seconds).
RESOURCE_VERIFY_LINK_SECONDS = 3 * 24 * 3600
# At most this many application POSTs from one address per period (seconds).
APPLICATION_POST_LIMIT = (env_int("APPLICATION_POST_LIMIT", 20), 3600)
# How many times an hour one address may ask for lost application links (lost_links.py).
APPLICATION_LINKS_LIMIT = (env_int("APPLICATION_LINKS_LIMIT", 5), 3600)
# Bookings (bookings/): bookings one address may send per hour, and how long a place
# offered to the first person on a waiting list is kept for them.
BOOKING_POST_LIMIT = (env_int("BOOKING_POST_LIMIT", 20), 3600)
BOOKING_OFFER_HOURS = env_int("BOOKING_OFFER_HOURS", 24)
# How many times an hour one address may ask for lost booking links (lost_links.py).
BOOKING_LINKS_LIMIT = (env_int("BOOKING_LINKS_LIMIT", 5), 3600)
# How a notice of a change of plan reaches people (bookings/senders.py; email at least).
BOOKING_NOTICE_SENDERS = ["bookings.senders.EmailSender"]
# Bookings are deleted this many days after their date (`manage.py delete_old_bookings`).
BOOKING_RETENTION_DAYS = env_int("BOOKING_RETENTION_DAYS", 365)

# Wagtail
WAGTAIL_SITE_NAME = "Bactria Culture Centre"
# The public site's address (scheme, host, port): every absolute address the site gives
# (canonicals, sitemap, feeds, JSON-LD, calendars) starts with it. `migrate` and
# `load_demo_content` set the Wagtail Site's host name and port from it (core/site_url.py).
SITE_URL = (
    env_str("SITE_URL") or env_str("WAGTAILADMIN_BASE_URL") or "http://127.0.0.1:8000"
).rstrip("/")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL") or SITE_URL
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
# On PostgreSQL, the "russian" text search configuration stems Russian words and
# English ones (its ASCII words use the English stemmer); on SQLite, which matches words
# as typed, the site stems them the same way in Python (core/word_forms.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "russian"}
}
# Documents go through Wagtail's view, which checks the collection's privacy settings.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# The centre's connection is slow: the admin makes no calls to other hosts.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# The editor's browser keeps the title's letters in the slug; the server writes them in
# Latin (core/slugs.py), Tajik letters included, which the browser would drop.
WAGTAIL_ALLOW_UNICODE_SLUGS = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Security headers that hold everywhere; production adds HTTPS-only ones.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Staff sessions end after a working day without a visit: each visit moves the end,
# by saving the session at most once a minute (users/sessions.py) rather than on every
# request (SESSION_SAVE_EVERY_REQUEST, three queries a page), so a session may end up
# to SESSION_REFRESH_SECONDS before SESSION_COOKIE_AGE after the last visit, never after.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 60 * 60)
SESSION_REFRESH_SECONDS = 60

# Content-Security-Policy (django-csp): public pages load only the site's own scripts,
# styles, images and fonts, plus video players in frames. Wagtail's admin cannot take
# a strict policy yet: it gets the same policy in report-only mode (the browser's
# console shows what would be blocked) instead.
_CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": [
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://player.vimeo.com",
    ],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    # Framed by the site's own pages only: the admin's preview panel shows a page in a
    # frame (with X-Frame-Options: SAMEORIGIN, which Wagtail's preview view sets).
    "frame-ancestors": ["'self'"],
}
CONTENT_SECURITY_POLICY = {"EXCLUDE_URL_PREFIXES": ["/admin/"], "DIRECTIVES": _CSP}
CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": _CSP}
# Permissions-Policy: browser features no page of the site uses, refused to the site and
# to every frame in it. Not listed, so video players from YouTube and Vimeo keep them:
# autoplay, fullscreen, encrypted-media, picture-in-picture, accelerometer, gyroscope,
# clipboard-write, web-share.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "camera",
        "microphone",
        "geolocation",
        "payment",
        "usb",
        "serial",
        "hid",
        "midi",
        "magnetometer",
        "display-capture",
        "idle-detection",
        "screen-wake-lock",
        "browsing-topics",
    )
}
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "WARNING"},
        # One line per background task is noise; failures are still logged.
        "django_tasks": {"level": "WARNING"},
        # django-axes names the account and address of failed logins: personal data.
        "axes": {"level": "ERROR"},
        # fpdf2 subsets fonts for the demo's PDFs with fontTools, which logs every glyph.
        "fontTools": {"level": "WARNING"},
    },
}
