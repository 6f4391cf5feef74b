from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content (data files in content/) and the commands that load it."""

    name = "demo"
