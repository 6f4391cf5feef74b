"""
Listings read their pages' images with the images' renditions: Django's
`prefetch_related`, which Wagtail's image tags read, so one query for the renditions of
all the cards of a listing, whatever their number, and no cache lookup for each image.
"""

# The image social networks show for a page, 1200×630 JPEG.
SHARING_IMAGE = "fill-1200x630|format-jpeg"


def with_renditions(objects, image_field):
    """`objects` (a queryset) with their `image_field` image and its renditions."""
    return objects.select_related(image_field).prefetch_related(f"{image_field}__renditions")


# What components/card.html shows of a page, besides its image.
CARD_FIELDS = ("title", "url_path", "summary")


def as_cards(pages, image_field, *shown):
    """`pages` read for cards: the card's fields and `shown` (a date...), the image
    and its renditions; the rest of each page (its body, its dates...) is left unread."""
    return with_renditions(pages.only(*CARD_FIELDS, image_field, *shown), image_field)
