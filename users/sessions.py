"""
Sessions end SESSION_COOKIE_AGE after the last visit (eight hours for staff), as
Django's SESSION_SAVE_EVERY_REQUEST would have them, without writing the session on
every request.

Saving the session is what moves its end: Django writes the new end date in the
database and sends the cookie again with a new Max-Age. SESSION_SAVE_EVERY_REQUEST
does it for every request: a transaction and an UPDATE on every admin page. Here a
session is saved when it was last saved SESSION_REFRESH_SECONDS ago or more (a minute),
so it ends at most SESSION_COOKIE_AGE after the last visit, and at most a minute
sooner. Sessions that Django saves anyway (sign-in, messages) count as saved.
"""

from django.conf import settings
from django.utils import timezone

# When the session was last saved, in seconds since the epoch (kept in the session).
SAVED_AT_KEY = "_saved_at"


class RefreshSessionMiddleware:
    """Save a session once a minute at most, so that it ends long after the last visit.

    Goes right after SessionMiddleware: it sees the response before SessionMiddleware
    saves the session.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        session = request.session
        if session.session_key is None and not session.modified:
            return response  # no session came with the request, and none was made
        now = int(timezone.now().timestamp())
        saved_at = session.get(SAVED_AT_KEY)
        if session.is_empty():
            return response  # expired, flushed or unknown: never start one here
        if session.modified or not (
            isinstance(saved_at, int) and 0 <= now - saved_at < settings.SESSION_REFRESH_SECONDS
        ):
            session[SAVED_AT_KEY] = now  # modified: SessionMiddleware saves it
        return response
