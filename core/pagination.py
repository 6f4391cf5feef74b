from django.core.paginator import Paginator

# No listing of the site comes near this many pages. A larger number would overflow
# the database's integers once multiplied into an offset; it gets the first page.
MAX_PAGE_NUMBER = 100_000


def requested_page_number(request):
    """The `?page=` asked for: 1 for anything but a whole number from 1 to MAX_PAGE_NUMBER."""
    try:
        number = int(request.GET.get("page", 1))
    except (TypeError, ValueError):
        return 1
    return number if 1 <= number <= MAX_PAGE_NUMBER else 1


def paginate(request, items, per_page):
    """
    One page of `items` for the `?page=` of the request. A page number that is not a
    number, or is out of range, gives the first page: never an error.
    """
    paginator = Paginator(items, per_page)
    number = requested_page_number(request)
    if number > paginator.num_pages:
        number = 1
    return paginator.page(number)


def paginate_open_ended(request, first, per_page):
    """
    One page of a list too costly to work out whole: `first(n)` gives its first n
    items. The page knows whether another follows, not how many pages there are
    (`page_obj.open_ended`, which the pagination component shows as "Page 2").
    """
    number = requested_page_number(request)
    items = first(number * per_page + 1)
    if number > 1 and len(items) <= (number - 1) * per_page:
        number, items = 1, items[: per_page + 1]
    page = Paginator(items, per_page).page(number)
    page.open_ended = True
    return page
