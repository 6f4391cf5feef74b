"""
Cards read their image's renditions along with the pages: one query for all of them.

Without it, each card's `{% picture %}` looks its three sizes up in the cache, and
Wagtail writes what it found back to the cache on every request: two cache round
trips and pickling per image, where this is one query per listing.
"""

from wagtail.images.models import Filter


def with_renditions(pages, image_field):
    """`pages` (a queryset) with their `image_field` image and its renditions."""
    return pages.select_related(image_field).prefetch_related(f"{image_field}__renditions")


# The image social networks show for a page, 1200×630 JPEG. One filter for the process:
# a new one would parse its spec again on every request.
SHARING_IMAGE = Filter("fill-1200x630|format-jpeg")


# What components/card.html shows of a page, besides its image.
CARD_FIELDS = ("title", "url_path", "summary")


def as_cards(pages, image_field, *shown):
    """`pages` read for cards: the card's fields and `shown` (a date...), the image
    and its renditions. The rest of each page (its body, its dates...) is left unread:
    building a page from a few columns costs a fraction of building it whole."""
    return with_renditions(pages.only(*CARD_FIELDS, image_field, *shown), image_field)
