from django import template
from django.conf import settings

from core import navigation
from core.models import Footer

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


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    return {"request": context["request"], "footer": Footer.for_active_locale()}
