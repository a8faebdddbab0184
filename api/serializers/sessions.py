"""Sessions: in their list and detail, and as a resolution's reference to its session."""

from __future__ import annotations

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from archive.models import Session

from .links import api_url, page_url


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
        return api_url(self.context["request"], "session-detail", kind=session.kind, number=session.number)

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
        return api_url(self.context["request"], "session-detail", kind=session.kind, number=session.number)
