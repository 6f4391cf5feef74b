"""
`make bench`: timings on a throwaway database, printed as one table.

Run as `python -m bench`. The data set is built fresh in a test database that is
dropped at the end; nothing touches the site's own database.
"""

import logging
import os
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bactria_site.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from bench import recurring_events  # noqa: E402

RUNS = 50


def timed(function, runs=RUNS):
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        seconds.append(time.perf_counter() - started)
    seconds.sort()
    return statistics.median(seconds) * 1000, seconds[int(len(seconds) * 0.95) - 1] * 1000


def main():
    logging.disable(logging.INFO)  # page creation logs a line per page
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        rows = recurring_events.measure(timed)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print(f"{'what':<58} {'median ms':>10} {'p95 ms':>8}")
    for name, median, p95 in rows:
        print(f"{name:<58} {median:>10.2f} {p95:>8.2f}")


if __name__ == "__main__":
    main()
