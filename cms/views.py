"""Site-wide views that belong to no content domain: health, robots.txt, error pages."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from search.resilience import search_status

logger = logging.getLogger(__name__)


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.warning("healthz: database unreachable", exc_info=True)
        return False
    return True


def _cache_ok():
    try:
        cache.set("healthz", "ok", 10)
        return cache.get("healthz") == "ok"
    except Exception:  # noqa: BLE001 - any cache client error means the cache is unusable; we report it
        logger.warning("healthz: cache unreachable", exc_info=True)
        return False


@never_cache
@require_GET
def healthz(request):
    database = _database_ok()
    body = {
        "status": "ok" if database else "error",
        "database": "ok" if database else "error",
        "search": search_status(),
        "cache": "ok" if _cache_ok() else "degraded",
    }
    return JsonResponse(body, status=200 if database else 503)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a request context: no context processor may touch the database that may have failed.
    context = {"site_name": settings.WAGTAIL_SITE_NAME, "language": translation.get_language_from_path(request.path)}
    html = loader.get_template("500.html").render(context)
    return HttpResponseServerError(html)
