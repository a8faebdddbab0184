"""Citations: a resolution's own, those of a symbol (in the archive or not), all of them, and the
UN documents they name."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.response import Response

from archive.models import Citation, Resolution

from ..filters import CitationFilter, DocumentFilter
from ..schema import SYMBOL
from ..serializers.citations import CitationSerializer, DocumentSerializer
from .base import ApiViewSet, CanonicalSymbolMixin, canonical_symbol


@extend_schema_view(
    list=extend_schema(
        summary="A resolution's citations",
        parameters=[SYMBOL],
        description="What the resolution cites, in each language held, in document order.",
    ),
)
class OutgoingCitationViewSet(CanonicalSymbolMixin, ApiViewSet):
    queryset = Citation.objects.none()  # for the schema: each action builds its own query
    serializer_class = CitationSerializer
    pagination_class = None  # bounded by one resolution's length

    def list(self, request, symbol):
        citations = Citation.objects.of_resolution(self.get_resolution())
        return Response(self.get_serializer(citations, many=True).data)


@extend_schema_view(
    list=extend_schema(
        summary="Citations of a resolution",
        parameters=[SYMBOL],
        description="Where resolutions in the archive cite "
        "this symbol, latest first. Works for symbols the archive does not hold too: then it "
        "lists the citations waiting for that resolution.",
    ),
)
class CitedByViewSet(CanonicalSymbolMixin, ApiViewSet):
    queryset = Citation.objects.none()  # for the schema: each action builds its own query
    serializer_class = CitationSerializer

    def list(self, request, symbol):
        canonical = canonical_symbol(request, symbol)
        resolution = Resolution.objects.only("id").filter(symbol=canonical).first()
        if resolution is None:
            citations = Citation.objects.citing_symbol(canonical)
        else:
            citations = Citation.objects.citing(resolution)
        page = self.paginate_queryset(citations)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


@extend_schema_view(
    list=extend_schema(
        summary="List citations",
        description="Every citation in the archive's texts, by citing "
        "resolution, language and position; filter by what is cited.",
    ),
)
class CitationViewSet(ApiViewSet):
    serializer_class = CitationSerializer
    filterset_class = CitationFilter

    def get_queryset(self):
        return Citation.objects.for_cited_by().order_by(
            "text__resolution__symbol", "text__language", "position"
        )

    def list(self, request):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


@extend_schema_view(
    list=extend_schema(
        summary="List cited UN documents",
        description="The UN documents (not GA resolutions) "
        "that texts in the archive cite, by symbol, with how often and by how many resolutions.",
    ),
)
class DocumentViewSet(ApiViewSet):
    serializer_class = DocumentSerializer
    filterset_class = DocumentFilter
    queryset = Citation.objects.all()

    def list(self, request):
        documents = self.filter_queryset(self.get_queryset()).cited_documents()
        page = self.paginate_queryset(documents)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)
