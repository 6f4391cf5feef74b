"""
One archive with everything the site keeps: the database and the uploaded files.

The database is dumped with its own tool (SQLite's backup API, pg_dump), so a restore
gives back exactly what was there. The files are read and written through the site's
two storages (settings.STORAGES "default" and "private"), so folders on disk and S3
buckets are backed up alike. A manifest lists each table's row count and each file's
SHA-256; `restore` refuses a database or storage that is not empty and checks the
restored site against the manifest, failing loudly on any difference.
"""

import datetime
import hashlib
import json
import os
import posixpath
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.core.files.storage import storages
from django.db import connection

MANIFEST = "manifest.json"
# The archive's folder for each storage.
FOLDERS = {"media": "default", "private": "private"}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why."""


def table_counts():
    with connection.cursor() as cursor:
        counts = {}
        for table in sorted(connection.introspection.table_names(cursor)):
            # The table names come from the database itself, quoted.
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    return counts


def stored_files(storage, folder=""):
    """The name of every file in a storage, a folder on disk or a bucket."""
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:  # a folder not made yet holds nothing
        return
    for name in sorted(files):
        yield posixpath.join(folder, name)
    for name in sorted(folders):
        yield from stored_files(storage, posixpath.join(folder, name))


def file_checksums(storage):
    checksums = {}
    for name in stored_files(storage):
        digest = hashlib.sha256()
        with storage.open(name, "rb") as file:
            for chunk in file.chunks():
                digest.update(chunk)
        checksums[name] = digest.hexdigest()
    return checksums


class HashingReader:
    """Reads a file once, for the archive, and takes its checksum on the way."""

    def __init__(self, file):
        self.file = file
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        return data


def archive_files(tar, name, storage):
    """Add every file of the storage under `name/`; return their checksums."""
    checksums = {}
    for stored in stored_files(storage):
        member = tarfile.TarInfo(f"{name}/{stored}")
        member.size = storage.size(stored)
        member.mtime = int(datetime.datetime.now(datetime.UTC).timestamp())
        with storage.open(stored, "rb") as file:
            reader = HashingReader(file)
            tar.addfile(member, reader)
        checksums[stored] = reader.sha256.hexdigest()
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


def private_file(path):
    """A new file open for writing that only its owner may read (0600), whatever the
    umask: the archive holds applicants' personal data and the staff's password hashes.
    An existing file at that path is emptied and made 0600 too."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)  # os.open leaves the mode of a file that existed
    return os.fdopen(descriptor, "wb")


def backup(archive):
    """Write the archive (mode 0600); return its manifest."""
    manifest = {
        "created": datetime.datetime.now(datetime.UTC).isoformat(),
        "vendor": connection.vendor,
        "tables": table_counts(),
    }
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / "database"
        dump_database(dump)
        with private_file(archive) as file, tarfile.open(fileobj=file, mode="w:gz") as tar:
            tar.add(dump, "database")
            manifest["files"] = {
                name: archive_files(tar, name, storages[alias]) for name, alias in FOLDERS.items()
            }
            (Path(work) / MANIFEST).write_text(json.dumps(manifest, indent=1))
            tar.add(Path(work) / MANIFEST, MANIFEST)
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
    for alias in FOLDERS.values():
        if next(stored_files(storages[alias]), None) is not None:
            raise BackupError(
                f"The {alias} file storage is not empty: restore only into empty ones."
            )
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive, "r:gz") as tar:
        tar.extractall(work, filter="data")
        manifest = json.loads((Path(work) / MANIFEST).read_text())
        if manifest["vendor"] != connection.vendor:
            raise BackupError(
                f"The archive holds a {manifest['vendor']} database; "
                f"this site uses {connection.vendor}."
            )
        restore_database(Path(work) / "database")
        for name, alias in FOLDERS.items():
            restore_files(Path(work) / name, storages[alias])
    differences = check(manifest)
    if differences:
        raise BackupError("The restored site differs from the backup: " + "; ".join(differences))
    return manifest


def restore_files(folder, storage):
    for path in sorted(folder.rglob("*")) if folder.exists() else []:
        if path.is_file():
            name = path.relative_to(folder).as_posix()
            with path.open("rb") as file:
                saved = storage.save(name, File(file))
            if saved != name:
                raise BackupError(f"{name} was stored as {saved}.")


def check(manifest):
    differences = []
    counts = table_counts()
    for table, expected in manifest["tables"].items():
        if counts.get(table) != expected:
            differences.append(f"{table}: {counts.get(table)} rows, expected {expected}")
    for name, alias in FOLDERS.items():
        if file_checksums(storages[alias]) != manifest["files"][name]:
            differences.append(f"files in {name} differ")
    return differences
