"""While the database does not answer, requests get a 503 (a page, or JSON under /api/) instead of a 500;
a statement cancelled by the statement timeout (settings.DATABASE_STATEMENT_TIMEOUT_MS) gets a 503 that says
so, without Retry-After: the same request would run as long again.

Connections are checked before reuse (CONN_HEALTH_CHECKS) and a failed one is dropped at the end of the
request, so the site recovers by itself once the database is back.
"""

from __future__ import annotations

import logging

from django.db import InterfaceError, OperationalError
from django.http import JsonResponse
from django.template.response import SimpleTemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger("archive.database")

RETRY_AFTER_SECONDS = 30
MESSAGE = _("The archive’s database is unavailable. Please try again in a minute.")
# SQLSTATE of a statement cancelled by statement_timeout.
QUERY_CANCELED = "57014"


def unavailable_response(path: str, message: str = MESSAGE, retry_after: int | None = RETRY_AFTER_SECONDS):
    if path.startswith("/api/"):
        response = JsonResponse({"detail": str(message)}, status=503)
    else:
        response = SimpleTemplateResponse("503.html", {"message": message}, status=503).render()
    if retry_after is not None:
        response["Retry-After"] = str(retry_after)
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        if getattr(exception.__cause__, "sqlstate", None) == QUERY_CANCELED:
            logger.warning("statement timeout: %s %s", request.method, request.path)
            message = gettext("This request took too long and was stopped. Please ask for less at a time.")
            return unavailable_response(request.path, message, retry_after=None)
        logger.error("database unavailable: %s", exception)
        return unavailable_response(request.path)
