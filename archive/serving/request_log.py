"""One JSON line per request (method, path, status, duration_ms, client address, user) on the
"archive.requests" logger: a write (POST, PUT, PATCH, DELETE) is thereby logged with who and from where."""

from __future__ import annotations

import json
import logging
import time

from .client import client_address, client_user

logger = logging.getLogger("archive.requests")


class JsonFormatter(logging.Formatter):
    """A log record as one line of JSON: time, level, logger, message and the record's `fields`."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            **getattr(record, "fields", {}),
        }
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


class RequestLogMiddleware:
    """Outermost middleware: the status is the one the client gets, the duration includes all others."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        fields = {
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": round((time.perf_counter() - started) * 1000, 1),
            "client": client_address(request),
            "user": client_user(request),
        }
        logger.info("%s %s %s", request.method, request.path, response.status_code, extra={"fields": fields})
        return response
