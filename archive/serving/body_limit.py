"""Request bodies are limited before anything reads them: a client that is not signed in (no session user,
no API credentials) may send ANONYMOUS_BODY_MAX_BYTES (a login form, a search), a signed-in editor or a
token client ARCHIVE_MAX_UPLOAD_BYTES and the multipart envelope. A larger declared body is a 413 at once,
so a worker never reads a 45 MB anonymous login POST into memory. (The proxy in front, docker/nginx.conf,
refuses bodies over the upload limit before they reach a worker at all.)"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext

MULTIPART_ENVELOPE = 64 * 1024  # boundaries and form fields around an uploaded file


def body_limit(request) -> int:
    signed_in = request.user.is_authenticated or "HTTP_AUTHORIZATION" in request.META
    return (
        settings.ARCHIVE_MAX_UPLOAD_BYTES + MULTIPART_ENVELOPE
        if signed_in
        else settings.ANONYMOUS_BODY_MAX_BYTES
    )


class RequestBodyLimitMiddleware:
    """After AuthenticationMiddleware (it needs the session's user), before anything reads the body."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0  # Django reads no body without a valid length
        limit = body_limit(request)
        if declared <= limit:
            return self.get_response(request)
        message = gettext("The request body is %(size)s bytes, over the limit of %(limit)s bytes.") % {
            "size": f"{declared:,}",
            "limit": f"{limit:,}",
        }
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message}, status=413)
        return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
