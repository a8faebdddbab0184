"""Conditional and cached responses by content version.

A view names the version of what it shows (`ContentVersion`, read in one indexed query before anything is
rendered: a resolution's, a session's, the archive's, kept by database triggers). The ETag is a hash of
that version, the release, the URL and the variant (format, interface language): If-None-Match is answered
304 without rendering, and the rendered body is cached under the ETag, so a stale body can never be served
(an edit changes the version, hence the key). Last-Modified is sent for information; only the ETag is
trusted for a 304, as one second is too coarse to tell two edits apart.

`NotModifiedMiddleware` answers a conditional GET of a `versioned` page before the rest of the middleware
stack runs (sessions, authentication, CSRF…): the same version query and the same ETag, so a reader's
revalidation costs little more than a static file.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, wraps

from django.core.cache import cache
from django.core.signals import setting_changed
from django.db import DatabaseError
from django.dispatch import receiver
from django.http import HttpResponse, HttpResponseNotModified
from django.urls import Resolver404, resolve
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language, get_language_from_request

from archive.serving.release import release

ROUTES_KEPT = 4096  # paths whose view `NotModifiedMiddleware` remembers, per process


@dataclass(frozen=True)
class ContentVersion:
    key: str  # what is shown and its version: "resolution 12 v34"
    changed_at: datetime.datetime

    @classmethod
    def of(cls, kind: str, row: tuple | None) -> ContentVersion | None:
        """From an `(id, version, changed_at)` row of a `version_of()` query; None when there is no row."""
        if row is None:
            return None
        pk, version, changed_at = row
        return cls(f"{kind} {pk} v{version} {changed_at.isoformat()}", changed_at)

    def combined(self, other: ContentVersion) -> ContentVersion:
        """The version of a page showing both (the compare page)."""
        return ContentVersion(f"{self.key} + {other.key}", max(self.changed_at, other.changed_at))


def etag(request, version: ContentVersion, variant: str = "", language: str | None = None) -> str:
    """The ETag of what `version` renders at this URL, in the interface `language` (the active one)."""
    language = language or get_language() or ""
    described = "\n".join([release(), version.key, variant, language, request.build_absolute_uri()])
    return f'"{hashlib.sha256(described.encode()).hexdigest()[:40]}"'


def versioned_response(
    request, version: ContentVersion | None, render: Callable[[], HttpResponse], variant: str = ""
) -> HttpResponse:
    """`render()`'s response, or 304 when If-None-Match holds the ETag, or the cached body of the same
    ETag; without a version (nothing to show: a 404 or a redirect follows) simply `render()`."""
    if version is None or request.method not in ("GET", "HEAD"):
        return render()
    tag = etag(request, version, variant)
    conditional = get_conditional_response(request, etag=tag)  # 304, 412, or None to answer in full
    if conditional is not None:
        return _validated(conditional, tag, version)
    key = f"versioned:{tag}"
    cached = cache.get(key)
    if cached is not None:
        content, headers = cached
        return _validated(HttpResponse(content, headers=headers), tag, version)
    response = render()
    if hasattr(response, "render"):
        response.render()
    if response.status_code == 200:
        cache.set(key, (response.content, dict(response.headers)))
        _validated(response, tag, version)
    return response


def versioned(version_of: Callable[..., ContentVersion | None]):
    """A view's decorator: `versioned_response` with the version `version_of(request, **kwargs)`."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            version = version_of(request, *args, **kwargs)
            return versioned_response(request, version, lambda: view(request, *args, **kwargs))

        wrapped.version_of = version_of  # for NotModifiedMiddleware
        return wrapped

    return decorator


def _validated(response: HttpResponse, tag: str, version: ContentVersion) -> HttpResponse:
    response["ETag"] = tag
    response["Last-Modified"] = http_date(version.changed_at.timestamp())
    patch_cache_control(response, no_cache=True)  # always revalidate: the ETag is exact, heuristics are not
    return response


class NotModifiedMiddleware:
    """304 for a conditional GET of a `versioned` view whose ETag still holds, before the middleware after
    this one runs; anything else (no If-None-Match, another view, a changed version, the database away)
    goes on down the stack unchanged. Sits after WhiteNoise and before LocaleMiddleware, whose choice of
    interface language it makes the same way (this site has no language-prefixed URL patterns)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "HTTP_IF_NONE_MATCH" in request.META and request.method in ("GET", "HEAD"):
            route = versioned_route(request.path_info)
            if route is not None:
                response = not_modified(request, *route)
                if response is not None:
                    return response
        return self.get_response(request)


@lru_cache(maxsize=ROUTES_KEPT)
def versioned_route(path: str) -> tuple[Callable[..., ContentVersion | None], tuple, dict] | None:
    """`(version_of, args, kwargs)` of the `versioned` view at `path`, or None. Kept per process: what a
    path resolves to is fixed by the URLconf (revalidations come back to the same few pages)."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    version_of = getattr(match.func, "version_of", None)
    return None if version_of is None else (version_of, match.args, match.kwargs)


@receiver(setting_changed)
def _urlconf_changed(*, setting, **_):
    if setting == "ROOT_URLCONF":
        versioned_route.cache_clear()


def not_modified(request, version_of, args: tuple, kwargs: dict) -> HttpResponse | None:
    """The 304 for `request` if the version `version_of` reads still has the ETag it names, else None."""
    try:
        version = version_of(request, *args, **kwargs)
    except DatabaseError:  # the full path answers, with its 503 while the database is away
        return None
    if version is None:
        return None
    tag = etag(request, version, language=get_language_from_request(request))
    response = get_conditional_response(request, etag=tag)
    if not isinstance(response, HttpResponseNotModified):
        return None
    _validated(response, tag, version)
    patch_vary_headers(response, ("Accept-Language",))  # as LocaleMiddleware's full answer has
    return response
