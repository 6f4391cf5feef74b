from django.core.management.base import BaseCommand

from core.icons import write_icons


class Command(BaseCommand):
    help = "Draw the site's icons (favicon.svg, favicon.ico, apple-touch-icon.png)."

    def handle(self, *args, **options):
        write_icons()
