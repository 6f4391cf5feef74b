from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resources"
    verbose_name = _("Resource centre")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from resources import covers
        from resources.models import Resource, ResourceFile

        # A PDF's cover is made once its material is approved (resources/covers.py).
        post_save.connect(
            covers.file_saved, sender=ResourceFile, dispatch_uid="resource-file-cover"
        )
        post_save.connect(covers.material_saved, sender=Resource, dispatch_uid="resource-cover")
