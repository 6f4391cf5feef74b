import logging

from django.core.management.base import BaseCommand

from demo.loader import load_demo_content


class Command(BaseCommand):
    help = (
        "Create the demo content in English, Russian and Tajik. Idempotent: what "
        "already exists is left as it is, so running it twice changes nothing."
    )

    def handle(self, *args, **options):
        if options["verbosity"] < 2:
            # Wagtail logs every page it creates and publishes: too much for a terminal.
            logging.getLogger("wagtail").setLevel(logging.WARNING)
        created = load_demo_content()
        if created:
            for line in created:
                self.stdout.write(f"created {line}")
            self.stdout.write(self.style.SUCCESS(f"Demo content: {len(created)} items created."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content is already in place."))
