"""/api/v1/changes/: the change feed. Follow it by giving each answer's `cursor` back as `since`."""

from __future__ import annotations

from django.conf import settings
from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param

from archive.models import changes_after
from archive.serving.conditional import ContentVersion

from ..serializers.changes import ChangeFeedSerializer, ChangeQuery, encode_cursor
from .base import ApiViewSet, ConditionalResponseMixin

CHANGE_FEED = (
    "Every resolution created, changed (any of its representations: its texts, votes, or what its pages "
    "show of the resolutions it cites and that cite it) or deleted, oldest first, each once, at its last "
    "change. Start without `since`; give each answer's `cursor` as `since` to get what changed after it "
    "(`next` while there are more now). A client that stored everything up to a cursor and applies the "
    "changes after it holds the archive as it is: fetch the `url` of each created or changed resolution, "
    "drop each deleted one.\n\nThe cursor is exact: changes are in the order of the database transactions "
    "that made them, and one is listed only once every transaction begun before it has ended, so no change "
    "can later appear behind a cursor given out. A write still in progress holds back the changes after it "
    "until it ends; `changed_at` is when, not the order.\n\nConditional requests: an `ETag`; "
    "`If-None-Match` answers 304."
)


class ChangeFeedViewSet(ConditionalResponseMixin, ApiViewSet):
    serializer_class = ChangeFeedSerializer
    pagination_class = None
    filter_backends = []
    query_parameters = tuple(ChangeQuery().fields)

    @extend_schema(
        operation_id="changes_feed",
        summary="Changes since a cursor",
        description=CHANGE_FEED,
        parameters=[ChangeQuery],
        responses=ChangeFeedSerializer,
    )
    def feed(self, request):
        query = ChangeQuery(data=request.query_params)
        query.is_valid(raise_exception=True)
        xid, symbol = query.validated_data.get("since", (None, ""))
        size = query.validated_data.get("page_size", settings.API_PAGE_SIZE)
        rows = changes_after(xid, symbol, size + 1)
        page, more = rows[:size], len(rows) > size
        cursor = encode_cursor(page[-1].xid, page[-1].symbol) if page else request.query_params.get("since")
        version = ContentVersion(f"changes {cursor} {more} {[tuple(row) for row in page]}")

        def respond():
            next_url = replace_query_param(request.build_absolute_uri(), "since", cursor) if more else None
            data = {"cursor": cursor, "next": next_url, "results": page}
            return Response(self.get_serializer(data).data)

        return self.conditional(request, version, respond)
