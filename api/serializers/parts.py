"""A resolution's paragraphs and footnotes by eId, each with its text in every language held."""

from __future__ import annotations

from rest_framework import serializers

from archive.models import Paragraph


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
