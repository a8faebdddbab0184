"""The change feed: what was created, changed or deleted, in order, with a cursor to continue from."""

from __future__ import annotations

import base64
import binascii
import json
import re

from django.conf import settings
from django.utils.translation import gettext
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.pagination import Pagination

from .links import api_url

CHANGES = ["created", "changed", "deleted"]


def encode_cursor(xid: int, symbol: str) -> str:
    """An opaque cursor for the point (`xid`, `symbol`) of the feed's order."""
    return base64.urlsafe_b64encode(json.dumps([xid, symbol]).encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, str]:
    try:
        xid, symbol = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if (
            type(xid) is not int
            or not 0 <= xid < 2**63
            or not isinstance(symbol, str)
            or not re.fullmatch(r"[A-Za-z0-9/()-]{0,40}", symbol)
        ):
            raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise serializers.ValidationError(
            gettext("not a cursor of this feed: give the `cursor` of an earlier answer, or nothing to start")
        ) from None
    return xid, symbol


class ChangeQuery(serializers.Serializer):
    since = serializers.RegexField(
        r"^[A-Za-z0-9_-]+$",
        required=False,
        max_length=200,
        help_text="The `cursor` of an earlier answer: the changes after it (from the start without it)",
    )
    page_size = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=Pagination.max_page_size,
        help_text=f"Changes per answer: {settings.API_PAGE_SIZE} unless given, "
        f"at most {Pagination.max_page_size}",
    )

    def validate_since(self, value: str):
        return decode_cursor(value)


class ChangeSerializer(serializers.Serializer):
    symbol = serializers.CharField(help_text="The resolution's canonical symbol")
    change = serializers.ChoiceField(
        choices=CHANGES,
        help_text="created (added since the cursor), changed (its representations changed) or deleted",
    )
    changed_at = serializers.DateTimeField(source="at", help_text="When")
    url = serializers.SerializerMethodField(help_text="The resolution in the API (null once deleted)")

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_url(self, change) -> str | None:
        if change.change == "deleted":
            return None
        return api_url(self.context["request"], "resolution-detail", change.symbol)


class ChangeFeedSerializer(serializers.Serializer):
    cursor = serializers.CharField(
        allow_null=True,
        help_text="Give it as `since` to follow the changes after these (null: nothing changed yet)",
    )
    next = serializers.URLField(allow_null=True, help_text="The next changes, if there are more now")
    results = ChangeSerializer(many=True)
