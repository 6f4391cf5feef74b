from django.core.management.base import BaseCommand

from applications.erasure import delete_old_applications, retention_cutoff


class Command(BaseCommand):
    help = (
        "Delete applications, with their files, older than the retention period set in "
        "Settings → Data protection. Run it nightly (cron or a systemd timer)."
    )

    def handle(self, *args, **options):
        cutoff = retention_cutoff()
        count = delete_old_applications()
        self.stdout.write(f"Deleted {count} applications submitted before {cutoff:%Y-%m-%d}.")
