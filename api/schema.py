"""OpenAPI documentation that serializers cannot give: the error answers every operation may get, path
parameters and the descriptions of the resolution operations. The shapes come from the serializers."""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse

from archive.akn import MEDIA_TYPE as AKN

from .serializers.errors import ErrorSerializer, ValidationErrorSerializer
from .serializers.resolutions import ResolutionSerializer, UploadSerializer


def query_parameters_may_be_empty(result, generator, request, public):
    """drf-spectacular post-processing hook: every query parameter may be empty, which means the same as
    leaving it out (as HTML forms send them)."""
    for operations in result["paths"].values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    parameter["allowEmptyValue"] = True
    return result


def _links(targets: list[str], **parameters: str) -> dict:
    """OpenAPI links from an answer to the operations `targets`, each given `parameters`."""
    return {target: {"operationId": target, "parameters": parameters} for target in targets}


# The resolution's own operations, reached by its symbol.
OF_A_RESOLUTION = [
    "resolutions_retrieve",
    "resolutions_json_retrieve",
    "resolutions_text_retrieve",
    "resolutions_akn_retrieve",
    "resolutions_paragraphs_list",
    "resolutions_footnotes_list",
    "resolutions_citations_list",
    "resolutions_cited_by_list",
    "votes_retrieve",
]
# What a client follows from one answer to the next: a list to its first item, an item to its parts.
LINKS = {
    ("resolutions_list", "200"): _links(OF_A_RESOLUTION, symbol="$response.body#/results/0/symbol"),
    ("resolutions_retrieve", "200"): _links(OF_A_RESOLUTION[1:], symbol="$response.body#/symbol"),
    ("resolutions_create", "201"): _links(OF_A_RESOLUTION, symbol="$response.body#/symbol"),
    ("resolutions_paragraphs_list", "200"): _links(
        ["resolutions_paragraphs_retrieve"],
        symbol="$request.path.symbol",
        eid="$response.body#/0/eid",
    ),
    ("sessions_list", "200"): _links(
        ["sessions_retrieve"],
        kind="$response.body#/results/0/kind",
        number="$response.body#/results/0/number",
    ),
    ("member_states_list", "200"): _links(
        ["member_states_retrieve", "member_states_votes_list", "member_states_separate_votes_list"],
        code="$response.body#/results/0/code",
    )
    | _links(
        ["member_states_agreement_list"],
        code="$response.body#/results/0/code",
        other="$response.body#/results/1/code",
    ),
    ("member_states_votes_list", "200"): _links(
        ["votes_retrieve"], symbol="$response.body#/results/0/symbol"
    ),
    ("member_states_separate_votes_list", "200"): _links(
        ["votes_retrieve"], symbol="$response.body#/results/0/symbol"
    ),
}


def follow_links(result, generator, request, public):
    """drf-spectacular post-processing hook: OpenAPI links from lists to their items and from a resolution
    to its parts and formats, for clients (and Schemathesis's stateful phase) to walk."""
    for operations in result["paths"].values():
        for operation in operations.values():
            for status, response in operation["responses"].items():
                if links := LINKS.get((operation["operationId"], status)):
                    response["links"] = links
    return result


NOT_FOUND = OpenApiResponse(ErrorSerializer, description="Not in the archive (or not a resolution symbol)")
MOVED = OpenApiResponse(
    description="Moved permanently: the symbol in another spelling; `Location` has the canonical URL"
)
INVALID = OpenApiResponse(
    ValidationErrorSerializer,
    description="Bad input: each problem with its field and line",
    examples=[
        OpenApiExample(
            "Parse error",
            value={
                "detail": 'no title line ("59/190. Title") found',
                "errors": [
                    {"field": "file", "message": 'no title line ("59/190. Title") found', "line": None}
                ],
            },
        ),
    ],
)

NOT_MODIFIED = OpenApiResponse(
    description="Not modified: the `If-None-Match` ETag is current (GET answers carry "
    "an `ETag`, and a `Last-Modified` where the data has a date)"
)
THROTTLED = OpenApiResponse(
    ErrorSerializer, description="Too many requests: `Retry-After` says when to retry"
)
NOT_ACCEPTABLE = OpenApiResponse(ErrorSerializer, description="No representation matches the `Accept` header")
UNAUTHENTICATED = OpenApiResponse(ErrorSerializer, description="No credentials: an editor's token is needed")
FORBIDDEN = OpenApiResponse(
    ErrorSerializer, description="The user lacks the Editors' permissions (change resolutions, ingest texts)"
)
PRECONDITION_FAILED = OpenApiResponse(
    ErrorSerializer, description="`If-Match` is not the resolution's current ETag: GET it again"
)
UNSUPPORTED = OpenApiResponse(ErrorSerializer, description="The body is neither JSON nor multipart/form-data")


class ApiSchema(AutoSchema):
    """Each operation also documents the answers any request may get: the errors, and 304 for a GET.
    Reads state no security requirement: they need no credentials (generated clients call them without
    any), though a token or session is taken (their answers are then `private`)."""

    def get_auth(self):
        return [] if self.method in ("GET", "HEAD") else [auth for auth in super().get_auth() if auth]

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        errors = {"400": INVALID, "404": NOT_FOUND, "406": NOT_ACCEPTABLE, "429": THROTTLED}
        if self.method == "GET":
            errors["304"] = NOT_MODIFIED
        else:
            errors |= {"401": UNAUTHENTICATED, "403": FORBIDDEN, "415": UNSUPPORTED}
            if self.method == "PUT":
                errors["412"] = PRECONDITION_FAILED
        for code, response in errors.items():
            if code not in responses:
                responses[code] = self._get_response_for_code(
                    response, code, ("application/json",), direction
                )
        return responses


SYMBOL = OpenApiParameter(
    "symbol",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    description="A resolution symbol, slashes included: A/RES/59/190, A/RES/217(III), A/RES/ES-10/19",
    examples=[OpenApiExample("A resolution", value="A/RES/59/190")],
)
EID = OpenApiParameter(
    "eid",
    OpenApiTypes.STR,
    OpenApiParameter.PATH,
    description="A paragraph's eId, as the anchors of the public page: para_3, preamble__para_2",
    examples=[OpenApiExample("An operative paragraph", value="para_11")],
)

RESOLUTION_LIST = (
    "Resolutions in the archive, with their titles. Filters combine; dates are YYYY-MM-DD. "
    "Paginated: `count`, `next`, `previous`, `results`, and the same links (`first`, `prev`, `next`, "
    "`last`) in an RFC 8288 `Link` header; `page_size` up to 500.\n\nDefault order: by session — kind "
    "(emergency special, regular, special), then session number, latest first — then resolution number; "
    "`ordering` sorts otherwise.\n\nConditional requests: an `ETag` that changes whenever the page's "
    "resolutions or the total do; `If-None-Match` answers 304."
)
RESOLUTION_DETAIL = (
    "A resolution by its symbol, which stands in the path with its slashes "
    "(`/api/v1/resolutions/A/RES/59/190`). Other spellings (`59/190`, `217 A (III)`) redirect to the "
    "canonical URL.\n\nJSON: the `manage.py export` shape, with `url`s. The other formats are operations "
    "of their own, one media type each: plain text at `.txt`, Akoma Ntoso at `.xml`. `Content-Language` "
    "names the languages shown.\n\n"
    "Conditional requests: the response has an `ETag` and a `Last-Modified`; `If-None-Match` answers 304 "
    "(a second is too coarse to tell two edits apart: `If-Modified-Since` alone is answered in full)."
)
CONDITIONAL = "\n\nConditional requests: an `ETag` and a `Last-Modified`; `If-None-Match` answers 304."
RESOLUTION_TEXT = (
    "The resolution as plain text (`text/plain; charset=utf-8`): each language's text held, or the one "
    "`language` names, as the public page reads." + CONDITIONAL
)
RESOLUTION_AKN = (
    f"The resolution as Akoma Ntoso 3.0 XML (`{AKN}`) of one language's text: `language`, else English "
    "if held, else the first held. `Content-Language` names it." + CONDITIONAL
)
RESOLUTION_WRITE = (
    "Editors only: a user with the Editors group's permissions (change resolutions, ingest texts), by "
    "token (`Authorization: Token <key>`, from the admin's API tokens). Send either a file as "
    "`multipart/form-data` (a `.txt` or `.pdf`, as `manage.py ingest` reads it) or one language's text as "
    "JSON in the export shape. The text replaces the stored text of the same resolution and language; "
    "nothing is written when anything is wrong. Answers the resolution as `GET` does. A `PUT` stores the "
    "text as the resolution of its URL (as `ingest --symbol` does); a JSON text must name that symbol. "
    "`If-Match` (optional: without it the last write wins) with the ETag of a GET of the same URL writes "
    "only if the resolution has not changed since (412 otherwise; `*`: only if it exists)."
)
IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="The ETag of a GET of this URL (JSON): write only if the resolution is unchanged",
)


def resolution_responses() -> dict:
    return {(200, "application/json"): ResolutionSerializer, 301: MOVED}


def text_responses() -> dict:
    return {(200, "text/plain"): OpenApiTypes.STR, 301: MOVED}


def akn_responses() -> dict:
    return {(200, AKN): OpenApiTypes.BINARY, 301: MOVED}


def write_requests() -> dict:
    return {"application/json": ResolutionSerializer, "multipart/form-data": UploadSerializer}


def write_responses(created: bool) -> dict:
    responses = {
        200: OpenApiResponse(ResolutionSerializer, description="Stored (or unchanged): the resolution")
    }
    if created:
        responses[201] = OpenApiResponse(ResolutionSerializer, description="A new text was stored")
    return responses
