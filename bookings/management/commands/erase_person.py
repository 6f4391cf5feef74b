from django.core.management.base import BaseCommand, CommandError

from applications.erasure import erase_applicant
from bookings.privacy import erase_bookings


class Command(BaseCommand):
    help = "Erase everything one person gave from one email address: applications and bookings."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        applications = erase_applicant(email)
        bookings = erase_bookings(email)
        if applications == bookings == 0:
            raise CommandError("Nothing was stored for that address.")
        # The address itself is not repeated: output like this ends up in logs.
        self.stdout.write(f"Erased {applications} applications and {bookings} bookings.")
