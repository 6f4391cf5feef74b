from django import template
from django.conf import settings
from django.template.loader import render_to_string

from core import navigation
from core.models import Footer
from core.renditions import SHARING_IMAGE

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in every language (or that language's home)."""
    return navigation.language_links(context["request"], context.get("page"))


@register.inclusion_tag("components/header.html", takes_context=True)
def site_header(context):
    request = context["request"]
    return {
        "request": request,
        "home": navigation.localized_home(request),
        "menu_pages": navigation.menu_pages(request),
        "language_links": navigation.language_links(request, context.get("page")),
        "current_page": context.get("page"),
        "language_cookie_name": settings.LANGUAGE_COOKIE_NAME,
    }


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, the same on every page of a language: its HTML is kept like the
    menu (core.navigation), until a page, a site or the footer itself changes."""
    request = context["request"]

    def render():
        footer = Footer.for_active_locale()
        links = footer.resolved_links(request) if footer else []
        return render_to_string(
            "components/footer.html", {"request": request, "footer": footer, "links": links}
        )

    return navigation.per_language(request, "footer", render)


@register.simple_tag(takes_context=True)
def query_string(context, **changes):
    """The current query string with some parameters replaced (None removes one)."""
    params = context["request"].GET.copy()
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()


@register.simple_tag(takes_context=True)
def sharing_image_url(context, page):
    """Absolute address of the image social networks show for `page` (1200×630 JPEG)."""
    image = None
    if getattr(page, "social_image_id", None):
        image = page.social_image
    elif hasattr(page, "listing_image"):
        image = page.listing_image
    if image is None:
        return ""
    rendition = image.get_rendition(SHARING_IMAGE)
    return context["request"].build_absolute_uri(rendition.url)
