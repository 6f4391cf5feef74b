"""`make loadtest` (`python -m loadtest`): bounded load, then the mail server down, then
the database restarted mid-run, against gunicorn with the production settings. In each,
people apply to open calls and book places at events while visitors browse; after the
mail outage the mail server comes back and every booking's email must then go.

Everything runs on loopback: a private PostgreSQL cluster on 127.0.0.1:8202 (made in a
temporary folder and removed afterwards), gunicorn on 127.0.0.1:8201, an SMTP sink on
127.0.0.1:8203 and, for the mail outage, 127.0.0.1:8204 where nothing listens. Redis
is the machine's, under a key prefix of this run's own, deleted at the end.
"""

import argparse
import json
import os
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import redis
import requests

from loadtest import users
from loadtest.cluster import Cluster
from loadtest.mailsink import MailSink

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
SITE_PORT, DB_PORT, SMTP_PORT, CLOSED_PORT = 8201, 8202, 8203, 8204
BASE = f"http://127.0.0.1:{SITE_PORT}"
DATABASE = "bactria_loadtest"
SCENARIOS = ("normal", "mail-down", "db-restart")


def arguments():
    parser = argparse.ArgumentParser(prog="python -m loadtest", description=__doc__)
    parser.add_argument("--duration", type=float, default=120, help="seconds per scenario")
    parser.add_argument("--visitors", type=int, default=50)
    parser.add_argument("--applicants", type=int, default=5)
    parser.add_argument("--bookers", type=int, default=2, help="people booking places")
    parser.add_argument("--think", type=float, default=1.0, help="mean seconds between pages")
    parser.add_argument(
        "--max-requests",
        type=int,
        help="visitor requests per scenario (default: 2 per visitor-second)",
    )
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    return parser.parse_args()


def site_environment(cluster, work, redis_prefix):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bactria_site.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": cluster.url(DATABASE),
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "CACHE_KEY_PREFIX": redis_prefix,
        "TRUSTED_PROXY_COUNT": "1",
        "LOCAL_DIR": str(work / "local"),
        "MEDIA_ROOT": str(work / "media"),
        "PRIVATE_MEDIA_ROOT": str(work / "private"),
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(SMTP_PORT),
        "EMAIL_TIMEOUT": "5",
        "LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(ROOT),
    }


def manage(env, *args):
    result = subprocess.run(  # noqa: S603
        [str(BIN / "python"), "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def inspect(env, *args):
    result = subprocess.run(  # noqa: S603
        [str(BIN / "python"), "-m", "loadtest.inspect_site", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


class Site:
    """gunicorn and the mail worker, as `make serve` runs them."""

    def __init__(self, env, work, workers):
        self.log = (work / "site.log").open("a")
        command = [
            str(BIN / "gunicorn"),
            "bactria_site.wsgi",
            "--bind",
            f"127.0.0.1:{SITE_PORT}",
            "--workers",
            str(workers),
            "--timeout",
            "60",
        ]
        self.processes = [
            subprocess.Popen(command, cwd=ROOT, env=env, stdout=self.log, stderr=self.log),  # noqa: S603
            subprocess.Popen(  # noqa: S603
                [
                    str(BIN / "python"),
                    "manage.py",
                    "db_worker",
                    "--backend",
                    "mail",
                    "--interval",
                    "1",
                ],
                cwd=ROOT,
                env=env,
                stdout=self.log,
                stderr=self.log,
            ),
        ]
        self.gunicorn, self.worker = self.processes
        if wait_until_healthy(60) is None:
            self.stop()
            raise SystemExit(f"The site did not start; see {self.log.name}")

    def stop(self):
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        self.log.close()


def wait_until_healthy(limit):
    """Seconds until /healthz answers 200, or None after `limit` seconds."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        try:
            if requests.get(
                f"{BASE}/healthz", headers={"X-Forwarded-Proto": "https"}, timeout=5
            ).ok:
                return time.monotonic() - started
        except requests.RequestException:
            pass
        time.sleep(0.5)
    return None


def run_scenario(name, options, env, cluster, calls, work, booking_forms):
    sink = None if name == "mail-down" else MailSink(SMTP_PORT)
    env = {**env, "EMAIL_PORT": str(CLOSED_PORT if name == "mail-down" else SMTP_PORT)}
    site = Site(env, work, options.workers)
    try:
        visitors, applicants = users.Tally(), users.Tally()
        links = users.site_links(BASE, visitors)
        outcome = {"confirmed": [], "refused": [], "unsent": 0}
        booked = {"confirmed": [], "refused": [], "unsent": 0}
        budget = users.Budget(options.max_requests or int(2 * options.visitors * options.duration))
        started = time.monotonic()
        deadline = started + options.duration
        threads = (
            [
                threading.Thread(
                    target=users.visitor,
                    args=(BASE, links, visitors, deadline, budget, options.think, seed),
                )
                for seed in range(options.visitors)
            ]
            + [
                threading.Thread(
                    target=users.applicant,
                    args=(BASE, calls, applicants, deadline, f"{name}-", seed + 1, outcome),
                )
                for seed in range(options.applicants)
            ]
            + [
                threading.Thread(
                    target=users.booker,
                    args=(
                        BASE,
                        booking_forms,
                        applicants,
                        deadline,
                        f"book-{name}-",
                        seed + 1,
                        booked,
                    ),
                )
                for seed in range(options.bookers)
            ]
        )
        outage = {}
        if name == "db-restart":
            threads.append(
                threading.Thread(
                    target=restart_midway, args=(cluster, started + options.duration / 2, outage)
                )
            )
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        found = settle(env, name, outcome)
        found_bookings = settle_bookings(env, name, sink)
        worker_alive = site.worker.poll() is None
    finally:
        site.stop()
        if sink:
            sink.close()
    row = judge(name, visitors, applicants, outcome, found, outage, elapsed, sink, worker_alive)
    if name == "mail-down":
        mailed_after = mail_comes_back(env, work, options.workers, found_bookings["bookings"])
    else:
        mailed_after = None
    return judge_bookings(row, name, booked, found_bookings, mailed_after)


def restart_midway(cluster, when, outage):
    time.sleep(max(0, when - time.monotonic()))
    outage["start"] = time.monotonic()
    cluster.restart()
    outage["restarted"] = time.monotonic()
    outage["recovered_after"] = wait_until_healthy(120)
    outage["end"] = time.monotonic()


def settle(env, name, outcome):
    """The applications in the database; with mail up, wait (a minute at most) for the emails."""
    for _attempt in range(60):
        found = inspect(env, "applications", f"{name}-")
        if name == "mail-down" or all(item["mailed"] for item in found["applications"]):
            return found
        time.sleep(1)
    return found


def mailed(sink, bookings):
    """How many of these bookings' people the mail server has had an email for."""
    return sum(1 for item in bookings if sink.sent_to.get(item["email"].lower()))


def settle_bookings(env, name, sink):
    """The bookings made in the scenario; with mail up, wait (a minute at most) for
    each person's email."""
    for _attempt in range(60):
        found = inspect(env, "bookings", f"book-{name}-")
        found["mailed"] = mailed(sink, found["bookings"]) if sink else 0
        if sink is None or found["mailed"] == len(found["bookings"]):
            break
        time.sleep(1)
    return found


def mail_comes_back(env, work, workers, bookings):
    """After the outage: the site again with the mail server up, until every booking's
    email went (the worker retries 1 minute, then 5, after a failure: 7 minutes at most).
    Returns how many of the bookings' people got their email."""
    sink = MailSink(SMTP_PORT)
    site = Site({**env, "EMAIL_PORT": str(SMTP_PORT)}, work, workers)
    try:
        deadline = time.monotonic() + 7 * 60
        while mailed(sink, bookings) < len(bookings) and time.monotonic() < deadline:
            time.sleep(1)
        return mailed(sink, bookings)
    finally:
        site.stop()
        sink.close()


def judge_bookings(row, name, booked, found, mailed_after):
    """The row with the bookings' columns: every booking that got a reference is kept
    once under it, and its email went (at once, or once the mail server came back)."""
    confirmed = booked["confirmed"]
    _stored, lost, wrong, duplicated = kept_once(confirmed, found["bookings"])
    failures = row["failures"]
    if lost or duplicated or wrong:
        failures.append(
            f"bookings lost {len(lost)}, duplicated {len(duplicated)}, wrong reference {len(wrong)}"
        )
    if booked["refused"] or booked["unsent"]:
        failures.append(f"bookings refused {booked['refused'][:3]}, unsent {booked['unsent']}")
    if not confirmed:
        failures.append("no booking was made")
    count = len(found["bookings"])
    if name == "mail-down":
        if found["mail_waiting"] < count:
            failures.append(f"booking emails waiting {found['mail_waiting']} of {count}")
        if mailed_after != count:
            failures.append(f"booking emails sent once mail was back: {mailed_after} of {count}")
        mail = f"{found['mail_waiting']} waiting, {mailed_after} sent after"
    else:
        mail = f"{found['mailed']} sent"
        if found["mailed"] != count:
            failures.append(f"booking emails sent for {found['mailed']} of {count}")
    row.pop("result")
    row.pop("failures")
    row["bookings"] = f"{len(confirmed)} made / {count} kept"
    row["booking mail"] = mail
    row["result"] = "PASS" if not failures else "FAIL"
    row["failures"] = failures
    return row


def kept_once(confirmed, found):
    """(stored by email, lost, under a wrong reference, emails stored twice) of the
    forms the site confirmed with a reference, against the rows `found` stored."""
    stored = {item["email"]: item for item in found}
    per_email = {}
    for item in found:
        per_email[item["email"]] = per_email.get(item["email"], 0) + 1
    lost = [item for item in confirmed if item["email"] not in stored]
    wrong_reference = [
        item
        for item in confirmed
        if item["email"] in stored and stored[item["email"]]["reference"] != item["reference"]
    ]
    duplicated = [email for email, count in per_email.items() if count > 1]
    return stored, lost, wrong_reference, duplicated


def judge(name, visitors, applicants, outcome, found, outage, elapsed, sink, worker_alive):
    # A request that was under way at any moment of the outage (or 5 s after) may fail.
    window = (outage.get("start", 0), outage.get("end", 0) + 5)

    def outside_outage(events):
        return [
            what
            for started, finished, what in events
            if finished < window[0] or started > window[1]
        ]

    everyone = [*visitors.server_errors, *applicants.server_errors]
    broken = [*visitors.connection_errors, *applicants.connection_errors]
    confirmed = outcome["confirmed"]
    stored, lost, wrong_reference, duplicated = kept_once(confirmed, found["applications"])
    files_ok = sum(
        1
        for item in confirmed
        if item["email"] in stored and stored[item["email"]]["files"] == item["files"]
    )
    mailed = sum(1 for item in found["applications"] if item["mailed"])
    failures = []
    if outside_outage(everyone) or outside_outage(broken):
        failures.append(f"errors: {(outside_outage(everyone) + outside_outage(broken))[:5]}")
    if lost or duplicated or wrong_reference:
        failures.append(
            f"lost {len(lost)}, duplicated {len(duplicated)}, "
            f"wrong reference {len(wrong_reference)}"
        )
    if outcome["refused"] or outcome["unsent"]:
        failures.append(f"refused {outcome['refused'][:3]}, unsent {outcome['unsent']}")
    if files_ok != len(confirmed):
        failures.append(f"files intact for {files_ok} of {len(confirmed)}")
    if not confirmed:
        failures.append("no application was made")
    if name == "mail-down":
        if mailed or found["mail_waiting"] < 2 * len(found["applications"]):
            failures.append(f"mailed {mailed}, waiting {found['mail_waiting']}")
    elif mailed != len(found["applications"]):
        failures.append(f"emails sent for {mailed} of {len(found['applications'])}")
    if name == "db-restart" and outage.get("recovered_after") is None:
        failures.append("the site did not come back")
    if not worker_alive:
        failures.append("the mail worker stopped")
    latencies = sorted(visitors.latencies)
    return {
        "scenario": name,
        "visitor requests": len(latencies),
        "req/s": f"{len(latencies) / elapsed:.0f}",
        "median ms": f"{statistics.median(latencies) * 1000:.0f}" if latencies else "-",
        "p95 ms": f"{latencies[int(len(latencies) * 0.95)] * 1000:.0f}" if latencies else "-",
        "5xx": f"{len(everyone)}"
        + (f" ({len(everyone) - len(outside_outage(everyone))} in outage)" if outage else ""),
        "conn. errors": f"{len(broken)}"
        + (f" ({len(broken) - len(outside_outage(broken))} in outage)" if outage else ""),
        "applications": f"{len(confirmed)} sent / {len(found['applications'])} stored",
        "lost/dup": f"{len(lost)}/{len(duplicated)}",
        "files ok": f"{files_ok}/{len(confirmed)}",
        "mail": f"{mailed} sent, {found['mail_waiting']} waiting",
        "recovery": (
            f"down {outage['restarted'] - outage['start']:.1f} s, "
            f"healthy {outage['recovered_after']:.1f} s later"
            if outage.get("recovered_after") is not None
            else "-"
        ),
        "result": "PASS" if not failures else "FAIL",
        "failures": failures,
    }


def table(rows):
    columns = [column for column in rows[0] if column != "failures"]
    widths = [max(len(column), *(len(str(row[column])) for row in rows)) for column in columns]
    lines = [" | ".join(column.ljust(width) for column, width in zip(columns, widths, strict=True))]
    lines.append("-|-".join("-" * width for width in widths))
    lines += [
        " | ".join(str(row[c]).ljust(w) for c, w in zip(columns, widths, strict=True))
        for row in rows
    ]
    return "\n".join(lines)


def main():
    options = arguments()
    scenarios = [name for name in options.scenarios.split(",") if name]
    unknown = set(scenarios) - set(SCENARIOS)
    if unknown:
        raise SystemExit(f"Unknown scenarios: {', '.join(sorted(unknown))}")
    work = Path(tempfile.mkdtemp(prefix="bactria-loadtest-"))
    redis_prefix = f"loadtest-{secrets.token_hex(4)}"
    cluster = Cluster(DB_PORT)
    rows = []
    try:
        print(
            f"Private PostgreSQL on 127.0.0.1:{DB_PORT}; site on {BASE}; files in {work}",
            flush=True,
        )  # noqa: T201
        cluster.start()
        cluster.create_database(DATABASE)
        env = site_environment(cluster, work, redis_prefix)
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        calls = inspect(env, "calls")
        if not calls:
            raise SystemExit("The demo site has no open call to apply to.")
        booking_forms = inspect(env, "booking_forms")
        if not booking_forms:
            raise SystemExit("The demo site has no event with a waiting list to book.")
        for name in scenarios:
            size = (
                f"{options.visitors} visitors, {options.applicants} applicants, "
                f"{options.bookers} booking"
            )
            print(f"{name}: {options.duration:.0f} s, {size}", flush=True)  # noqa: T201
            rows.append(run_scenario(name, options, env, cluster, calls, work, booking_forms))
    finally:
        try:
            cluster.drop_database(DATABASE)
        except subprocess.CalledProcessError:
            pass  # the cluster did not start; it is removed below anyway
        cluster.destroy()
        connection = redis.Redis.from_url("redis://127.0.0.1:6379/0")
        for key in connection.scan_iter(f"{redis_prefix}:*"):
            connection.delete(key)
        shutil.rmtree(work, ignore_errors=True)
    if rows:
        print(table(rows))  # noqa: T201
        for row in rows:
            for failure in row["failures"]:
                print(f"{row['scenario']}: {failure}")  # noqa: T201
    if not rows or any(row["result"] != "PASS" for row in rows):
        sys.exit(1)


if __name__ == "__main__":
    main()
