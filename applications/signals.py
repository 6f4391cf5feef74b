"""An attached file leaves storage when its row is deleted, and not before the commit."""

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from applications.models import ApplicationFile


@receiver(post_delete, sender=ApplicationFile)
def delete_stored_file(sender, instance, **kwargs):
    name, storage = instance.file.name, instance.file.storage
    if name:
        transaction.on_commit(lambda: storage.delete(name))
