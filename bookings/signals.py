"""A registration saved changes what event pages show (their "Book a place" link) and
may free places (more of them): the page cache is cleared and the waiting offered."""

from django.db.models.signals import post_delete, post_save

from core.page_cache import content_changed


def registration_saved(sender, instance, **kwargs):
    from bookings import workflow

    content_changed()
    workflow.offer_places_of_every_date(instance)


def connect():
    from bookings.models import Registration

    post_save.connect(registration_saved, sender=Registration, dispatch_uid="bookings-saved")
    post_delete.connect(content_changed, sender=Registration, dispatch_uid="bookings-deleted")
