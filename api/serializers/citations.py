"""Citations with links both ways, and the UN documents they name."""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from archive.models import Citation, ResolutionText

from .links import api_url, page_url


class CitationSerializer(serializers.ModelSerializer):
    """A citation in a resolution's text: where it stands, what it names, and links both ways."""

    resolution = serializers.CharField(
        source="text.resolution.symbol", help_text="Symbol of the citing resolution"
    )
    language = serializers.ChoiceField(
        source="text.language",
        choices=ResolutionText.Language.choices,
        help_text="Language of the citing text",
    )
    from_eid = serializers.SerializerMethodField(help_text="eId of the citing paragraph or footnote")
    text = serializers.CharField(source="raw", help_text="The citation as printed")
    pinpoint = serializers.SerializerMethodField(help_text="Paragraph number cited, or null")
    part = serializers.SerializerMethodField(
        help_text='The part of a multi-part resolution cited ("B" in 79/238 B), or null'
    )
    resolved = serializers.SerializerMethodField(help_text="Whether the cited resolution is in the archive")
    resolution_url = serializers.SerializerMethodField(help_text="The citing resolution in the API")
    target_url = serializers.SerializerMethodField(
        help_text="The cited resolution in the API when the archive holds it, else null"
    )
    page_url = serializers.SerializerMethodField(
        help_text="The citing paragraph or footnote on the public page"
    )

    class Meta:
        model = Citation
        fields = [
            "resolution",
            "language",
            "from_eid",
            "text",
            "start",
            "end",
            "kind",
            "target",
            "pinpoint",
            "part",
            "resolved",
            "resolution_url",
            "target_url",
            "page_url",
        ]
        extra_kwargs = {
            "start": {"help_text": "Start of the citation within the paragraph's or footnote's text"},
            "end": {"help_text": "End (exclusive) of the citation within the text"},
            "kind": {
                "help_text": "resolution (a GA resolution), document (another UN document, other UN organs' "
                "resolutions included), other (another organisation's document, "
                "as printed) or session"
            },
            "target": {
                "help_text": 'What is cited: "A/RES/58/199", "S/RES/2334 (2016)", "A/59/327", "GC(69)/RES/7" '
                'or a session ("regular/60")'
            },
        }

    def get_from_eid(self, citation) -> str:
        return (citation.paragraph or citation.footnote).eid

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_pinpoint(self, citation) -> str | None:
        return citation.pinpoint or None

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_part(self, citation) -> str | None:
        return citation.part or None

    def get_resolved(self, citation) -> bool:
        return citation.target_resolution_id is not None

    @extend_schema_field(OpenApiTypes.URI)
    def get_resolution_url(self, citation) -> str:
        return api_url(self.context["request"], "resolution-detail", citation.text.resolution.symbol)

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_target_url(self, citation) -> str | None:
        if citation.target_resolution_id is None:
            return None
        return api_url(self.context["request"], "resolution-detail", citation.target)

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, citation) -> str:
        return page_url(self.context["request"], citation.text.resolution, self.get_from_eid(citation))


class DocumentSerializer(serializers.Serializer):
    """A UN document (not a GA resolution; other organs' resolutions included) that resolutions in the archive
    cite."""

    symbol = serializers.CharField(
        source="target", help_text="The document symbol: A/59/327, S/RES/1645 (2005)"
    )
    citations = serializers.IntegerField(help_text="How many times texts in the archive cite it")
    resolutions = serializers.IntegerField(help_text="How many resolutions cite it")
    citations_url = serializers.SerializerMethodField(help_text="The citations of the document in the API")

    @extend_schema_field(OpenApiTypes.URI)
    def get_citations_url(self, document) -> str:
        request = self.context["request"]
        return request.build_absolute_uri(
            reverse("api:citation-list")
            + "?"
            + urlencode({"kind": document["kind"], "target": document["target"]})
        )
