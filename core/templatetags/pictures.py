"""
Wagtail's `image`, `srcset_image` and `picture` tags, with their filters parsed once.

Wagtail's nodes build a new `Filter` for each size on every render, and each new
filter parses its spec again (the image-operation hooks, their signatures): about a
thousand function calls per image. A tag's filters depend only on its text, so these
nodes build them the first time and keep them. Same syntax, same HTML:
`{% load pictures %}` in place of `{% load wagtailimages_tags %}`.
"""

from django import template
from django.utils.functional import cached_property

from wagtail.images.templatetags import wagtailimages_tags as wagtail_tags

register = template.Library()


class KeptFilters:
    @cached_property
    def kept_filter(self):
        return super().get_filter()

    @cached_property
    def kept_filters(self):
        return super().get_filters()

    def get_filter(self):
        return self.kept_filter

    def get_filters(self):
        return self.kept_filters


class ImageNode(KeptFilters, wagtail_tags.ImageNode):
    pass


class SrcsetImageNode(KeptFilters, wagtail_tags.SrcsetImageNode):
    pass


class PictureNode(KeptFilters, wagtail_tags.PictureNode):
    pass


KEPT = {
    wagtail_tags.ImageNode: ImageNode,
    wagtail_tags.SrcsetImageNode: SrcsetImageNode,
    wagtail_tags.PictureNode: PictureNode,
}


@register.tag("image")
@register.tag("srcset_image")
@register.tag("picture")
def image(parser, token):
    node = wagtail_tags.image(parser, token)  # Wagtail's parsing and its error messages
    return KEPT[type(node)](
        node.image_expr, node.filter_specs, output_var_name=node.output_var_name, attrs=node.attrs
    )
