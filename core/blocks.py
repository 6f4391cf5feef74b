"""
StreamField blocks shared by every page type.

Each block has a description and a preview value so staff see what it does in the
block chooser; each renders with its own template under templates/blocks/.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock
from wagtail.snippets import blocks as snippet_blocks

from core.contact import centre_contact
from core.i18n import localized_page
from core.widgets import SnippetChooser


class SnippetChooserBlock(snippet_blocks.SnippetChooserBlock):
    """Wagtail's, its chooser's buttons ("Choose person") worded when a form shows them.
    Wagtail makes a block's widget once per process, worded in the language of the
    first staff member who opens a form with it: after a Russian editor, Tajik and
    English editors read Russian (see core/widgets.py)."""

    @cached_property
    def widget(self):
        return SnippetChooser(self.target_model, icon=super().widget.icon)


# Migrations name Wagtail's block: this one differs only in how its buttons are worded.
DECONSTRUCT_ALIASES = {SnippetChooserBlock: "wagtail.snippets.blocks.SnippetChooserBlock"}


class LinkValue(blocks.StructValue):
    def href(self):
        # Page links follow the visitor's language: the chosen page's translation.
        page = self.get("page")
        return localized_page(page).url if page else self.get("url")


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to another website, with its label."""

    label = blocks.CharBlock(label=_("Label"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Other website"), required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        description = _("A link to a page of this site or to another website.")
        preview_value = {"label": "Bactria Culture Centre", "url": "https://bactria.tj"}
        template = "blocks/link_block.html"
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose a page or enter a web address, but not both.")
            raise blocks.StructBlockValidationError(
                non_block_errors=ErrorList([ValidationError(message)])
            )
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A section heading; it also appears in the page outline.")
        preview_value = {"text": "Jazz Academy", "level": "h2"}
        template = "blocks/heading_block.html"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with its alternative text and an optional caption.")
        template = "blocks/figure_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("A quotation with the name of the person who said it.")
        preview_value = {
            "text": "Music is the shortest road between two hearts.",
            "attribution": "A Jazz Academy student",
        }
        template = "blocks/quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        description = _("A short invitation with a button, such as 'Apply now'.")
        preview_value = {
            "heading": "Apply to the Jazz Academy",
            "text": "The intake for the new year is open.",
            "link": {"label": "Apply now", "url": "https://bactria.tj"},
        }
        template = "blocks/call_to_action_block.html"


class SectionBlock(blocks.StructBlock):
    """A block shown as a section of the page: its heading, when staff leave it empty,
    is `default_heading`, so every section has one."""

    default_heading = ""

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["heading"] = value["heading"] or self.default_heading
        return context


class GalleryBlock(SectionBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    images = blocks.ListBlock(ImageBlock(label=_("Image")), label=_("Images"), min_num=1)

    class Meta:
        icon = "image"
        label = _("Gallery")
        description = _("A grid of photos; each opens full size.")
        template = "blocks/gallery_block.html"

    default_heading = pgettext_lazy("heading of a gallery", "Photos")


class PeopleBlock(SectionBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    people = blocks.ListBlock(SnippetChooserBlock("people.Person"), label=_("People"), min_num=1)

    class Meta:
        icon = "user"
        label = _("People")
        description = _("Teachers, jury members, artists or staff, with photo and role.")
        template = "blocks/people_block.html"

    default_heading = pgettext_lazy("heading of a list of people", "People")


class PartnersBlock(SectionBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    organisations = blocks.ListBlock(
        SnippetChooserBlock("partners.Organisation"), label=_("Organisations"), min_num=1
    )

    class Meta:
        icon = "group"
        label = _("Partners")
        description = _("Logos of partners, donors or sponsors, linked to their websites.")
        template = "blocks/partners_block.html"

    default_heading = pgettext_lazy("heading of a list of organisations", "Partners")


class BaseStreamBlock(blocks.StreamBlock):
    """The body of most pages: text, images, galleries, quotes, videos, people, partners."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        icon="pilcrow",
        description=_("Paragraphs of text with links and lists."),
        preview_value="<p>The Bactria Culture Centre in Dushanbe runs programmes for artists.</p>",
        template="blocks/paragraph_block.html",
    )
    image = FigureBlock()
    quote = QuoteBlock()
    video = EmbedBlock(
        label=_("Video"),
        icon="media",
        description=_("A video from YouTube or Vimeo, shown from its address."),
        help_text=_("Paste the address of the video page."),
        template="blocks/video_block.html",
    )
    call_to_action = CallToActionBlock()
    gallery = GalleryBlock()
    people = PeopleBlock()
    partners = PartnersBlock()


class ContactDetailsBlock(blocks.StaticBlock):
    """The centre's address, opening hours, email, phone, map link and profiles, as set
    in Settings → Contact details and the footer of the page's language."""

    class Meta:
        icon = "mail"
        label = pgettext_lazy("block", "Contact details")
        description = _(
            "The centre's address, opening hours, email, phone, map and social networks, "
            "from Settings → Contact details and the footer."
        )
        admin_text = _(
            "Shows the centre's contact details. Edit them in Settings → Contact details."
        )
        template = "blocks/contact_details_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["contact"] = centre_contact()
        return context


class StandardPageStreamBlock(BaseStreamBlock):
    """The body of a standard page (about, contact, privacy): the shared blocks and the
    centre's contact details."""

    contact_details = ContactDetailsBlock()
