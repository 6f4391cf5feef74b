from django.core.paginator import Paginator


def paginate(request, items, per_page):
    """
    One page of `items` for the `?page=` of the request. A page number that is not a
    number, or is out of range, gives the first page: never an error.
    """
    paginator = Paginator(items, per_page)
    try:
        number = int(request.GET.get("page", 1))
    except (TypeError, ValueError):
        number = 1
    if not 1 <= number <= paginator.num_pages:
        number = 1
    return paginator.page(number)
