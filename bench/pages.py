"""
Server time, query count and size of each key address, through Django's test client
(the whole middleware stack, no network), with the page cache off.
"""

import dataclasses
import gzip
import statistics
import time

from django.contrib.auth import get_user_model
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from applications.models import OpenCallPage
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from news.models import NewsIndexPage
from programmes.models import ProgrammePage
from projects.models import ProjectIndexPage
from resources.models import ResourceCentrePage

RUNS = 50
# kind: (most queries, most median milliseconds); a listing's count must also stay
# what it is with the demo content alone, however much data is added. The admin's
# listing has a query target only (README, "Speed"): Wagtail's admin draws its menus
# and furniture on every page, which the project does not take over.
TARGETS = {
    "home": (15, 25),
    "detail": (10, 15),
    "listing": (None, 25),
    "admin listing": (12, None),
    "static": (None, None),
}
LISTINGS = {"listing", "admin listing"}


@dataclasses.dataclass
class Url:
    name: str
    kind: str
    path: str
    staff: bool = False


@dataclasses.dataclass
class Row:
    url: Url
    queries: int
    median_ms: float
    p95_ms: float
    bytes: int
    gzip_bytes: int
    verdict: str = ""


def _english(model, **filters):
    return model.objects.live().filter(locale__language_code="en", **filters).order_by("pk")


def key_urls(only=None):
    """The addresses the bench times, found in whatever data the database holds; with
    `only="resources"`, the resource centre's alone."""
    if only == "resources":
        return resource_urls()
    now = timezone.localtime()
    events = _english(EventIndexPage).get().url
    one_off = _english(EventPage, recurrences="").last()
    weekly = _english(EventPage).exclude(recurrences="").last()
    call = _english(OpenCallPage, opens_at__lte=now, closes_at__gt=now).first()
    return [
        Url("home", "home", _english(HomePage).get().url),
        Url("programme", "detail", _english(ProgrammePage).first().url),
        Url("project index", "listing", _english(ProjectIndexPage).get().url),
        Url("news index", "listing", _english(NewsIndexPage).get().url),
        Url("event index", "listing", events),
        Url("month calendar", "listing", f"{events}{now:%Y/%m}/"),
        Url("event page, one-off", "detail", one_off.url),
        Url("event page, weekly", "detail", weekly.url),
        Url("open call form", "detail", call.url),
        Url("search", "listing", "/en/search/?q=jazz"),
        *resource_urls(),
        Url("admin: applications", "admin listing", "/admin/applications/", staff=True),
    ]


def resource_urls():
    centre = _english(ResourceCentrePage).get().url
    return [
        Url("resource centre", "listing", centre),
        Url("resource centre search", "listing", f"{centre}?q=jazz"),
    ]


def static_url():
    return Url("static file (site.css)", "static", staticfiles_storage.url("css/site.css"))


def clients():
    staff, _created = get_user_model().objects.get_or_create(
        username="bench-admin", defaults={"is_staff": True, "is_superuser": True}
    )
    # Signed in with the password and the authenticator code, as staff are in production.
    device, _created = TOTPDevice.objects.get_or_create(user=staff, name="bench", confirmed=True)
    admin = Client()
    admin.force_login(staff)
    session = admin.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return {False: Client(), True: admin}


def fetch(client, url):
    response = client.get(url.path)
    if response.status_code != 200:
        where = response.get("Location", "")
        raise RuntimeError(f"{url.path} answered {response.status_code} {where}")
    return b"".join(response) if response.streaming else response.content


def query_count(client, url):
    fetch(client, url)  # the first request fills Wagtail's caches
    with CaptureQueriesContext(connection) as captured:
        fetch(client, url)
    return len(captured)


def measure(client, url, runs=RUNS):
    queries = query_count(client, url)
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        body = fetch(client, url)
        seconds.append(time.perf_counter() - started)
    seconds.sort()
    p95 = seconds[max(0, round(len(seconds) * 0.95) - 1)]
    return Row(
        url,
        queries,
        statistics.median(seconds) * 1000,
        p95 * 1000,
        len(body),
        len(gzip.compress(body)),
    )


def judge(row, baseline):
    most_queries, most_ms = TARGETS[row.url.kind]
    if row.url.kind in LISTINGS:
        fixed = baseline.get(row.url.name)
        most_queries = fixed if most_queries is None else min(most_queries, fixed)
    over = []
    if most_queries is not None and row.queries > most_queries:
        over.append(f"queries>{most_queries}")
    if most_ms is not None and row.median_ms > most_ms:
        over.append(f"ms>{most_ms}")
    row.verdict = "OVER " + ",".join(over) if over else ("ok" if row.url.kind != "static" else "")
    return row


@override_settings(PAGE_CACHE_SECONDS=0)
def baseline_queries(only=None):
    """Each listing's query count: taken on the demo content, before the bulk data."""
    by_staff = clients()
    return {
        url.name: query_count(by_staff[url.staff], url)
        for url in key_urls(only)
        if url.kind in LISTINGS
    }


@override_settings(PAGE_CACHE_SECONDS=0)
def table_rows(baseline, runs=RUNS, only=None):
    by_staff = clients()
    rows = [measure(by_staff[False], static_url(), runs)]
    rows += [judge(measure(by_staff[url.staff], url, runs), baseline) for url in key_urls(only)]
    return rows


def format_table(rows):
    static_ms = rows[0].median_ms
    lines = [
        f"{'address':<24} {'queries':>7} {'median ms':>9} {'p95 ms':>7} {'× static':>8} "
        f"{'bytes':>7} {'gzip':>6}  target",
    ]
    for row in rows:
        lines.append(
            f"{row.url.name:<24} {row.queries:>7} {row.median_ms:>9.1f} {row.p95_ms:>7.1f} "
            f"{row.median_ms / static_ms:>8.1f} {row.bytes:>7} {row.gzip_bytes:>6}  {row.verdict}"
        )
    return "\n".join(lines)
