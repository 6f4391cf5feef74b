"""
Where a bench run lives: a temporary folder (database file, uploads, static files,
gunicorn's log) and a throwaway database, both removed at the end.

SQLite by default; with DATABASE_URL set (PostgreSQL), a new database
bactria_bench_<pid> on that server, dropped at the end.
"""

import contextlib
import os
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path

import dj_database_url
import psycopg2


def progress(message, started=None):
    """A progress line on stderr, with the seconds since `started`."""
    took = f" ({time.monotonic() - started:.0f} s)" if started is not None else ""
    print(f"bench: {message}{took}", file=sys.stderr, flush=True)


@contextlib.contextmanager
def postgres_database(url):
    """A new, empty database on the server of `url`; its URL; dropped at the end."""
    name = f"bactria_bench_{os.getpid()}"
    config = dj_database_url.parse(url)
    server = {
        "host": config["HOST"],
        "port": config["PORT"] or 5432,
        "user": config["USER"],
        "password": config["PASSWORD"],
        "dbname": "postgres",
    }

    def run(sql):
        connection = psycopg2.connect(**server)
        connection.autocommit = True
        try:
            connection.cursor().execute(sql)
        finally:
            connection.close()

    run(f'CREATE DATABASE "{name}"')
    try:
        yield url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        from django.db import connections

        connections.close_all()
        run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def forget_redis_keys(url, prefix):
    """Delete this run's keys (and only those) from a Redis that others may share."""
    import redis

    client = redis.Redis.from_url(url)
    for key in client.scan_iter(match=f"{prefix}:*", count=1000):
        client.delete(key)


@contextlib.contextmanager
def prepared():
    """Set the environment for the bench (this process and gunicorn); yield it."""
    folder = Path(tempfile.mkdtemp(prefix="bactria-bench-"))
    try:
        with contextlib.ExitStack() as stack:
            url = os.environ.get("DATABASE_URL")
            if url:
                url = stack.enter_context(postgres_database(url))
            else:
                url = f"sqlite:///{folder / 'bench.sqlite3'}"
            os.environ.update(
                DJANGO_SETTINGS_MODULE="bench.settings",
                DATABASE_URL=url,
                SECRET_KEY=secrets.token_urlsafe(50),
                ALLOWED_HOSTS="127.0.0.1,testserver",
                SECURE_SSL_REDIRECT="false",
                MEDIA_ROOT=str(folder / "media"),
                PRIVATE_MEDIA_ROOT=str(folder / "private"),
                BENCH_STATIC_ROOT=str(folder / "static"),
                LOCAL_DIR=str(folder),
                LOG_LEVEL="WARNING",
                PAGE_CACHE_SECONDS="0",  # this process measures pages uncached
                CACHE_KEY_PREFIX=f"bench-{os.getpid()}",  # if REDIS_URL is set
            )
            if os.environ.get("REDIS_URL"):
                stack.callback(forget_redis_keys, os.environ["REDIS_URL"], f"bench-{os.getpid()}")
            yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
