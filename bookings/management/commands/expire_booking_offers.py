from django.core.management.base import BaseCommand

from bookings.workflow import expire_offers


class Command(BaseCommand):
    help = "Offers of a freed place not confirmed in time expire; the next people waiting get them."

    def handle(self, *args, **options):
        self.stdout.write(f"{expire_offers()} offers expired.")
