"""`manage.py backup` and `manage.py restore`: the demo site comes back whole, elsewhere.

Runs on the database the suite runs on (SQLite, or PostgreSQL when DATABASE_URL says
so), each step as its own `manage.py` process, as an administrator would run them.
"""

import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

from django.core.files.storage import FileSystemStorage
from django.db import connection

import psycopg2
import pytest

from ops.backups import file_checksums
from tests import object_storage
from tests.object_storage import checksums, new_buckets

# One worker runs the three tests: they share the module's migrated database.
pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("backups")]
ROOT = Path(__file__).resolve().parents[2]


def on_server(statement):
    db = connection.settings_dict
    server = psycopg2.connect(
        host=db["HOST"],
        port=db["PORT"],
        user=db["USER"],
        password=db["PASSWORD"],
        dbname="postgres",
    )
    server.autocommit = True
    with server.cursor() as cursor:
        cursor.execute(statement)
    server.close()


@pytest.fixture(scope="module")
def made_databases():
    made = []
    yield made
    for database in made:
        on_server(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def new_database(tmp_path, name, made, copy_of=None):
    """A new database of the kind the suite uses: empty, or a copy of the database
    `copy_of` (a URL that new_database gave)."""
    if connection.vendor == "sqlite":
        path = tmp_path / f"{name}.sqlite3"
        if copy_of:
            # The backup API copies what is still in the write-ahead log too.
            source = sqlite3.connect(copy_of.removeprefix("sqlite:///"))
            copy = sqlite3.connect(path)
            source.backup(copy)
            copy.close()
            source.close()
        return f"sqlite:///{path}"
    db = connection.settings_dict
    database = f"backup_{name}_{uuid.uuid4().hex[:8]}"
    template = f' TEMPLATE "{copy_of.rsplit("/", 1)[1]}"' if copy_of else ""
    on_server(f'CREATE DATABASE "{database}"{template}')
    made.append(database)
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{database}"


def site(tmp_path, name, made, copy_of=None):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bactria_site.settings.dev",
        "LOCAL_DIR": str(tmp_path / name),
        "DATABASE_URL": new_database(tmp_path, name, made, copy_of),
        "MEDIA_ROOT": str(tmp_path / name / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / name / "private"),
    }


@pytest.fixture(scope="module")
def migrated(tmp_path_factory, made_databases):
    """A database that `manage.py migrate` built, once for the module: each site to back
    up starts from a copy of it instead of migrating again."""
    migrated = site(tmp_path_factory.mktemp("migrated"), "migrated", made_databases)
    manage(migrated, "migrate", "--noinput")
    return migrated["DATABASE_URL"]


def manage(env, *args, check=True):
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def count_rows(env):
    script = "from ops.backups import table_counts; import json; print(json.dumps(table_counts()))"
    return manage(env, "shell", "-c", script).stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory, made_databases, migrated):
    """The demo site, loaded once for the module: each test backs up a copy of it."""
    demo = site(tmp_path_factory.mktemp("demo"), "demo", made_databases, copy_of=migrated)
    manage(demo, "load_demo_content")
    return demo


def copy_of_demo(tmp_path, made_databases, demo_site):
    """A site with a copy of the demo site's database, and no files yet."""
    return site(tmp_path, "original", made_databases, copy_of=demo_site["DATABASE_URL"])


def test_a_backup_of_the_demo_site_restores_elsewhere_whole(tmp_path, made_databases, demo_site):
    original = copy_of_demo(tmp_path, made_databases, demo_site)
    for folder in ("media", "private"):
        shutil.copytree(Path(demo_site["LOCAL_DIR"]) / folder, Path(original["LOCAL_DIR"]) / folder)
    archive = tmp_path / "backup.tar.gz"

    manage(original, "backup", str(archive))
    copy = site(tmp_path, "copy", made_databases)
    restored = manage(copy, "restore", str(archive))

    assert "every table and file checked" in restored.stdout
    assert count_rows(copy) == count_rows(original)
    for folder in ("media", "private"):
        original_files = files_in(Path(original["LOCAL_DIR"]) / folder)
        assert original_files  # demo images, applicants' sample files
        assert files_in(Path(copy["LOCAL_DIR"]) / folder) == original_files


def files_in(folder):
    return file_checksums(FileSystemStorage(location=folder))


def upload_folder(s3, folder, bucket):
    """Each file under `folder` into `bucket`, under its path in the folder."""
    for path in folder.rglob("*"):
        if path.is_file():
            s3.upload_file(str(path), bucket, path.relative_to(folder).as_posix())


def test_a_site_on_s3_buckets_is_backed_up_and_restored_into_new_buckets(
    tmp_path, made_databases, demo_site
):
    with object_storage.s3_server() as s3:
        original = {**copy_of_demo(tmp_path, made_databases, demo_site), **new_buckets(s3)}
        # The demo's files, where the site on buckets keeps them.
        demo_files = Path(demo_site["LOCAL_DIR"])
        upload_folder(s3, demo_files / "media", original["AWS_STORAGE_BUCKET_NAME"])
        upload_folder(s3, demo_files / "private", original["AWS_PRIVATE_STORAGE_BUCKET_NAME"])
        archive = tmp_path / "backup.tar.gz"

        manage(original, "backup", str(archive))
        copy = {**site(tmp_path, "copy", made_databases), **new_buckets(s3)}
        restored = manage(copy, "restore", str(archive))

        assert "every table and file checked" in restored.stdout
        assert count_rows(copy) == count_rows(original)
        for bucket in ("AWS_STORAGE_BUCKET_NAME", "AWS_PRIVATE_STORAGE_BUCKET_NAME"):
            original_files = checksums(s3, original[bucket])
            assert original_files  # demo images, applicants' sample files
            assert checksums(s3, copy[bucket]) == original_files
        assert not (Path(copy["LOCAL_DIR"]) / "media").exists()  # nothing went to local disk


def test_restore_refuses_a_database_that_is_not_empty(tmp_path, made_databases, migrated):
    original = site(tmp_path, "original", made_databases, copy_of=migrated)
    archive = tmp_path / "backup.tar.gz"
    manage(original, "backup", str(archive))

    refused = manage(original, "restore", str(archive), check=False)

    assert refused.returncode != 0
    assert "The database is not empty" in refused.stderr
