"""
gunicorn with the production settings on 127.0.0.1, and a bounded load against it:
a fixed number of requests, a fixed number of connections, a time limit.
"""

import contextlib
import http.client
import itertools
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

HOST = "127.0.0.1"
PORT = 8401
WORKERS = 2  # the machine's cores, as in production (one per core, plus one there)
REQUESTS = 2000
CONNECTIONS = 8
TIME_LIMIT = 30  # seconds per address
BIN = Path(sys.executable).parent


@contextlib.contextmanager
def gunicorn(env, log_path):
    """Serve bench.wsgi on 127.0.0.1:8401 until the block ends; always stop it."""
    command = [
        str(BIN / "gunicorn"),
        "bench.wsgi",
        "--bind",
        f"{HOST}:{PORT}",
        "--workers",
        str(WORKERS),
        "--timeout",
        "60",
    ]
    with open(log_path, "wb") as log:
        server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603
    try:
        wait_until_up(server, log_path)
        yield f"http://{HOST}:{PORT}"
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_until_up(server, log_path, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn stopped: see {log_path}")
        try:
            with urllib.request.urlopen(f"http://{HOST}:{PORT}/healthz", timeout=5):  # noqa: S310
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"gunicorn did not answer within {seconds} s: see {log_path}")


def run(paths, requests=REQUESTS, connections=CONNECTIONS, time_limit=TIME_LIMIT):
    """Send up to `requests` GETs of the paths `paths` gives; return done, failed, seconds."""
    lock = threading.Lock()
    sent = itertools.count()
    done, failed = [0], [0]
    deadline = time.monotonic() + time_limit

    def worker():
        connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                if next(sent) >= requests:
                    break
                path = next(paths)
            try:
                connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException):
                connection.close()
                ok = False
            with lock:
                done[0] += ok
                failed[0] += not ok
        connection.close()

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return done[0], failed[0], time.monotonic() - started


def page_cache_header(path):
    """The X-Page-Cache header (hit or miss) of a GET of `path`, as the load sends it."""
    connection = http.client.HTTPConnection(HOST, PORT, timeout=30)
    try:
        connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
        response = connection.getresponse()
        response.read()
        return response.getheader("X-Page-Cache", "none")
    finally:
        connection.close()


def measure(static_path, cached_path, uncached_path):
    """Requests per second for a static file, a cached page and an uncached page."""
    results = []
    for name, paths in [
        ("static file", itertools.repeat(static_path)),
        ("cached page (home)", itertools.repeat(cached_path)),
        (
            "uncached page (search, new query each)",
            (f"{uncached_path}{n}" for n in itertools.count()),
        ),
    ]:
        run(itertools.islice(paths, 20), requests=20, connections=1)  # warm every worker
        if name.startswith("cached"):
            name += f", page cache: {page_cache_header(cached_path)}"
        done, failed, seconds = run(paths)
        results.append((name, done, failed, seconds))
    return results


def format_table(results):
    static_rate = results[0][1] / results[0][3]
    lines = [
        f"gunicorn, {WORKERS} workers, {CONNECTIONS} connections, "
        f"{REQUESTS} requests or {TIME_LIMIT} s per address, 127.0.0.1 only",
        f"{'address':<40} {'done':>5} {'failed':>6} {'seconds':>7} {'req/s':>7} {'× static':>8}",
    ]
    for name, done, failed, seconds in results:
        rate = done / seconds
        lines.append(
            f"{name:<40} {done:>5} {failed:>6} {seconds:>7.1f} {rate:>7.0f} "
            f"{rate / static_rate:>8.2f}"
        )
    cached_ratio = results[1][1] / results[1][3] / static_rate
    verdict = "ok" if cached_ratio >= 0.9 else "OVER"
    lines.append(
        f"cached page at {cached_ratio:.0%} of the static-file rate (target >= 90%): {verdict}"
    )
    return "\n".join(lines)
