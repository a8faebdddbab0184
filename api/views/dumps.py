"""/api/v1/dumps/: the whole corpus to download, overall and per session, with SHA-256 checksums. Files
are built (again) when asked for after the archive changed, and streamed from disk."""

from __future__ import annotations

import base64

from django.http import FileResponse
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.translation import gettext
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from archive.dumps import ALL, FORMATS, Dump, current_dump, resolutions_of
from archive.models import Session
from archive.serving.conditional import ContentVersion

from ..renderers import FileRenderer, PlainTextRenderer
from ..serializers.dumps import DumpSerializer
from .base import ApiViewSet, ConditionalResponseMixin, JsonErrorsMixin

SCOPE = OpenApiParameter(
    "scope",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    pattern=r"^(all|(?:S-|ES-)?[1-9][0-9]{0,2})$",
    description='"all", or a session as symbols write it: "59", "S-27", "ES-10"',
)
DUMP = (
    "The file, streamed; built again first if the archive changed since it was (the first download after "
    "a change waits for it). `ETag` is its SHA-256 (`If-None-Match` answers 304), `Repr-Digest` "
    "(RFC 9530) the same in base64."
)


class DumpListViewSet(ConditionalResponseMixin, ApiViewSet):
    serializer_class = DumpSerializer
    pagination_class = None
    filter_backends = []

    @extend_schema(
        summary="Downloadable dumps",
        description="The whole archive and each session held, as JSON Lines and as Akoma Ntoso. "
        "Conditional requests: an `ETag`; `If-None-Match` answers 304.",
    )
    def list(self, request):
        scopes = [ALL, *(session.symbol_prefix for session in Session.objects.held())]
        return self.conditional(
            request, ContentVersion(f"dumps {scopes}"), lambda: self._list(request, scopes)
        )

    def _list(self, request, scopes):
        dumps = []
        for scope in scopes:
            for format, spec in FORMATS.items():
                url = request.build_absolute_uri(reverse(f"api:dump-{format}", args=[scope]))
                dumps.append(
                    {
                        "scope": scope,
                        "format": format,
                        "media_type": spec.media_type,
                        "url": url,
                        "checksum_url": f"{url}.sha256",
                    }
                )
        return Response(self.get_serializer(dumps, many=True).data)


class DumpFileViewSet(JsonErrorsMixin, ApiViewSet):
    """A dump (`dump_format` names it in the URL pattern), or its checksum (`checksum`)."""

    dump_format = "jsonl"
    pagination_class = None
    filter_backends = []

    def get_renderers(self):
        # Errors are JSON whatever was asked (`JsonErrorsMixin`).
        if self.action == "checksum":
            return [PlainTextRenderer()]
        return [FileRenderer(FORMATS[self.dump_format].media_type, self.dump_format)]

    def _dump(self, scope: str) -> Dump:
        try:
            resolutions = resolutions_of(scope)
        except ValueError:
            raise NotFound(gettext("%(scope)r is neither all nor a session") % {"scope": scope}) from None
        if not resolutions.exists():
            raise NotFound(
                gettext("the archive holds no resolution of session %(session)s") % {"session": scope}
            )
        return current_dump(scope, self.dump_format)

    def retrieve(self, request, scope: str):
        dump = self._dump(scope)
        tag = f'"{dump.sha256}"'
        response = get_conditional_response(request, etag=tag)
        if response is None:
            response = FileResponse(
                dump.path.open("rb"),
                as_attachment=True,
                filename=dump.filename,
                content_type=FORMATS[self.dump_format].media_type,
            )
            digest = base64.b64encode(bytes.fromhex(dump.sha256)).decode()
            response["Repr-Digest"] = f"sha-256=:{digest}:"
        response["ETag"] = tag
        patch_cache_control(response, public=True, no_cache=True)
        return response

    def checksum(self, request, scope: str):
        dump = self._dump(scope)
        tag = f'"{dump.sha256}.sha256"'
        response = get_conditional_response(request, etag=tag) or Response(
            f"{dump.sha256}  {dump.filename}\n"
        )
        response["ETag"] = tag
        patch_cache_control(response, public=True, no_cache=True)
        return response


def dump_file_schema(format: str):
    media_type = FORMATS[format].media_type
    return extend_schema(
        operation_id=f"dumps_{format}_retrieve",
        summary=f"Download a dump ({format})",
        description=DUMP,
        parameters=[SCOPE],
        responses={(200, media_type): OpenApiTypes.BINARY},
    )


def dump_checksum_schema(format: str):
    return extend_schema(
        operation_id=f"dumps_{format}_checksum",
        summary=f"The SHA-256 of a dump ({format})",
        description="`<sha256>  <file name>`, as `sha256sum` prints it (`sha256sum -c` checks a download).",
        parameters=[SCOPE],
        responses={(200, "text/plain"): OpenApiTypes.STR},
    )


class JsonlDumpViewSet(DumpFileViewSet):
    dump_format = "jsonl"

    @dump_file_schema("jsonl")
    def retrieve(self, request, scope: str):
        return super().retrieve(request, scope)

    @dump_checksum_schema("jsonl")
    def checksum(self, request, scope: str):
        return super().checksum(request, scope)


class AknDumpViewSet(DumpFileViewSet):
    dump_format = "akn"

    @dump_file_schema("akn")
    def retrieve(self, request, scope: str):
        return super().retrieve(request, scope)

    @dump_checksum_schema("akn")
    def checksum(self, request, scope: str):
        return super().checksum(request, scope)
