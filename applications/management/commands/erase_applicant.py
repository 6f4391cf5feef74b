from django.core.management.base import BaseCommand, CommandError

from applications.erasure import erase_applicant


class Command(BaseCommand):
    help = "Erase every application, with its files and reviews, sent from one email address."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        count = erase_applicant(email)
        if count == 0:
            raise CommandError("No application was sent from that address.")
        # The address itself is not repeated: output like this ends up in logs.
        self.stdout.write(f"Erased {count} applications.")
