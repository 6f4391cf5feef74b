"""Health checks for load balancers and monitors: `/healthz` and `/healthz/mail`."""

import logging

from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, storages
from django.core.mail import get_connection
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _cache():
    cache.set("healthz", "ok", timeout=10)
    if cache.get("healthz") != "ok":
        raise ConnectionError("the cache did not keep a value")


def _storage():
    for alias in ("default", "private"):
        storage = storages[alias]
        if isinstance(storage, FileSystemStorage):
            storage.exists("healthz")
        else:
            # An object store: listing its top level fails when the bucket is missing or
            # refuses the site's keys (asking for one object would answer "not there").
            storage.listdir("")


CHECKS = {"database": _database, "cache": _cache, "storage": _storage}


@never_cache
def healthz(request):
    """200 when the database, the cache and file storage answer; 503 and which one if not.

    For load balancers and monitors. Mail is checked apart (`/healthz/mail`): a mail
    server that is down must not take the site out of the load balancer.
    """
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # any failure of a dependency is a failed check
            logger.exception("Health check: %s did not answer", name)
            results[name] = "unavailable"
        else:
            results[name] = "ok"
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "error", **results}, status=200 if healthy else 503
    )


@never_cache
def mail_health(request):
    """Whether the SMTP server takes a connection, and how many emails wait to be sent."""
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.filter(backend_name="mail", status="READY").count()
    try:
        with get_connection(fail_silently=False) as mail:
            mail.open()
    except Exception:
        logger.exception("Mail check: the mail server did not answer")
        return JsonResponse({"mail": "unavailable", "waiting": waiting}, status=503)
    return JsonResponse({"mail": "ok", "waiting": waiting})
