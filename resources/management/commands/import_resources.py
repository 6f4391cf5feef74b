from django.core.management.base import BaseCommand, CommandError

from resources.importing import Importer, ManifestError, import_rows, read_manifest


class Command(BaseCommand):
    help = (
        "Import a folder of materials described by a manifest (CSV; columns in "
        "docs/resources.md). Each row is checked whole and imported, or refused with its "
        "reasons; a material already imported (same title and file name) is left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="the folder that holds the files")
        parser.add_argument("--manifest", required=True, help="the CSV file describing them")
        parser.add_argument("--dry-run", action="store_true", help="check every row, store nothing")

    def handle(self, *args, folder, manifest, dry_run, **options):
        try:
            rows = read_manifest(manifest)
        except ManifestError as error:
            raise CommandError(f"Cannot read the manifest {manifest}: {error}") from error
        outcome = import_rows(Importer(folder), rows, dry_run=dry_run, progress=self.progress)
        imported = "would be imported" if dry_run else "imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(outcome.imported)} {imported}, {len(outcome.already_there)} already "
                f"there, {len(outcome.refused)} refused."
            )
        )
        if outcome.refused:
            self.stdout.write(self.style.WARNING("Refused:"))
            for row in outcome.refused:
                reasons = " ".join(row.problems)
                self.stdout.write(f"  line {row.number} ({row.values.get('file', '')}): {reasons}")

    def progress(self, number, total, row, what):
        width = 20
        done = width * number // total
        bar = "#" * done + "." * (width - done)
        self.stdout.write(f"[{bar}] {number}/{total} {what}: {row.values.get('file', '')}")
