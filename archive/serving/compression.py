"""gzip for the API's JSON, XML and plain text, and for nothing else.

BREACH recovers a secret from the compressed size of answers that reflect attacker-chosen input beside
it; the pages carry CSRF tokens (and the browsable API renders HTML with one), so HTML is never
compressed. The API's data answers carry no secret: they are compressed when the client accepts gzip
(Django's GZipMiddleware, which also weakens the ETag). Every API answer varies on Accept-Encoding, 304s
and answers too short to compress included, so that a cache keys them alike.
"""

from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

COMPRESSED = ("application/json", "application/akn+xml", "application/xml", "text/plain", "text/csv")


class ApiGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not request.path_info.startswith("/api/"):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        media_type = response.get("Content-Type", "").partition(";")[0].strip()
        return super().process_response(request, response) if media_type in COMPRESSED else response
