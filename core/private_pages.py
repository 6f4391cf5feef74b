"""Pages only the person holding their link may see (an applicant's status, a booking)."""


def private(response):
    """A private page: never cached, never indexed, its address never sent to other sites.
    Its header (whose language links carry its address) stays out of the cache too."""
    response.context_data["private_page"] = True
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex"
    return response
