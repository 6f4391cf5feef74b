"""For data migrations that give groups permissions."""

from django.contrib.auth.management import create_permissions


def create_permissions_now(apps):
    """Django makes permissions after all migrations ran; a migration granting them
    needs them made first."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
