from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from demo.passwords import new_password, stored_password


class Command(BaseCommand):
    help = (
        "Make sure the demo admin account exists. Its password is generated, never "
        "fixed, and kept in the git-ignored file .local/demo-admin-password."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        password_file = settings.LOCAL_DIR / "demo-admin-password"
        stored = stored_password(password_file)
        User = get_user_model()
        user = User.objects.filter(username=username).first()

        if user is None or not stored or not user.check_password(stored):
            if user is not None and stored:
                self.stdout.write(
                    f"The password of '{username}' no longer matches {password_file}: "
                    "generating a new one."
                )
            stored = new_password(password_file)
            if user is None:
                user = User.objects.create_superuser(username, "admin@example.org", stored)
            else:
                user.set_password(stored)
                user.is_active = user.is_staff = user.is_superuser = True
                user.save()

        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(
            self.style.SUCCESS(
                f"Log in at {base_url}/admin/ as '{username}' with the password "
                f"in {password_file} ({stored})."
            )
        )
