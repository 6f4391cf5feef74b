import logging

from django.core.management import call_command
from django.core.management.base import BaseCommand

from wagtail.models import Page

from demo.loader import load_demo_content


class Command(BaseCommand):
    help = (
        "Create the demo content in English, Russian and Tajik. Idempotent: what "
        "already exists is left as it is, so running it twice changes nothing. Content "
        "that was already there is indexed for search again."
    )

    def handle(self, *args, **options):
        if options["verbosity"] < 2:
            # Wagtail logs every page it creates and publishes: too much for a terminal.
            logging.getLogger("wagtail").setLevel(logging.WARNING)
        had_pages = Page.objects.filter(depth__gt=1).exists()
        created = load_demo_content()
        if created:
            for line in created:
                self.stdout.write(f"created {line}")
            self.stdout.write(self.style.SUCCESS(f"Demo content: {len(created)} items created."))
        else:
            self.stdout.write(self.style.SUCCESS("Demo content is already in place."))
        if had_pages and not created:
            # Pages indexed by an earlier version of the site lack what search now finds
            # them by (their words' other forms, core/word_forms.py). When anything was
            # created, the loader has indexed everything already. About a second.
            call_command("update_index", verbosity=0)
            self.stdout.write(self.style.SUCCESS("Search index rebuilt."))
