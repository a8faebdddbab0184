"""A resolution's paragraphs and footnotes by eId, each with its text in every language held."""

from django.db.models import F, Prefetch
from django.utils.translation import gettext
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from archive.models import Footnote, FootnoteRef, Paragraph, ResolutionText

from ..schema import EID, SYMBOL
from ..serializers.links import api_url, page_url
from ..serializers.parts import FootnoteSerializer, ParagraphSerializer
from .base import ApiViewSet, CanonicalSymbolMixin, ConditionalResponseMixin, content_language
from .resolutions import LanguageQuery

LANGUAGE = OpenApiParameter(
    "language", enum=ResolutionText.Language.values, description="Only this language's text of each paragraph"
)


def by_eid(rows) -> dict[str, list]:
    """Rows (one per language) grouped by eId, in the order of their first appearance."""
    groups: dict[str, list] = {}
    for row in rows:
        groups.setdefault(row.eid, []).append(row)
    return groups


@extend_schema_view(
    list=extend_schema(
        summary="A resolution's paragraphs",
        parameters=[SYMBOL, LANGUAGE],
        description="Every paragraph of the resolution, in "
        "document order, with its text in each language the archive holds.",
    ),
    retrieve=extend_schema(
        summary="One paragraph, by eId",
        parameters=[SYMBOL, EID, LANGUAGE],
        description="`para_3`, `preamble__para_2`, "
        "`para_1__subpara_a`, `annex_1__para_4`: the anchors of the public page.",
    ),
)
class ParagraphViewSet(CanonicalSymbolMixin, ConditionalResponseMixin, ApiViewSet):
    queryset = Paragraph.objects.none()  # for the schema: each action builds its own query
    serializer_class = ParagraphSerializer
    pagination_class = None  # bounded by one resolution's length
    query_parameters = ("language",)

    def asked_language(self) -> str | None:
        query = LanguageQuery(data=self.request.query_params)
        query.is_valid(raise_exception=True)
        return query.validated_data.get("language") or None

    def rows(self, resolution, language: str | None):
        texts = {"text__language": language} if language else {}
        return (
            Paragraph.objects.filter(text__resolution=resolution, **texts)
            .annotate(
                parent_eid=F("parent__eid"), ingested_at=F("text__ingested_at"), language=F("text__language")
            )
            .prefetch_related(Prefetch("footnote_refs", queryset=FootnoteRef.objects.order_by("position")))
            .order_by("language", "position")
        )

    def item(self, resolution, eid: str, rows: list) -> dict:
        first = rows[0]
        return {
            "eid": eid,
            "kind": first.kind,
            "number": first.number or None,
            "parent": first.parent_eid,
            "texts": {row.language: row for row in rows},
            "url": api_url(self.request, "paragraph-detail", resolution.symbol, eid=eid),
            "page_url": page_url(self.request, resolution, eid),
        }

    def list(self, request, symbol):
        language = self.asked_language()
        return self.conditional(request, self.resolution_version(), lambda: self._list(language))

    def _list(self, language: str | None):
        resolution = self.get_resolution()
        rows = list(self.rows(resolution, language))
        items = [self.item(resolution, eid, group) for eid, group in by_eid(rows).items()]
        data = self.get_serializer(items, many=True).data
        return Response(data, headers=content_language(row.language for row in rows))

    def retrieve(self, request, symbol, eid):
        language = self.asked_language()
        return self.conditional(request, self.resolution_version(), lambda: self._retrieve(eid, language))

    def _retrieve(self, eid: str, language: str | None):
        resolution = self.get_resolution()
        rows = list(self.rows(resolution, language).filter(eid=eid))
        if not rows:
            if language:
                message = gettext("%(symbol)s has no paragraph %(eid)r in language %(language)r")
            else:
                message = gettext("%(symbol)s has no paragraph %(eid)r")
            raise NotFound(message % {"symbol": resolution.symbol, "eid": eid, "language": language})
        data = self.get_serializer(self.item(resolution, eid, rows)).data
        return Response(data, headers=content_language(row.language for row in rows))


@extend_schema_view(
    list=extend_schema(
        summary="A resolution's footnotes",
        parameters=[SYMBOL],
        description="Every footnote of the resolution, in "
        "order, with its mark and text in each language the archive holds.",
    ),
)
class FootnoteViewSet(CanonicalSymbolMixin, ConditionalResponseMixin, ApiViewSet):
    queryset = Footnote.objects.none()  # for the schema: each action builds its own query
    serializer_class = FootnoteSerializer
    pagination_class = None  # bounded by one resolution's length

    def list(self, request, symbol):
        return self.conditional(request, self.resolution_version(), self._list)

    def _list(self):
        request, resolution = self.request, self.get_resolution()
        rows = (
            Footnote.objects.filter(text__resolution=resolution)
            .annotate(language=F("text__language"))
            .order_by("language", "position")
        )
        items = [
            {
                "eid": eid,
                "texts": {row.language: row for row in group},
                "page_url": page_url(request, resolution, eid),
            }
            for eid, group in by_eid(rows).items()
        ]
        return Response(self.get_serializer(items, many=True).data)
