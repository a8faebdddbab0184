"""What every view shares: conditional GETs and symbols in the path."""

from __future__ import annotations

from django.http import HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext
from rest_framework import viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import SAFE_METHODS
from rest_framework.renderers import JSONRenderer
from rest_framework.routers import APIRootView
from rest_framework.views import APIView

from archive.messages import MessageError
from archive.models import Resolution
from archive.parser.symbols import parse_symbol
from archive.services.errors import message_of
from archive.serving.conditional import ContentVersion, conditional_response

from ..throttling import RateLimitHeadersMixin


class ConditionalResponseMixin:
    """JSON, plain text and XML answered by content version (`archive.serving.conditional`): 304 for a
    matching If-None-Match and cached bodies, before anything is fetched; the browsable API is rendered."""

    def conditional(self, request, version, respond):
        if request.accepted_renderer.format == "api":
            return respond()

        def render():
            response = respond()
            response.accepted_renderer = request.accepted_renderer
            response.accepted_media_type = request.accepted_media_type
            response.renderer_context = self.get_renderer_context()
            return response

        return conditional_response(request, version, render, variant=request.accepted_media_type)


def content_language(languages) -> dict:
    """`Content-Language` of an answer showing these languages' texts, each once in their order
    (LocaleMiddleware would otherwise name the interface language)."""
    languages = ", ".join(dict.fromkeys(languages))
    return {"Content-Language": languages} if languages else {}


class JsonErrorsMixin:
    """Errors are JSON even when the request asked for plain text or XML."""

    def handle_exception(self, exc):
        renderer = getattr(self.request, "accepted_renderer", None)
        if renderer is not None and renderer.format not in ("json", "api"):
            self.request.accepted_renderer, self.request.accepted_media_type = (
                JSONRenderer(),
                "application/json",
            )
        return super().handle_exception(exc)


def canonical_symbol(request, symbol: str) -> str:
    """The canonical spelling of the symbol in the path; a GET in another spelling is redirected (301)."""
    try:
        canonical = parse_symbol(symbol).canonical
    except MessageError as exc:
        raise NotFound(message_of(exc)) from None
    if canonical != symbol and request.method in SAFE_METHODS:
        match = request.resolver_match
        url = reverse(f"{match.namespace}:{match.url_name}", kwargs={**match.kwargs, "symbol": canonical})
        query = request.META.get("QUERY_STRING")
        raise Moved(url + (f"?{query}" if query else ""))
    return canonical


def not_in_archive(symbol: str) -> NotFound:
    return NotFound(gettext("%(symbol)s is not in the archive") % {"symbol": symbol})


class Moved(Exception):
    """Raised to redirect to the canonical URL (301); `CanonicalSymbolMixin` answers it."""

    def __init__(self, location: str):
        self.location = location


class CanonicalSymbolMixin:
    def handle_exception(self, exc):
        if isinstance(exc, Moved):
            return HttpResponsePermanentRedirect(exc.location)
        return super().handle_exception(exc)

    def resolution_version(self) -> ContentVersion:
        """The content version of the resolution in the path, or 404."""
        canonical = canonical_symbol(self.request, self.kwargs["symbol"])
        version = ContentVersion.of("resolution", Resolution.objects.version_of(canonical))
        if version is None:
            raise not_in_archive(canonical)
        return version

    def get_resolution(self) -> Resolution:
        """The resolution in the path (only what links need), or 404."""
        canonical = canonical_symbol(self.request, self.kwargs["symbol"])
        resolution = Resolution.objects.only("id", "symbol").filter(symbol=canonical).first()
        if resolution is None:
            raise not_in_archive(canonical)
        return resolution


class QueryParametersMixin:
    """Query parameters the operation takes, each once: an unknown parameter (`?sesion=59`) or one given
    twice is a 400 naming it, not a silent choice. The operation takes its filters, paging (lists),
    `format` and the view's `query_parameters`."""

    query_parameters: tuple[str, ...] = ()

    def known_query_parameters(self) -> set[str]:
        known = {"format", *self.query_parameters}
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is not None and getattr(self, "action", "list") == "list":
            known |= set(filterset_class.base_filters)
        paginator = getattr(self, "paginator", None)
        if paginator is not None and getattr(self, "action", "list") == "list":
            known |= {paginator.page_query_param, paginator.page_size_query_param}
        return known

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)  # the format first: errors are rendered in it
        if not hasattr(self, request.method.lower()):
            return  # a method the view does not take: 405 follows
        known = self.known_query_parameters()
        unknown = gettext("unknown parameter: this operation takes %(parameters)s")
        errors = {
            key: [unknown % {"parameters": ", ".join(sorted(known))}]
            for key in request.query_params
            if key not in known
        }
        errors |= {
            key: [gettext("give this parameter once")]
            for key, values in request.query_params.lists()
            if len(values) > 1 and key not in errors
        }
        if errors:
            raise ValidationError(dict(sorted(errors.items())))


class ApiViewSet(RateLimitHeadersMixin, QueryParametersMixin, viewsets.GenericViewSet):
    """The base of every view of the API."""


class ApiRootView(RateLimitHeadersMixin, APIRootView):
    """DRF's index of the lists, with the rate-limit headers of every answer."""


class UnknownPath(RateLimitHeadersMixin, CanonicalSymbolMixin, APIView):
    """Any other path under /api/: a permanent redirect to the path with a slash when that is an
    endpoint (`/api/v1/sessions/regular/80`: CommonMiddleware's APPEND_SLASH, which this catch-all
    pattern defeats), else a JSON 404, as every API error is JSON."""

    schema = None

    def initial(self, request, *args, **kwargs):
        slashed = f"{request.path_info}/"
        match = None if request.path_info.endswith("/") else resolve_or_none(slashed)
        if match is not None and match.url_name is not None:  # the catch-all has no name
            query = request.META.get("QUERY_STRING")
            raise Moved(request.path + "/" + (f"?{query}" if query else ""))
        raise NotFound(gettext("no such API endpoint: see /api/schema/ or /api/docs/"))


def resolve_or_none(path: str):
    try:
        return resolve(path)
    except Resolver404:
        return None
