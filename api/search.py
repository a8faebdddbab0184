"""GET /api/v1/search/?q=…: full-text search, as the page /search runs it (`archive.search.service`).
A resolution symbol as the query redirects (302) to the resolution. The parameters are the page's, named
as the API's other lists name them (`language` for the page's `lang`)."""

from __future__ import annotations

from django import forms
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    extend_schema_field,
)
from rest_framework import serializers
from rest_framework.exceptions import APIException, NotFound, ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.views import APIView

from archive.pages.links import resolution_url
from archive.pages.versions import archive_version
from archive.search.budget import TOO_BROAD, TooBroad
from archive.search.form import SearchForm
from archive.search.service import PageNotFound, search

from .serializers.errors import ErrorSerializer
from .throttling import RateLimitHeadersMixin
from .views.base import ConditionalResponseMixin, QueryParametersMixin


class HitSerializer(serializers.Serializer):
    language = serializers.CharField()
    part = serializers.CharField(
        help_text="title, preambular, operative, subparagraph, annex_heading, …, footnote"
    )
    eid = serializers.CharField(help_text="The paragraph's or footnote's anchor; empty for a title")
    snippet = serializers.CharField(help_text="HTML: the escaped text, matches in <mark> elements")
    rank = serializers.FloatField()
    page_url = serializers.SerializerMethodField()

    def get_page_url(self, hit) -> str:
        url = resolution_url(self.context["symbol"], hit.language, hit.eid or None)
        return self.context["request"].build_absolute_uri(url)


class GroupSerializer(serializers.Serializer):
    symbol = serializers.CharField()
    title = serializers.CharField(help_text="The title of the text of the best hit")
    adopted_on = serializers.DateField(allow_null=True)
    score = serializers.FloatField(help_text="The rank of the best hit")
    hit_count = serializers.IntegerField()
    hits = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    @extend_schema_field(HitSerializer(many=True))
    def get_hits(self, group) -> list[dict]:
        context = {**self.context, "symbol": group.symbol}
        return HitSerializer(group.hits, many=True, context=context).data

    def get_url(self, group) -> str:
        return self.context["request"].build_absolute_uri(
            reverse("api:resolution-detail", args=[group.symbol])
        )


class FacetSerializer(serializers.Serializer):
    value = serializers.CharField(help_text='A session ("59", "S-27") or a language code')
    label = serializers.CharField()
    count = serializers.IntegerField(help_text="Resolutions with hits")


class FacetsSerializer(serializers.Serializer):
    sessions = FacetSerializer(many=True, help_text="Resolutions with hits per session")
    languages = FacetSerializer(many=True, help_text="Resolutions with hits per language")


class SearchSerializer(serializers.Serializer):
    count = serializers.IntegerField(source="total", help_text="Resolutions with hits")
    next = serializers.SerializerMethodField()
    previous = serializers.SerializerMethodField()
    languages_searched = serializers.ListField(source="query.languages", child=serializers.CharField())
    facets = FacetsSerializer(source="*")
    results = GroupSerializer(source="groups", many=True)

    def get_next(self, results) -> str | None:
        return self._page_url(results.page + 1) if results.page < results.pages else None

    def get_previous(self, results) -> str | None:
        return self._page_url(results.page - 1) if results.page > 1 else None

    def _page_url(self, page: int) -> str:
        request = self.context["request"]
        return request.build_absolute_uri(
            f"{request.path}?{urlencode({**request.query_params.dict(), 'page': page})}"
        )


# What the form accepts, as schemas: a value matching them is never refused. Symbols and sessions get a
# pattern covering their modern spellings (the form reads the older ones too).
SYMBOL_PATTERN = r"^(?:A/RES/)?(?:(?:S-|ES-)[1-9][0-9]?|3[1-9]|[4-9][0-9]|[1-9][0-9]{2})/[1-9][0-9]{0,3}$"
PATTERNS = {
    "cites": SYMBOL_PATTERN,
    "resolution": SYMBOL_PATTERN,
    "session": r"^(?:S-|ES-)?[1-9][0-9]{0,2}$",
}


def _parameter(name: str, field: forms.Field) -> OpenApiParameter:
    if isinstance(field, forms.DateField):
        schema = {"type": "string", "format": "date"}
    elif isinstance(field, forms.IntegerField):
        schema = {"type": "integer", "minimum": field.min_value}
        if field.max_value is not None:
            schema["maximum"] = field.max_value
    elif isinstance(field, forms.ChoiceField):
        schema = {"type": "string", "enum": [value for value, _ in field.choices]}
    else:
        schema = {"type": "string", "maxLength": field.max_length}
        if name in PATTERNS:
            schema["pattern"] = PATTERNS[name]
    return OpenApiParameter(name, schema, description=field.help_text or "")


# The API's name of a parameter whose name on the page differs.
FORM_NAMES = {"language": "lang"}
API_NAMES = {form: api for api, form in FORM_NAMES.items()}


class SearchTooBroad(APIException):
    status_code = 422
    default_detail = TOO_BROAD
    default_code = "search_too_broad"


TOO_BROAD_RESPONSE = OpenApiResponse(
    ErrorSerializer,
    description="The search would run past the server's time budget (`SEARCH_STATEMENT_TIMEOUT_MS`, 3 s "
    "unless configured) and was stopped. Asking again cannot help: narrow it (more words, a phrase, "
    "`language`, `session`, dates).",
    examples=[OpenApiExample("Too broad", value={"detail": TOO_BROAD})],  # lazy: in the schema's language
)
FOUND_SYMBOL = OpenApiResponse(
    description="`q` is a resolution symbol (A/RES/59/190, 59/190): `Location` is the resolution in the API"
)


@extend_schema(
    summary="Search",
    description='Full-text search of titles, paragraphs and footnotes: words (all must occur), "quoted '
    "phrases\", OR, -exclusions; the language from the query's script unless `language` is given. Results "
    "are resolutions, best first, each with its best hits; `facets` count the resolutions per session "
    "and per language. A resolution symbol as `q` (`?q=A/RES/59/190`) answers 302, its `Location` the "
    "resolution. `q` may have 500 characters (the server takes request lines of 8,190 bytes: 500 "
    "characters of any script, percent-encoded, and the other parameters).",
    parameters=[_parameter(API_NAMES.get(name, name), field) for name, field in SearchForm().fields.items()],
    responses={200: SearchSerializer, 302: FOUND_SYMBOL, 422: TOO_BROAD_RESPONSE},
)
class SearchView(RateLimitHeadersMixin, QueryParametersMixin, ConditionalResponseMixin, APIView):
    query_parameters = tuple(API_NAMES.get(name, name) for name in SearchForm.base_fields)

    def get(self, request):
        data = {FORM_NAMES.get(key, key): value for key, value in request.query_params.items()}
        form = SearchForm(data)
        if not form.is_valid():
            raise ValidationError({API_NAMES.get(key, key): errors for key, errors in form.errors.items()})
        return self.conditional(request, archive_version(), lambda: self._answer(request, form))

    def _answer(self, request, form):
        try:
            results = search(form.cleaned_data["q"], form.filters(), **form.pagination())
        except PageNotFound:
            raise NotFound(PageNumberPagination.invalid_page_message) from None
        except TooBroad:
            raise SearchTooBroad from None
        if results.symbol:
            return HttpResponseRedirect(reverse("api:resolution-detail", args=[results.symbol]))
        return Response(SearchSerializer(results, context={"request": request}).data)
