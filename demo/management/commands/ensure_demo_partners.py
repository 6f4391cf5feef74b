from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from demo.data import read
from demo.passwords import new_password, stored_password


class Command(BaseCommand):
    help = (
        "Give the demo's partner accounts of the resource centre (made by "
        "load_demo_content) a password: generated, never fixed, kept in the git-ignored "
        "file .local/demo-partner-password, and the same for each of them."
    )

    def handle(self, *args, **options):
        emails = [item["email"] for item in read("resources", timezone.localdate())["accounts"]]
        users = list(get_user_model().objects.filter(username__in=emails).order_by("username"))
        if not users:
            raise CommandError("No demo partner accounts: run `manage.py load_demo_content` first.")
        password_file = settings.LOCAL_DIR / "demo-partner-password"
        password = stored_password(password_file) or new_password(password_file)
        for user in users:
            if not user.check_password(password):
                user.set_password(password)
                user.save(update_fields=["password"])
        names = " or ".join(f"'{user.username}'" for user in users)
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(
            self.style.SUCCESS(
                f"Partner accounts of the resource centre ({base_url}/en/resources/, not the "
                f"admin): sign in as {names} with the password in {password_file} ({password})."
            )
        )
