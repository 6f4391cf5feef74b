from wagtail.admin.forms import WagtailAdminPageForm

from core.slugs import latin_slug, needs_latin


class BasePageForm(WagtailAdminPageForm):
    """Every page's admin form: a Cyrillic (or empty) slug is written in Latin letters.

    The editor's browser fills the slug from the title in the title's own letters;
    transliterating here, before the check that the slug is free among the page's
    siblings, means the address that is checked is the one that is saved. Once the
    page is published Wagtail stops following the title, so the address stays put.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False  # made from the title when left empty

    def clean_slug(self):
        slug = self.cleaned_data.get("slug", "")
        if needs_latin(slug):
            slug = latin_slug(slug) or latin_slug(self.data.get("title", ""))
        return slug
