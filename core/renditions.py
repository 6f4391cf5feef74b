"""
Cards read their image's renditions along with the pages: one query for all of them.

Without it, each card's `{% picture %}` looks its three sizes up in the cache, and
Wagtail writes what it found back to the cache on every request: two cache round
trips and pickling per image, where this is one query per listing.
"""


def with_renditions(pages, image_field):
    """`pages` (a queryset) with their `image_field` image and its renditions."""
    return pages.select_related(image_field).prefetch_related(f"{image_field}__renditions")
