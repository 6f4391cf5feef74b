"""The backup archive holds personal data: only its owner may read it."""

import os
import stat
import tarfile

import pytest

from ops.backups import backup

pytestmark = pytest.mark.django_db


@pytest.fixture
def permissive_umask():
    previous = os.umask(0)
    yield
    os.umask(previous)


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_the_archive_is_written_for_its_owner_alone(tmp_path, permissive_umask):
    archive = tmp_path / "backup.tar.gz"

    backup(archive)

    assert mode(archive) == 0o600
    with tarfile.open(archive) as tar:
        assert {"database", "manifest.json"} <= set(tar.getnames())


def test_an_archive_written_over_a_readable_file_is_private_too(tmp_path, permissive_umask):
    archive = tmp_path / "backup.tar.gz"
    archive.write_text("an older, world-readable file")
    archive.chmod(0o644)

    backup(archive)

    assert mode(archive) == 0o600
    with tarfile.open(archive) as tar:
        assert "manifest.json" in tar.getnames()
