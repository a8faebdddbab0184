"""gzip for the API's JSON, XML and plain text, and for nothing else.

BREACH recovers a secret from the compressed size of answers that reflect attacker-chosen input beside
it; the pages carry CSRF tokens (and the browsable API renders HTML with one), so HTML is never
compressed. The API's data answers carry no secret: they are compressed when the client accepts gzip
(Django's GZipMiddleware, which also weakens the ETag). Every API answer varies on Accept-Encoding, 304s
and answers too short to compress included, so that a cache keys them alike.

An answer with an ETag is compressed once: the ETag names its exact content (`archive.serving.conditional`),
so the compressed body is cached under it, as the rendered body is (compressing an 80 KB resolution costs
more than serving it from the cache).
"""

from django.core.cache import cache
from django.middleware.gzip import GZipMiddleware, re_accepts_gzip
from django.utils.cache import patch_vary_headers

COMPRESSED = ("application/json", "application/akn+xml", "application/xml", "text/plain", "text/csv")


class ApiGZipMiddleware(GZipMiddleware):
    def process_response(self, request, response):
        if not request.path_info.startswith("/api/"):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        media_type = response.get("Content-Type", "").partition(";")[0].strip()
        if media_type not in COMPRESSED:
            return response
        tag = response.get("ETag", "")
        cacheable = response.status_code == 200 and tag.startswith('"') and not response.streaming
        if not cacheable or not re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            return super().process_response(request, response)
        key = f"gzip:{tag}"
        compressed = cache.get(key)
        if compressed is None:
            response = super().process_response(request, response)
            if response.get("Content-Encoding") == "gzip":
                cache.set(key, response.content)
            return response
        response.content = compressed
        response["Content-Length"] = str(len(compressed))
        response["Content-Encoding"] = "gzip"
        response["ETag"] = f"W/{tag}"
        return response
