from django.core.management.base import BaseCommand

from bookings.privacy import delete_old_bookings, retention_cutoff


class Command(BaseCommand):
    help = (
        "Delete bookings whose date is longer ago than BOOKING_RETENTION_DAYS. "
        "Run it nightly (cron or a systemd timer)."
    )

    def handle(self, *args, **options):
        cutoff = retention_cutoff()
        count = delete_old_bookings()
        self.stdout.write(f"Deleted {count} bookings of dates before {cutoff:%Y-%m-%d}.")
