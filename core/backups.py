"""
One archive with everything the site keeps: the database and the uploaded files.

The database is dumped with its own tool (SQLite's backup API, pg_dump), so a restore
gives back exactly what was there. A manifest lists each table's row count and each
file's SHA-256; `restore` refuses a database or folder that is not empty and checks
the restored site against the manifest, failing loudly on any difference.
"""

import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import connection

MANIFEST = "manifest.json"
FOLDERS = {"media": "default", "private": "private"}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why."""


def storage_folder(alias):
    storage = storages[alias]
    if not isinstance(storage, FileSystemStorage):
        raise BackupError(f"Storage '{alias}' is not on local disk; back it up with its provider.")
    return Path(storage.location)


def table_counts():
    with connection.cursor() as cursor:
        counts = {}
        for table in sorted(connection.introspection.table_names(cursor)):
            # The table names come from the database itself, quoted.
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def file_checksums(folder):
    checksums = {}
    if folder.exists():
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                checksums[path.relative_to(folder).as_posix()] = hashlib.sha256(
                    path.read_bytes()
                ).hexdigest()
    return checksums


def tool(name):
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed (Debian: apt-get install postgresql-client).")
    return path


def pg_environment():
    db = settings.DATABASES["default"]
    env = {**os.environ, "PGPASSWORD": str(db.get("PASSWORD") or "")}
    args = ["--host", str(db.get("HOST") or "localhost"), "--port", str(db.get("PORT") or 5432)]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    return env, args, db["NAME"]


def dump_database(target):
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)
        return
    if connection.vendor != "postgresql":
        raise BackupError(f"Backups of {connection.vendor} databases are not supported.")
    env, args, name = pg_environment()
    subprocess.run(  # noqa: S603 (the arguments come from the site's own settings)
        [tool("pg_dump"), *args, "--format=custom", "--no-owner", f"--file={target}", name],
        env=env,
        check=True,
        capture_output=True,
    )


def backup(archive):
    """Write the archive; return its manifest."""
    manifest = {
        "created": datetime.datetime.now(datetime.UTC).isoformat(),
        "vendor": connection.vendor,
        "tables": table_counts(),
        "files": {name: file_checksums(storage_folder(alias)) for name, alias in FOLDERS.items()},
    }
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / "database"
        dump_database(dump)
        (Path(work) / MANIFEST).write_text(json.dumps(manifest, indent=1))
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(Path(work) / MANIFEST, MANIFEST)
            tar.add(dump, "database")
            for name, alias in FOLDERS.items():
                folder = storage_folder(alias)
                if folder.exists():
                    tar.add(folder, name)
    return manifest


def database_is_empty():
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


def restore_database(dump):
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(dump) as source:
            source.backup(connection.connection)
        return
    env, args, name = pg_environment()
    result = subprocess.run(  # noqa: S603 (the arguments come from the site's own settings)
        [tool("pg_restore"), *args, "--no-owner", "--exit-on-error", f"--dbname={name}", dump],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()}")


def restore(archive):
    """Restore the archive into an empty database and empty file folders, then check it."""
    if not database_is_empty():
        raise BackupError("The database is not empty: restore only into a new, empty database.")
    folders = {name: storage_folder(alias) for name, alias in FOLDERS.items()}
    for folder in folders.values():
        if folder.exists() and any(folder.iterdir()):
            raise BackupError(f"{folder} is not empty: restore only into empty folders.")
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive, "r:gz") as tar:
        tar.extractall(work, filter="data")
        manifest = json.loads((Path(work) / MANIFEST).read_text())
        if manifest["vendor"] != connection.vendor:
            raise BackupError(
                f"The archive holds a {manifest['vendor']} database; "
                f"this site uses {connection.vendor}."
            )
        restore_database(Path(work) / "database")
        for name, folder in folders.items():
            if (Path(work) / name).exists():
                shutil.copytree(Path(work) / name, folder, dirs_exist_ok=True)
    differences = check(manifest, folders)
    if differences:
        raise BackupError("The restored site differs from the backup: " + "; ".join(differences))
    return manifest


def check(manifest, folders):
    differences = []
    counts = table_counts()
    for table, expected in manifest["tables"].items():
        if counts.get(table) != expected:
            differences.append(f"{table}: {counts.get(table)} rows, expected {expected}")
    for name, folder in folders.items():
        if file_checksums(folder) != manifest["files"][name]:
            differences.append(f"files in {name} differ")
    return differences
