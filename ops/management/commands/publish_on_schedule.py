import logging
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import DatabaseError, close_old_connections

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Publish and unpublish at the times editors set with 'Set schedule' (pages and "
        "materials), then again every --every seconds: Wagtail's publish_scheduled, kept "
        "running. make run and make serve start it beside the site."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--every", type=float, default=60, help="seconds between two runs (default 60)"
        )
        parser.add_argument(
            "--once", action="store_true", help="publish what is due now, then stop (for cron)"
        )

    def handle(self, *args, every, once, **options):
        while True:
            try:
                call_command("publish_scheduled")
            except DatabaseError:
                if once:
                    raise
                # The database is away (a restart): what is due is done at the next run.
                logger.exception("Scheduled publishing failed; trying again in %s s", every)
            if once:
                return
            close_old_connections()  # a database restarted in between is reconnected
            time.sleep(every)
