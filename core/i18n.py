"""A page in the visitor's language in one query (Wagtail's `.localized` takes two)."""

from django.db.models import OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import translation

from wagtail.models import Page


def _live_in_active_language():
    return Page.objects.live().filter(locale__language_code=translation.get_language())


def localized_page(page):
    """The live translation of `page` in the active language, or `page` itself."""
    if page is None:
        return None
    return _live_in_active_language().filter(translation_key=page.translation_key).first() or page


def localized_page_by_id(page_id):
    """Like localized_page, from a page id (a ForeignKey's `_id`), without loading it first."""
    if page_id is None:
        return None
    source = Page.objects.filter(pk=page_id).values("translation_key")[:1]
    translated = _live_in_active_language().filter(translation_key=Subquery(source)).first()
    return translated or Page.objects.filter(pk=page_id).first()


def localized_pages_by_id(page_ids):
    """
    {page_id: its live translation in the active language, or the page itself} for
    many page ids at once, in one query whatever their number.
    """
    page_ids = [pk for pk in page_ids if pk]
    if not page_ids:
        return {}
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    pages = list(
        Page.objects.filter(
            Q(pk__in=page_ids)
            | Q(
                translation_key__in=Subquery(keys),
                live=True,
                locale__language_code=translation.get_language(),
            )
        ).select_related("locale")
    )
    translated = {
        page.translation_key: page
        for page in pages
        if page.live and page.locale.language_code == translation.get_language()
    }
    sources = {page.pk: page for page in pages if page.pk in page_ids}
    return {
        pk: translated.get(source.translation_key, source)
        for pk, source in sources.items()
        if source.live
    }


def in_active_language(queryset, *, position=None, order=None):
    """
    The objects of a queryset of translatable objects (snippets such as themes or
    people), each replaced by its translation in the active language where it has
    one, in one query. Staff choose a snippet once, in the source page; each
    translation of the page shows that snippet's own translation.

    They come sorted by `position` (an expression over the translation key, such as
    the order staff gave them), in `order` (their primary keys in that order), or by
    name.
    """
    model = queryset.model
    language = translation.get_language()
    candidates = model.objects.filter(
        Q(pk__in=queryset.values("pk"))
        | Q(
            translation_key__in=queryset.values("translation_key"),
            locale__language_code=language,
        )
    ).select_related("locale")
    if position is not None:
        candidates = candidates.annotate(position=position)
    chosen = {}
    places = {}  # translation key: its place in `order`
    for obj in candidates:
        if obj.translation_key not in chosen or obj.locale.language_code == language:
            chosen[obj.translation_key] = obj
        if order is not None and obj.pk in order:
            places[obj.translation_key] = order.index(obj.pk)
    if position is not None:
        return sorted(chosen.values(), key=lambda obj: (obj.position is None, obj.position or 0))
    if order is not None:
        return sorted(chosen.values(), key=lambda obj: places.get(obj.translation_key, 0))
    return sorted(chosen.values(), key=str)


def chosen_in_active_language(links, field):
    """
    The snippets a page chose through its ordered `links` (a child relation such as
    `page.tag_links`, each link naming one snippet in its `field`), in the order staff
    gave them, each in the active language where it is translated: one query.

    Saved links are read inside that query. In the editor's preview the links are
    the unsaved ones of the form, held in memory (modelcluster), and are read there.
    """
    model = links.model._meta.get_field(field).related_model
    rows = links.all()
    if isinstance(rows, QuerySet):
        position = Subquery(
            rows.filter(**{f"{field}__translation_key": OuterRef("translation_key")}).values(
                "sort_order"
            )[:1]
        )
        return in_active_language(
            model.objects.filter(pk__in=rows.values(field)), position=position
        )
    ids = [
        getattr(link, f"{field}_id") for link in sorted(rows, key=lambda link: link.sort_order or 0)
    ]
    return in_active_language(model.objects.filter(pk__in=ids), order=ids)


def translated_field(outer_key, model, field):
    """
    A subquery for `.annotate()`: `field` of the translation in the active language
    of the `model` object whose translation key is `outer_key`.
    """
    return Subquery(
        model.objects.filter(
            translation_key=OuterRef(outer_key), locale__language_code=translation.get_language()
        ).values(field)[:1]
    )


def title_in_active_language(page_key, own_title):
    """
    For `.annotate()`: the title of the live translation in the active language of the
    page whose translation key is `page_key` (a field path), else `own_title` (an
    expression): a subquery per row, no query of its own. Staff read a listing of
    things made in three languages (applications, bookings) in their admin's one.
    """
    translated = _live_in_active_language().filter(translation_key=OuterRef(page_key))
    return Coalesce(Subquery(translated.order_by().values("title")[:1]), own_title)
