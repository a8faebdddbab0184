"""The downloadable dumps of the corpus (`archive.dumps`)."""

from __future__ import annotations

from rest_framework import serializers

from archive.dumps import FORMATS


class DumpSerializer(serializers.Serializer):
    scope = serializers.CharField(help_text='"all", or a session as symbols write it: "59", "S-27", "ES-10"')
    format = serializers.ChoiceField(
        choices=list(FORMATS),
        help_text="jsonl: JSON Lines, gzipped, one resolution a line as GET /resolutions/{symbol} answers "
        "it without its links, then `state_votes` (each Member State's vote in its recorded vote, by code) "
        "and `separate_votes` (its votes on parts, each with its `state_votes`); akn: a gzipped tar of each "
        "text's Akoma Ntoso XML",
    )
    media_type = serializers.CharField(help_text="The file's media type")
    url = serializers.URLField(help_text="The file, built again whenever the archive has changed")
    checksum_url = serializers.URLField(help_text="Its SHA-256, as `sha256sum` prints it")
