from django.core.paginator import Paginator


def requested_page_number(request):
    try:
        return max(1, int(request.GET.get("page", 1)))
    except (TypeError, ValueError):
        return 1


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
