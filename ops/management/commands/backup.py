from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from ops.backups import BackupError, backup


class Command(BaseCommand):
    help = "Write one archive with the database dump and all uploaded files (public and private)."

    def add_arguments(self, parser):
        parser.add_argument("archive", nargs="?", help="where to write it (default: a dated name)")

    def handle(self, *args, archive=None, **options):
        archive = archive or f"bactria-backup-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        try:
            manifest = backup(archive)
        except (BackupError, OSError) as error:
            raise CommandError(f"Backup failed: {error}") from error
        files = sum(len(files) for files in manifest["files"].values())
        rows = sum(manifest["tables"].values())
        self.stdout.write(f"Wrote {archive}: {rows} rows, {files} files.")
