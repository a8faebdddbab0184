"""While the database does not answer, requests get a 503 (a page, or JSON under /api/) instead of a 500.

Connections are checked before reuse (CONN_HEALTH_CHECKS) and a failed one is dropped at the end of the
request, so the site recovers by itself once the database is back.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError
from django.http import JsonResponse
from django.template.response import SimpleTemplateResponse
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger("archive.database")

RETRY_AFTER_SECONDS = 30
MESSAGE = _("The archive’s database is unavailable. Please try again in a minute.")


def unavailable_response(path: str):
    if path.startswith("/api/"):
        response = JsonResponse({"detail": str(MESSAGE)}, status=503)
    else:
        response = SimpleTemplateResponse("503.html", {"message": MESSAGE}, status=503).render()
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("database unavailable: %s", exception)
        return unavailable_response(request.path)
