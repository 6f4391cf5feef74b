from django import forms, template
from django.conf import settings
from django.core import validators
from django.utils import translation
from django.utils.html import format_html

from core import contact, dates, form_errors, navigation, page_cache, same_place, sharing
from core.models import Footer
from core.site_url import absolute_url

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in every language (or that language's home); from a
    view at a page's address plus something, which names that page `route_page` (an
    event's booking form), to the same view at the page's translation."""
    request = context["request"]
    return navigation.language_links(request, context.get("page"), context.get("route_page"))


@register.simple_tag(takes_context=True)
def alternate_links(context):
    """(hreflang, address) of the page's language versions, and x-default."""
    return navigation.alternate_links(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own full address with the sub-page shown (a month of the calendar)."""
    request = context["request"]
    return absolute_url(same_place.canonical_path(request, context["page"]), request)


def fragment_context(context):
    """What the cached fragments of base.html, components/header.html and footer.html
    are keyed by: the language, the content version and, for the header and the
    language links, the place (core.same_place.place_key: the page, a preview apart,
    and the address with its query string). A private page (an applicant's status)
    keeps its fragments out of the cache: their links carry its address. So does a
    preview: it shows a draft, which no publish announces. Fragments that also move
    with the clock (next dates) take `clock_fragment_seconds`."""
    request = context["request"]
    page = context.get("page")
    uncached = context.get("private_page") or getattr(request, "is_preview", False)
    return {
        "request": request,
        "page": page,
        "route_page": context.get("route_page"),
        "fragment_seconds": 0 if uncached else settings.CONTENT_VERSION_SECONDS,
        "clock_fragment_seconds": 0 if uncached else settings.CLOCK_FRAGMENT_SECONDS,
        "content_version": navigation.on_request(
            request, "content-version", page_cache.content_version
        ),
        "language_code": translation.get_language(),
        "place_key": same_place.place_key(request, page),
    }


@register.simple_tag(takes_context=True)
def cache_keys(context):
    """fragment_context, for the fragments of base.html (the alternate languages) and
    of page templates (a programme's body and news, the project cards, the blank
    application form)."""
    return fragment_context(context)


@register.inclusion_tag("components/header.html", takes_context=True)
def site_header(context):
    return {
        **fragment_context(context),
        "language_cookie_name": settings.LANGUAGE_COOKIE_NAME,
    }


@register.simple_tag(takes_context=True)
def localized_home(context):
    """The home page in the visitor's language."""
    return navigation.localized_home(context["request"])


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The header's menu."""
    return navigation.menu_pages(context["request"])


@register.inclusion_tag("components/footer.html", takes_context=True)
def site_footer(context):
    """The footer, the same on every page of a language: a cached fragment."""
    return fragment_context(context)


@register.simple_tag(takes_context=True)
def footer_links(context, footer):
    """(label, address) of the footer's links (inside its cached fragment)."""
    return footer.resolved_links(context["request"]) if footer else []


@register.simple_tag
def current_footer():
    """The footer of the active language (inside its cached fragment)."""
    return Footer.for_active_locale()


@register.simple_tag
def centre_contact():
    """The centre's address, hours, email, phone (core.contact; inside the footer's fragment)."""
    return contact.centre_contact()


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
    return sharing.sharing_image_url(context["request"], page)


@register.filter
def open_graph_locale(language_code):
    """A language code as Open Graph writes it: "ru" → "ru_RU"."""
    return sharing.open_graph_locale(language_code)


@register.filter
def time_range(occurrence):
    """An occurrence's hours, '18:00–21:00', that never wrap (core.dates)."""
    return dates.time_range(occurrence.start, occurrence.end)


@register.filter
def date_time_range(occurrence):
    """An occurrence's day and hours, 'Tue 8 Dec 2026, 18:00–21:00' (core.dates)."""
    return dates.date_time_range(occurrence.start, occurrence.end)


@register.filter
def day_heading(day):
    """'Tuesday, 8 December', with the year when the day is not in this one (core.dates)."""
    return dates.day_heading(day)


@register.filter
def alt_text(image):
    """The image's description in the active language (CustomImage.description_in)."""
    return image.description_in(translation.get_language()) if image else ""


@register.filter
def reference(value):
    """A booking's or application's reference (BK-2026-0042) in a span the stylesheet
    keeps on one line, rather than broken at its hyphens on a phone."""
    return format_html('<span class="reference">{}</span>', value)


@register.simple_tag
def required_message():
    """Django's words for a required answer left empty, as the server says them: the
    forms' check in the browser (static/js/site.js) shows them before sending."""
    return forms.Field.default_error_messages["required"]


@register.simple_tag
def invalid_email_message():
    """Django's words for a malformed email address, for the same check."""
    return validators.EmailValidator.message


@register.simple_tag
def error_summary(form):
    """The mistakes the summary at the top of a form lists (core.form_errors)."""
    return form_errors.error_summary(form)
