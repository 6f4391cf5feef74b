"""schema.org NewsArticle data for search engines, as JSON-LD."""

from core.jsonld import CONTEXT, organization
from core.sharing import sharing_image_url

# Search engines show at most this many characters of a headline.
HEADLINE_LENGTH = 110


def news_article(page, request, *, tags):
    """A news item, written and published by the centre."""
    url = page.get_full_url(request)
    centre = organization(request)
    data = {
        "@context": CONTEXT,
        "@type": "NewsArticle",
        "headline": page.title[:HEADLINE_LENGTH],
        "description": page.summary,
        "url": url,
        "mainEntityOfPage": url,
        "datePublished": page.published_at().isoformat(),
        "dateModified": page.modified_at().isoformat(),
        "inLanguage": request.LANGUAGE_CODE,
        "articleSection": str(page.get_kind_display()),
        "author": {"@type": "Organization", "name": centre["name"], "url": centre["url"]},
        "publisher": centre,
    }
    if tags:
        data["keywords"] = [tag["name"] for tag in tags]
    if image_url := sharing_image_url(request, page):
        data["image"] = [image_url]
    return data
