from django.core.management.base import BaseCommand, CommandError

from ops.backups import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore an archive made by `manage.py backup` into an empty database and empty "
        "file folders, then check every table's row count and every file's checksum."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive")

    def handle(self, *args, archive, **options):
        try:
            manifest = restore(archive)
        except (BackupError, OSError, KeyError, ValueError) as error:
            raise CommandError(f"Restore failed: {error}") from error
        self.stdout.write(
            f"Restored {archive} (made {manifest['created']}); every table and file checked."
        )
