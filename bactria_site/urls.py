from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from bookings import views as booking_views
from core import views as core_views
from core.sitemap import MultilingualSitemap
from events import views as event_views
from ops import views as ops_views
from search import views as search_views

# Not translated: the admin, documents, the health check and files for crawlers.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", ops_views.healthz, name="healthz"),
    path("healthz/mail", ops_views.mail_health, name="mail_health"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix: /en/, /ru/, /tg/.
# A request for "/" is redirected to the visitor's language by LocaleMiddleware.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    # An applicant's private status page, reached by the signed link they were given.
    path("applications/", include("applications.urls")),
    # The resource centre: downloads, checked on the server (its pages are Wagtail's),
    # and partner accounts (sign-up, sign-in, the organisation's materials).
    path("", include("resources.urls")),
    # A booking's private page, reached by the signed link its person was given.
    path("bookings/", include("bookings.urls")),
    # The booking form of an event, at the event's address with "book/" (its own
    # address, so the event's page stays the same for everyone and cacheable).
    re_path(r"^(?P<page_path>(?:[\w\-]+/)*[\w\-]+)/book/$", booking_views.book, name="book"),
    # Calendar files: a page's address with ".ics" (Wagtail's own URLs take no dots).
    re_path(r"^(?P<page_path>(?:[\w\-]+/)*[\w\-]+)\.ics$", event_views.ics_file, name="ics"),
    # Any other address is a page's, but for the admin's (outside the languages, above):
    # an admin address that matches nothing is the admin's "not found", not redirected
    # to /ru/admin/... and the public site's. No page may be called "admin".
    re_path(r"^(?!admin/)", include(wagtail_urls)),
    prefix_default_language=True,
)
