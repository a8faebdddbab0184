"""Thin read serializers for the lists and parts; a resolution itself is `export_resolution`'s dict."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.validators import FileExtensionValidator
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from archive.models import Citation, Paragraph, Resolution, ResolutionText, Session

LANGUAGE_CHOICES = ResolutionText.Language.choices


def api_url(request, name: str, *args) -> str:
    return request.build_absolute_uri(reverse(f"api:{name}", args=args))


def page_url(request, obj, anchor: str = "") -> str:
    return request.build_absolute_uri(obj.get_absolute_url()) + (f"#{anchor}" if anchor else "")


class SessionSerializer(serializers.ModelSerializer):
    label = serializers.CharField(
        source="__str__", help_text='In words: "59th session", "10th emergency special session"'
    )
    symbol_prefix = serializers.CharField(
        help_text='The session part of a resolution symbol: "59", "S-27", "ES-10"'
    )
    resolution_count = serializers.IntegerField(help_text="Resolutions of the session in the archive")
    url = serializers.SerializerMethodField(help_text="This session in the API")
    resolutions_url = serializers.SerializerMethodField(help_text="The session's resolutions in the API")
    page_url = serializers.SerializerMethodField(help_text="The session's public page")

    class Meta:
        model = Session
        fields = [
            "kind",
            "number",
            "label",
            "symbol_prefix",
            "start_year",
            "end_year",
            "resolution_count",
            "url",
            "resolutions_url",
            "page_url",
        ]
        extra_kwargs = {
            "kind": {"help_text": "regular, special or emergency (emergency special)"},
            "number": {"help_text": "The session's number within its kind"},
            "start_year": {"help_text": "The year the session opened, if known"},
            "end_year": {"help_text": "The year the session closed, if known"},
        }

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, session) -> str:
        return api_url(self.context["request"], "session-detail", session.kind, session.number)

    @extend_schema_field(OpenApiTypes.URI)
    def get_resolutions_url(self, session) -> str:
        return api_url(self.context["request"], "resolution-list") + f"?session={session.symbol_prefix}"

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, session) -> str:
        return page_url(self.context["request"], session)


class SessionRefSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Session.Kind.choices, help_text="Session kind")
    number = serializers.IntegerField(help_text="Session number")
    url = serializers.SerializerMethodField(help_text="The session in the API")

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, session) -> str:
        return api_url(self.context["request"], "session-detail", session.kind, session.number)


class ResolutionSummarySerializer(serializers.ModelSerializer):
    """A resolution in a list: its metadata and titles, with links to its full representation."""

    session = SessionRefSerializer()
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
            "url",
            "page_url",
        ]
        extra_kwargs = {
            "symbol": {"help_text": "Canonical symbol: A/RES/59/190, A/RES/217(III), A/RES/ES-10/19"},
            "number": {
                "help_text": "The resolution's number within its session (serial number in the old era)"
            },
            "adopted_on": {"help_text": "Date of adoption"},
            "meeting": {"help_text": "Number of the plenary meeting that adopted it"},
            "vote": {"help_text": "How it was adopted: unknown, without_vote or recorded"},
        }

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(choices=LANGUAGE_CHOICES)))
    def get_languages(self, resolution) -> list[str]:
        return [text.language for text in resolution.texts.all()]

    @extend_schema_field(serializers.DictField(child=serializers.CharField()))
    def get_titles(self, resolution) -> dict[str, str]:
        return {text.language: text.title for text in resolution.texts.all()}

    @extend_schema_field(OpenApiTypes.URI)
    def get_url(self, resolution) -> str:
        return api_url(self.context["request"], "resolution-detail", resolution.symbol)

    @extend_schema_field(OpenApiTypes.URI)
    def get_page_url(self, resolution) -> str:
        return page_url(self.context["request"], resolution)


class FootnoteRefSerializer(serializers.Serializer):
    mark = serializers.CharField(help_text="The footnote mark as printed")
    offset = serializers.IntegerField(help_text="Where the mark stood: characters into the paragraph's text")


class ParagraphTextSerializer(serializers.Serializer):
    text = serializers.CharField(source="body", help_text="The paragraph's text, footnote marks removed")
    footnote_refs = FootnoteRefSerializer(many=True, source="footnote_refs.all", help_text="Footnote marks")


class ParagraphSerializer(serializers.Serializer):
    """One paragraph (by eId) in every language the archive holds."""

    eid = serializers.CharField(help_text="AKN4UN eId, also the anchor on the public page: para_3__subpara_a")
    kind = serializers.ChoiceField(
        choices=Paragraph.Kind.choices,
        help_text="Where the paragraph stands",
    )
    number = serializers.CharField(
        allow_null=True, help_text='The number as printed: "3", "(a)"; null if none'
    )
    parent = serializers.CharField(allow_null=True, help_text="eId of the paragraph this one is nested in")
    texts = serializers.DictField(child=ParagraphTextSerializer(), help_text="Text per language code")
    url = serializers.URLField(help_text="This paragraph in the API")
    page_url = serializers.URLField(help_text="This paragraph on the public page")


class FootnoteTextSerializer(serializers.Serializer):
    mark = serializers.CharField(help_text="The mark as printed")
    text = serializers.CharField(source="body", help_text="The footnote's text")


class FootnoteSerializer(serializers.Serializer):
    eid = serializers.CharField(help_text="AKN4UN eId (fnt_1), also the anchor on the public page")
    texts = serializers.DictField(child=FootnoteTextSerializer(), help_text="The footnote per language code")
    page_url = serializers.URLField(help_text="The footnote on the public page")


class CitationSerializer(serializers.ModelSerializer):
    """A citation in a resolution's text: where it stands, what it names, and links both ways."""

    resolution = serializers.CharField(
        source="text.resolution.symbol", help_text="Symbol of the citing resolution"
    )
    language = serializers.ChoiceField(
        source="text.language", choices=LANGUAGE_CHOICES, help_text="Language of the citing text"
    )
    from_eid = serializers.SerializerMethodField(help_text="eId of the citing paragraph or footnote")
    text = serializers.CharField(source="raw", help_text="The citation as printed")
    pinpoint = serializers.SerializerMethodField(help_text="Paragraph number cited, or null")
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
            "resolved",
            "resolution_url",
            "target_url",
            "page_url",
        ]
        extra_kwargs = {
            "start": {"help_text": "Start of the citation within the paragraph's or footnote's text"},
            "end": {"help_text": "End (exclusive) of the citation within the text"},
            "kind": {"help_text": "resolution (a GA resolution), document (another UN document) or session"},
            "target": {"help_text": 'What is cited: "A/RES/58/199", "A/59/327" or a session ("regular/60")'},
        }

    def get_from_eid(self, citation) -> str:
        return (citation.paragraph or citation.footnote).eid

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_pinpoint(self, citation) -> str | None:
        return citation.pinpoint or None

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
    """A UN document (not a GA resolution) that resolutions in the archive cite."""

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
            reverse("api:citation-list") + "?" + urlencode({"kind": "document", "target": document["target"]})
        )


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
