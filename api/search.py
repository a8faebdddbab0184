"""GET /api/v1/search/?q=…: full-text search, as the page /search runs it (`archive.search.service`).
A resolution symbol as the query redirects (302) to the resolution."""

from __future__ import annotations

from django import forms
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from archive.pages.links import resolution_url
from archive.search.form import SearchForm
from archive.search.service import PageNotFound, search

from .views.base import OneValuePerParameterMixin


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


class SearchSerializer(serializers.Serializer):
    count = serializers.IntegerField(source="total", help_text="Resolutions with hits")
    next = serializers.SerializerMethodField()
    previous = serializers.SerializerMethodField()
    languages_searched = serializers.ListField(source="query.languages", child=serializers.CharField())
    facets = serializers.SerializerMethodField()
    results = GroupSerializer(source="groups", many=True)

    def get_next(self, results) -> str | None:
        return self._page_url(results.page + 1) if results.page < results.pages else None

    def get_previous(self, results) -> str | None:
        return self._page_url(results.page - 1) if results.page > 1 else None

    def get_facets(self, results) -> dict:
        return {
            "sessions": FacetSerializer(results.sessions, many=True).data,
            "languages": FacetSerializer(results.languages, many=True).data,
        }

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


@extend_schema(
    summary="Search",
    description='Full-text search of titles, paragraphs and footnotes: words (all must occur), "quoted '
    "phrases\", OR, -exclusions; the language from the query's script unless `lang` is given. Results "
    "are resolutions, best first, each with its best hits; `facets` count the resolutions per session "
    "and per language. A resolution symbol as `q` redirects to the resolution.",
    parameters=[_parameter(name, field) for name, field in SearchForm().fields.items()],
    responses=SearchSerializer,
)
class SearchView(OneValuePerParameterMixin, APIView):
    def get(self, request):
        form = SearchForm(request.query_params)
        if not form.is_valid():
            raise ValidationError(form.errors)
        try:
            results = search(form.cleaned_data["q"], form.filters(), **form.pagination())
        except PageNotFound:
            raise NotFound("Invalid page.") from None
        if results.symbol:
            return HttpResponseRedirect(reverse("api:resolution-detail", args=[results.symbol]))
        return Response(SearchSerializer(results, context={"request": request}).data)
