"""Resolutions: a page of summaries, one resolution (the export shape with links), an uploaded file."""

from __future__ import annotations

from django.core.validators import FileExtensionValidator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from archive.models import Resolution, ResolutionText
from archive.serializers import ExportSerializer, VoteSerializer

from .links import api_url, page_url
from .sessions import SessionRefSerializer

LANGUAGE_CHOICES = ResolutionText.Language.choices


class ResolutionSummarySerializer(serializers.ModelSerializer):
    """A resolution in a list (from `Resolution.objects.summaries()`): its metadata and titles, with links
    to its full representation."""

    session = SessionRefSerializer()
    vote = VoteSerializer(source="*", read_only=True, help_text="How it was adopted, as in the resolution")
    languages = serializers.SerializerMethodField(help_text="Languages of the texts the archive holds")
    titles = serializers.SerializerMethodField(help_text="The title in each language held")
    url = serializers.SerializerMethodField(help_text="The whole resolution, as `manage.py export` prints it")
    page_url = serializers.SerializerMethodField(help_text="The resolution's public page")

    class Meta:
        model = Resolution
        fields = [
            "symbol",
            "session",
            "number",
            "parts",
            "adopted_on",
            "meeting",
            "vote",
            "languages",
            "titles",
            "catalogue_title",
            "subjects",
            "url",
            "page_url",
        ]
        extra_kwargs = {
            "catalogue_title": {
                "help_text": "The catalogue record's title (empty if none): the title of a resolution known "
                "by its record before its text"
            },
            "subjects": {"help_text": "The catalogue record's subject headings"},
            "symbol": {"help_text": "Canonical symbol: A/RES/59/190, A/RES/217(III), A/RES/ES-10/19"},
            "number": {
                "help_text": "The resolution's number within its session (serial number in the old era)"
            },
            "adopted_on": {"help_text": "Date of adoption"},
            "meeting": {"help_text": "Number of the plenary meeting that adopted it"},
        }

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(choices=LANGUAGE_CHOICES)))
    def get_languages(self, resolution) -> list[str]:
        return resolution.held_languages

    @extend_schema_field(serializers.DictField(child=serializers.CharField()))
    def get_titles(self, resolution) -> dict[str, str]:
        return dict(zip(resolution.held_languages, resolution.held_titles, strict=True))

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, resolution) -> str:
        return api_url(self.context["request"], "resolution-detail", resolution.symbol)

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, resolution) -> str:
        return page_url(self.context["request"], resolution)


@extend_schema_field(OpenApiTypes.URI)
class ResolutionLink(serializers.Field):
    """A link from the resolution to one of its resources in the API, by URL name."""

    def __init__(self, view_name: str, **kwargs):
        self.view_name = view_name
        super().__init__(source="resolution", read_only=True, **kwargs)

    def to_representation(self, resolution) -> str:
        return api_url(self.context["request"], self.view_name, resolution.symbol)


class ResolutionSerializer(ExportSerializer):
    """A resolution exactly as `manage.py export` prints it, with `url`s to related resources"""

    url = ResolutionLink("resolution-detail", help_text="This resolution in the API")
    page_url = serializers.SerializerMethodField(help_text="The resolution's public page")
    session_url = serializers.SerializerMethodField(help_text="Its session in the API")
    paragraphs_url = ResolutionLink("paragraph-list", help_text="Its paragraphs, by eId")
    footnotes_url = ResolutionLink("footnote-list", help_text="Its footnotes")
    citations_url = ResolutionLink("resolution-citations", help_text="What it cites")
    cited_by_url = ResolutionLink("resolution-cited-by", help_text="Where other resolutions cite it")
    text_url = ResolutionLink("resolution-text", help_text="The resolution as plain text")
    akn_url = ResolutionLink("resolution-akn", help_text="The resolution as Akoma Ntoso 3.0 XML")

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, data) -> str:
        return page_url(self.context["request"], data["resolution"])

    @extend_schema_field(OpenApiTypes.URI)
    def get_session_url(self, data) -> str:
        session = data["resolution"].session
        return api_url(self.context["request"], "session-detail", kind=session.kind, number=session.number)


class UploadSerializer(serializers.Serializer):
    """A resolution text as a file, as `manage.py ingest` reads it."""

    file = serializers.FileField(
        validators=[FileExtensionValidator(["txt", "pdf"])],
        help_text="The text: .txt (UTF-8, or UTF-16 with a byte-order mark) or .pdf",
    )
    language = serializers.ChoiceField(
        choices=LANGUAGE_CHOICES, required=False, help_text="The text's language (default: detected)"
    )
    symbol = serializers.CharField(
        required=False, max_length=80, help_text="The resolution's symbol (default: read from the text)"
    )
