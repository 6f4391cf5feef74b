"""
`make bench` (`python -m bench`): build a large data set in a throwaway database,
then print three tables: each key address timed through Django, a bounded load on
gunicorn, and the bytes a phone downloads on a first visit. See README, "Measuring speed".
"""

import argparse
import gc
import os
import time

from bench import workspace
from bench.workspace import progress


def main():
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--scale", type=float, default=1.0, help="multiply the data set (0.1 for a quick check)"
    )
    parser.add_argument(
        "--only",
        choices=["resources"],
        help="resources: the demo and the materials alone, and only the resource centre's "
        "rows (catalogue and search), without gunicorn or Chromium",
    )
    parser.add_argument(
        "--runs", type=int, default=None, help="requests timed per address (default 50)"
    )
    arguments = parser.parse_args()
    scale = arguments.scale
    with workspace.prepared() as folder:
        import django

        django.setup()

        from django.core.management import call_command
        from django.db import connections

        from bench import data, load, pages, weight

        started = time.monotonic()
        call_command("migrate", verbosity=0)
        call_command("collectstatic", verbosity=0, interactive=False)
        progress("migrated, static files collected", started)
        data.load_demo()
        baseline = pages.baseline_queries(only=arguments.only)
        started = time.monotonic()
        size = data.Size().scaled(scale)
        if arguments.only == "resources":
            size = size.materials_only()
        counts = data.add(size)
        with connections["default"].cursor() as cursor:
            # Statistics for the query planner, as a database in service has them
            # (PostgreSQL's autovacuum); without them it plans for empty tables.
            cursor.execute("ANALYZE")
        progress("bulk data: " + ", ".join(f"{n} {what}" for what, n in counts.items()), started)

        # What building the data left in this process's memory is no server's: kept
        # out of the garbage collector's way, as if the pages were served by a new one.
        gc.collect()
        gc.freeze()
        progress(f"timing {arguments.runs or pages.RUNS} requests per address")
        rows = pages.table_rows(baseline, runs=arguments.runs or pages.RUNS, only=arguments.only)
        print(
            f"Database: {connections['default'].vendor}; "
            + ", ".join(f"{n} {w}" for w, n in counts.items())
        )
        print(
            f"\nServer time through Django, page cache off, {arguments.runs or pages.RUNS} "
            "requests each"
        )
        print(pages.format_table(rows))
        if arguments.only:
            return
        urls = {row.url.name: row.url.path for row in rows}
        connections.close_all()  # gunicorn opens the database now

        env = {**os.environ, "PAGE_CACHE_SECONDS": "300"}
        with load.gunicorn(env, folder / "gunicorn.log") as base_url:
            progress(f"gunicorn on {base_url}: load")
            results = load.measure(
                urls["static file (site.css)"], urls["home"], "/en/search/?q=jazz"
            )
            cache = "Redis" if os.environ.get("REDIS_URL") else "local memory in each worker"
            print(f"\nPage cache in {cache}. " + load.format_table(results))
            progress("page weights in Chromium")
            weights = weight.measure(
                base_url,
                [
                    ("home", urls["home"], 150),
                    ("event page, weekly", urls["event page, weekly"], 200),
                    ("programme", urls["programme"], 200),
                ],
            )
            print("\n" + weight.format_table(weights))


if __name__ == "__main__":
    main()
