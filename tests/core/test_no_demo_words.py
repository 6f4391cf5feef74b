"""The public site reads like the centre's own: no page says it is a demo, illustrative
or placeholder text, in any language."""

import re

from wagtail.models import Page

import pytest

from tests.helpers import soup

pytestmark = pytest.mark.django_db

# "демо" covers Russian "демонстрационный"; Tajik "намунавӣ" (sample) and "намоишӣ" (demo);
# not "Democratic" ("Lao People's Democratic Republic", "Демократическая").
WORDS = re.compile(
    r"\bdemo(?!cra)|illustrative|lorem|\bдемо(?!кра)|намунавӣ|намоишӣ|условн", re.IGNORECASE
)


def public_pages():
    """Every live page of the site but the contact pages: another piece of work is
    rewriting the contact page, which still says its details are "to be completed"."""
    contact = Page.objects.filter(slug="contact").values("translation_key")
    return (
        Page.objects.live()
        .public()
        .filter(depth__gt=1)
        .exclude(translation_key__in=contact)
        .order_by("path")
    )


def words_a_visitor_reads(html):
    texts = [html.get_text(" ")]
    texts += [tag["alt"] for tag in html.find_all(alt=True)]
    texts += [tag["content"] for tag in html.find_all("meta", content=True)]
    return " ".join(texts)


def test_no_public_page_says_it_is_a_demo(client):
    pages = list(public_pages())
    languages = {page.locale.language_code for page in pages}
    assert languages == {"en", "ru", "tg"}
    assert len(pages) > 100

    found = {}
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        words = WORDS.findall(words_a_visitor_reads(soup(response)))
        if words:
            found[page.url] = words
    assert found == {}
