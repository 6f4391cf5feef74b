"""The bench's data builder and its table, at a tiny size (`make bench` runs them big)."""

from django.test import Client

from wagtail.models import Locale

from bench import data, pages
from events.models import EventPage

TINY = data.Size(events=3, recurring=1, news=2, projects=1, applications=4, materials=5)


def test_builder_adds_each_page_in_three_languages_the_applications_and_materials(db):
    before = data.counts()

    after = data.add(TINY)

    assert after == {
        "events": before["events"] + 9,
        "recurring events": before["recurring events"] + 3,
        "news items": before["news items"] + 6,
        "projects": before["projects"] + 3,
        "applications": before["applications"] + 4,
        "materials": before["materials"] + 5,
    }
    # The catalogue lists them and its search finds a word of their files' text.
    urls = {url.name: url.path for url in pages.key_urls()}
    newest = data.Resource.objects.get(slug="bench-material-4")
    assert newest.title in Client().get(urls["resource centre"]).content.decode()
    found = Client().get(urls["resource centre search"]).content.decode()
    assert "bench-material-" in found  # links to materials whose text has "jazz"
    weekly = EventPage.objects.get(slug="bench-event-0", locale__language_code="en")
    assert weekly.recurrences.rrules
    for language, letters in [("ru", "абвгдеклмнопрст"), ("tg", "ғӣқӯҳҷ")]:
        translation = weekly.get_translation(Locale.objects.get(language_code=language))
        response = Client().get(translation.url)
        assert response.status_code == 200
        assert translation.title in response.content.decode()
        assert any(letter in translation.summary for letter in letters)


def test_table_has_a_row_per_address_marked_against_its_target(db, settings):
    settings.STAFF_TWO_FACTOR = True  # as in production: the admin row signs in with a code
    data.add(TINY)

    rows = pages.table_rows(pages.baseline_queries(), runs=2)
    printed = pages.format_table(rows).splitlines()

    assert [row.url.name for row in rows] == [pages.static_url().name] + [
        url.name for url in pages.key_urls()
    ]
    assert len(printed) == 1 + len(rows)
    for row, line in zip(rows[1:], printed[2:], strict=True):
        assert line.startswith(row.url.name)
        assert line.endswith("ok") or " OVER " in line
        assert row.bytes > row.gzip_bytes > 0
        # Listings and the home page read their items; a detail page routed from the
        # cache may need no query at all (the open call form).
        assert row.queries > 0 or row.url.kind == "detail"
    assert rows[0].queries == 0  # the static file: whitenoise, no database


def test_each_kind_of_page_is_judged_by_its_own_targets():
    def verdict(name, kind, queries, median_ms, baseline):
        row = pages.Row(pages.Url(name, kind, "/"), queries, median_ms, median_ms, 1, 1)
        return pages.judge(row, baseline).verdict

    # Public listings: a fixed count (the demo's) and 25 ms.
    assert verdict("news index", "listing", 7, 24.0, {"news index": 7}) == "ok"
    assert verdict("news index", "listing", 8, 26.0, {"news index": 7}) == "OVER queries>7,ms>25"
    # The admin's listing: at most 12 queries and its demo count, whatever its time.
    admin = "admin: applications"
    assert verdict(admin, "admin listing", 10, 40.0, {admin: 10}) == "ok"
    assert verdict(admin, "admin listing", 11, 20.0, {admin: 10}) == "OVER queries>10"
    assert verdict(admin, "admin listing", 13, 20.0, {admin: 14}) == "OVER queries>12"
    # Detail pages: 10 queries, 15 ms.
    assert verdict("programme", "detail", 6, 15.5, {}) == "OVER ms>15"
