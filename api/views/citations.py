"""Citations: a resolution's own, those of a symbol (in the archive or not), all of them, and the
UN documents they name."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.response import Response

from archive.models import Citation, Resolution
from archive.pages.versions import archive_version
from archive.serving.conditional import ContentVersion

from ..filters import CitationFilter, DocumentFilter
from ..schema import SYMBOL
from ..serializers.citations import CitationSerializer, DocumentSerializer
from .base import (
    ApiViewSet,
    CanonicalSymbolMixin,
    ConditionalResponseMixin,
    canonical_symbol,
)


@extend_schema_view(
    list=extend_schema(
        summary="A resolution's citations",
        parameters=[SYMBOL],
        description="What the resolution cites, in each language held, in document order.",
    ),
)
class OutgoingCitationViewSet(CanonicalSymbolMixin, ConditionalResponseMixin, ApiViewSet):
    queryset = Citation.objects.none()  # for the schema: each action builds its own query
    serializer_class = CitationSerializer
    pagination_class = None  # bounded by one resolution's length

    def list(self, request, symbol):
        return self.conditional(request, self.resolution_version(), self._list)

    def _list(self):
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
class CitedByViewSet(CanonicalSymbolMixin, ConditionalResponseMixin, ApiViewSet):
    queryset = Citation.objects.none()  # for the schema: each action builds its own query
    serializer_class = CitationSerializer

    def list(self, request, symbol):
        # A resolution's version changes with those citing it; a symbol not in the archive is cited
        # from anywhere.
        canonical = canonical_symbol(request, symbol)
        row = Resolution.objects.version_of(canonical)
        version = ContentVersion.of("resolution", row) if row else archive_version()
        return self.conditional(request, version, lambda: self._list(canonical, row and row[0]))

    def _list(self, canonical: str, resolution_id: int | None):
        if resolution_id is None:
            citations = Citation.objects.citing_symbol(canonical)
        else:
            citations = Citation.objects.citing(resolution_id)
        page = self.paginate_queryset(citations)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


@extend_schema_view(
    list=extend_schema(
        summary="List citations",
        description="Every citation in the archive's texts, by citing "
        "resolution, language and position; filter by what is cited.",
    ),
)
class CitationViewSet(ConditionalResponseMixin, ApiViewSet):
    serializer_class = CitationSerializer
    filterset_class = CitationFilter

    def get_queryset(self):
        return Citation.objects.for_cited_by().order_by(
            "text__resolution__symbol", "text__language", "position"
        )

    def list(self, request):
        citations = self.filter_queryset(self.get_queryset())  # bad filters: 400 before anything is read
        return self.conditional(request, archive_version(), lambda: self._list(citations))

    def _list(self, citations):
        page = self.paginate_queryset(citations)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


@extend_schema_view(
    list=extend_schema(
        summary="List cited UN documents",
        description="The UN documents (not GA resolutions) "
        "that texts in the archive cite, by symbol, with how often and by how many resolutions.",
    ),
)
class DocumentViewSet(ConditionalResponseMixin, ApiViewSet):
    serializer_class = DocumentSerializer
    filterset_class = DocumentFilter
    queryset = Citation.objects.all()

    def list(self, request):
        documents = self.filter_queryset(self.get_queryset()).cited_documents()
        return self.conditional(request, archive_version(), lambda: self._list(documents))

    def _list(self, documents):
        page = self.paginate_queryset(documents)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)
