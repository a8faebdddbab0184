"""Conditional GETs, Cache-Control and the rendered-response cache, by content version: the one mechanism
of the pages and the API.

A view names the version of what it shows (`ContentVersion`: a resolution's `content_version`, a session's
resolutions' versions, a list page's rows' versions), read in one indexed query before anything is
rendered. The ETag is a hash of that version, the release, the URL, the interface language and the variant
(the API's format). Django's `get_conditional_response` answers a matching If-None-Match with 304 before the
body is built; the rendered body is cached (Django's cache) under the ETag, so an edit, which changes the
version and so the key, can never be answered with a stale body. Last-Modified is sent for information:
only the ETag is trusted for a 304, as a second is too coarse to tell two edits apart.

`condition()` is not used: the API's list knows its version (its page's rows) only inside the view, and
DRF renders a response after its handler returns, while the cache needs the rendered body; one helper,
on the same `get_conditional_response`, serves pages and API alike.

Every validated answer carries Cache-Control: `public, no-cache` for anonymous readers (a shared cache or
CDN may store it and must revalidate it by ETag), `private, no-store` when the request is authenticated.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, parse_etags
from django.utils.translation import get_language

from archive.serving.release import release


@dataclass(frozen=True)
class ContentVersion:
    key: str  # what is shown and its version: "resolution 12 34 …"
    changed_at: datetime.datetime | None = None  # for Last-Modified, when known

    @classmethod
    def of(cls, kind: str, row: tuple | None) -> ContentVersion | None:
        """From an `(id, version…, changed_at)` row of a `version_of()` query; None when there is no row."""
        if row is None:
            return None
        *identity, changed_at = row
        return cls(" ".join([kind, *map(str, identity), changed_at.isoformat()]), changed_at)

    def combined(self, other: ContentVersion) -> ContentVersion:
        """The version of a page showing both (the compare page)."""
        return ContentVersion(f"{self.key} + {other.key}", max(self.changed_at, other.changed_at))


def etag(request, version: ContentVersion, variant: str = "") -> str:
    """The ETag of what `version` renders at this URL, in the active interface language."""
    described = "\n".join(
        [release(), version.key, variant, get_language() or "", request.build_absolute_uri()]
    )
    return f'"{hashlib.sha256(described.encode()).hexdigest()[:40]}"'


def conditional_response(
    request, version: ContentVersion | None, render: Callable[[], HttpResponse], variant: str = ""
) -> HttpResponse:
    """304 when If-None-Match holds the ETag; else the cached body of the same ETag, or `render()`'s
    response (cached when 200). Without a version (nothing to show: a 404 or a redirect follows) simply
    `render()`."""
    if version is None or request.method not in ("GET", "HEAD"):
        return render()
    tag = etag(request, version, variant)
    response = get_conditional_response(request, etag=tag)  # 304, 412, or None to answer in full
    if response is None:
        response = _cached(f"conditional:{tag}", render)
        if response.status_code != 200:
            return response
    response["ETag"] = tag
    if version.changed_at is not None:
        response["Last-Modified"] = http_date(version.changed_at.timestamp())
    if request.user.is_authenticated or "HTTP_AUTHORIZATION" in request.META:
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, public=True, no_cache=True)
    return response


def if_match_holds(request, version: ContentVersion | None, variant: str = "") -> bool:
    """A write's If-Match (RFC 9110): absent; `*` with something there; or the ETag that a GET of this URL
    in this variant answers now. A weak tag counts as its strong form: GZipMiddleware weakens the tags
    of the answers it compresses, while the tag names the version, not the bytes."""
    header = request.META.get("HTTP_IF_MATCH")
    if header is None:
        return True
    if version is None:
        return False
    tags = {tag.removeprefix("W/") for tag in parse_etags(header)}
    return "*" in tags or etag(request, version, variant) in tags


def conditional(version_of: Callable[..., ContentVersion | None]):
    """A page view's decorator: `conditional_response` with the version `version_of(request, **kwargs)`."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            version = version_of(request, *args, **kwargs)
            return conditional_response(request, version, lambda: view(request, *args, **kwargs))

        return wrapped

    return decorator


def _cached(key: str, render: Callable[[], HttpResponse]) -> HttpResponse:
    held = cache.get(key)
    if held is not None:
        content, headers = held
        return HttpResponse(content, headers=headers)
    response = render()
    if hasattr(response, "render"):
        response.render()
    if response.status_code == 200:
        cache.set(key, (response.content, dict(response.headers)))
    return response
