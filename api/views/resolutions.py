from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound
from rest_framework.parsers import MultiPartParser
from rest_framework.response import Response

from archive.linked_data import akn_language
from archive.models import Resolution, ResolutionText
from archive.serving.conditional import ContentVersion, if_match_holds

from .. import schema
from ..errors import PreconditionFailed
from ..filters import ResolutionFilter
from ..pagination import Counted
from ..parsers import JsonParser
from ..renderers import AknRenderer, CsvRenderer, PlainTextRenderer
from ..representations import resolution_akn, resolution_json, resolution_text
from ..serializers.resolutions import ResolutionSummarySerializer, UploadSerializer
from ..writes import write_json, write_upload
from .base import (
    ApiViewSet,
    CanonicalSymbolMixin,
    ConditionalResponseMixin,
    JsonErrorsMixin,
    canonical_symbol,
    content_language,
    not_in_archive,
)

LANGUAGE = OpenApiParameter(
    "language",
    enum=ResolutionText.Language.values,
    description="Only this language's text. Akoma Ntoso is one language's text: English if the archive holds "
    "it, else the first held in the order ar, zh, en, fr, ru, es.",
)


class LanguageQuery(serializers.Serializer):
    language = serializers.ChoiceField(
        choices=ResolutionText.Language.choices, required=False, allow_blank=True
    )


@extend_schema_view(
    list=extend_schema(
        summary="List resolutions",
        description=schema.RESOLUTION_LIST
        + "\n\nAs CSV (`Accept: text/csv` or `?format=csv`): a header line, then one line a resolution of "
        "the page (the session's kind and number, the languages held separated by spaces, the title in each "
        "language, the catalogue's title). For the whole archive at once, see the dumps.",
        responses={
            (200, "application/json"): ResolutionSummarySerializer(many=True),
            (200, "text/csv"): OpenApiTypes.STR,
        },
    ),
    retrieve=extend_schema(
        summary="One resolution",
        description=schema.RESOLUTION_DETAIL,
        parameters=[schema.SYMBOL, LANGUAGE],
        responses=schema.resolution_responses(),
    ),
    create=extend_schema(
        summary="Add or replace a resolution text (editors)",
        description=schema.RESOLUTION_WRITE,
        request=schema.write_requests(),
        responses=schema.write_responses(created=True),
    ),
    update=extend_schema(
        summary="Replace a resolution text (editors)",
        parameters=[schema.SYMBOL, schema.IF_MATCH],
        description=schema.RESOLUTION_WRITE,
        request=schema.write_requests(),
        responses=schema.write_responses(created=False),
    ),
)
class ResolutionViewSet(JsonErrorsMixin, CanonicalSymbolMixin, ConditionalResponseMixin, ApiViewSet):
    queryset = Resolution.objects.all()
    serializer_class = ResolutionSummarySerializer
    filterset_class = ResolutionFilter
    parser_classes = [JsonParser, MultiPartParser]
    query_parameters = ("language",)

    csv_columns = [
        "symbol",
        "session.kind",
        "session.number",
        "number",
        "parts",
        "adopted_on",
        "meeting",
        "vote.kind",
        "languages",
        *(f"titles.{code}" for code in ResolutionText.Language.values),
        "catalogue_title",
        "url",
        "page_url",
    ]

    def get_renderers(self):
        if self.action == "text":
            return [PlainTextRenderer()]
        if self.action == "akn":
            return [AknRenderer()]
        renderers = super().get_renderers()
        if self.action == "list":
            renderers += [CsvRenderer()]
        return renderers

    def list(self, request):
        # The page's ids and versions first (in the default order an index-only scan, however deep the
        # page), its version (the total and its rows' versions), then, unless 304 or cached, their rows
        # with their texts' titles, in one query.
        listed = self.filter_queryset(self.get_queryset()).values_list("pk", "content_version")
        language = self._language_alone(request)
        if language:
            # The list's own COUNT(*) would join every resolution to the language's texts (3.1 ms at full
            # scale); each of those texts is one resolution's, counted by an index-only scan (1.0 ms).
            listed = Counted(listed, ResolutionText.objects.filter(language=language).count())
        versions = self.paginate_queryset(listed)
        total = self.paginator.page.paginator.count
        version = ContentVersion(f"resolutions {total} {versions}")
        return self.conditional(request, version, lambda: self._list([pk for pk, _ in versions]))

    def _language_alone(self, request) -> str | None:
        """The language of a list filtered by it and by nothing else (ordering filters nothing)."""
        given = {name for name in self.filterset_class.base_filters if request.query_params.get(name)}
        return request.query_params["language"] if given - {"ordering"} == {"language"} else None

    def _list(self, ids):
        rows = {row.pk: row for row in Resolution.objects.summaries().filter(pk__in=ids).order_by()}
        page = [rows[pk] for pk in ids]
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        operation_id="resolutions_json_retrieve",
        summary="One resolution as JSON, by suffix",
        description="The JSON operation at `.json`, as the other formats have their suffix.",
        parameters=[schema.SYMBOL, LANGUAGE],
        responses=schema.resolution_responses(),
    )
    def json(self, request, symbol, format):
        return self.retrieve(request, symbol, format)

    @extend_schema(
        operation_id="resolutions_text_retrieve",
        summary="One resolution as plain text",
        description=schema.RESOLUTION_TEXT,
        parameters=[schema.SYMBOL, LANGUAGE],
        responses=schema.text_responses(),
    )
    def text(self, request, symbol, format):
        return self.retrieve(request, symbol, format)

    @extend_schema(
        operation_id="resolutions_akn_retrieve",
        summary="One resolution as Akoma Ntoso",
        description=schema.RESOLUTION_AKN,
        parameters=[schema.SYMBOL, LANGUAGE],
        responses=schema.akn_responses(),
    )
    def akn(self, request, symbol, format):
        return self.retrieve(request, symbol, format)

    def retrieve(self, request, symbol, format=None):
        canonical = canonical_symbol(request, symbol)
        query = LanguageQuery(data=request.query_params)
        query.is_valid(raise_exception=True)
        language = query.validated_data.get("language")
        version = ContentVersion.of("resolution", Resolution.objects.version_of(canonical))
        if version is None:
            raise not_in_archive(canonical)
        return self.conditional(request, version, lambda: self._representation(request, canonical, language))

    def _representation(self, request, canonical: str, language: str | None):
        resolution = Resolution.objects.for_export().filter(symbol=canonical).first()
        if resolution is None:  # removed since its version was read
            raise not_in_archive(canonical)
        held = [t.language for t in resolution.texts.all()]
        if language and language not in held:
            message = gettext("%(symbol)s has no text in language %(language)r")
            raise NotFound(message % {"symbol": canonical, "language": language})
        if not held and request.accepted_renderer.format in ("xml", "txt"):
            # known by its catalogue record: JSON only
            raise NotFound(gettext("%(symbol)s has no text") % {"symbol": canonical})
        if request.accepted_renderer.format == "xml":
            shown = akn_language(held, language)
            return Response(resolution_akn(resolution, shown), headers=content_language([shown]))
        languages = [language] if language else None
        headers = content_language(languages or held)
        if request.accepted_renderer.format == "txt":
            return Response(resolution_text(resolution, languages), headers=headers)
        return Response(resolution_json(request, resolution, languages), headers=headers)

    def create(self, request):
        return self._write(request, symbol=None)

    def update(self, request, symbol, format=None):
        canonical = canonical_symbol(request, symbol)
        # The resolution's row locked from the If-Match check to the write's commit: of two writers sending
        # the same ETag, the second waits for the first, then reads its version and gets 412.
        with transaction.atomic():
            version = ContentVersion.of("resolution", Resolution.objects.version_of(canonical, lock=True))
            if not if_match_holds(request, version, variant="application/json"):
                raise PreconditionFailed()
            return self._write(request, symbol=canonical)

    def _write(self, request, symbol):
        if request.content_type.startswith("multipart/"):
            upload = UploadSerializer(data=request.data)
            upload.is_valid(raise_exception=True)
            outcome = write_upload(**upload.validated_data, user=request.user, path_symbol=symbol)
        else:
            body = request.body  # read before DRF parses it: the JSON bytes are stored as the source
            outcome = write_json(body=body, data=request.data, user=request.user, path_symbol=symbol)
        resolution = Resolution.objects.for_export().get(pk=outcome.text.resolution_id)
        data = resolution_json(request, resolution, None)
        created = outcome.status == "created"
        headers = {"Location": reverse("api:resolution-detail", args=[resolution.symbol])}
        return Response(
            data, status=status.HTTP_201_CREATED if created else status.HTTP_200_OK, headers=headers
        )
