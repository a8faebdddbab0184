"""OpenAPI documentation that serializers cannot give: the export JSON shape (a resolution), error bodies,
descriptions and examples. The shape below documents `archive.parser.export`; it adds no code path."""

from __future__ import annotations

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse
from rest_framework import serializers

from archive.akn import MEDIA_TYPE as AKN

from .serializers import UploadSerializer


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _string(description: str, example: str | None = None, nullable: bool = False, **more) -> dict:
    schema = {"type": "string", "description": description, **more}
    if example is not None:
        schema["example"] = example
    if nullable:
        schema["nullable"] = True
    return schema


def _integer(description: str, example: int | None = None, nullable: bool = False, minimum: int = 0) -> dict:
    schema = {"type": "integer", "minimum": minimum, "description": description}
    if example is not None:
        schema["example"] = example
    if nullable:
        schema["nullable"] = True
    return schema


def _array(items: dict, description: str) -> dict:
    return {"type": "array", "items": items, "description": description}


def _object(properties: dict, required: list[str] | None = None, description: str = "") -> dict:
    schema = {"type": "object", "properties": properties, "required": required or list(properties)}
    if description:
        schema["description"] = description
    return schema


LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]
EID = _string("eId in AKN4UN style, also the anchor on the public page", "para_3")
FOOTNOTE_REFS = _array(_string("A footnote mark", "1"), "Marks of the footnotes referred to, in order")

LINKS = {
    "url": _string("This resolution in the API", format="uri"),
    "page_url": _string("The resolution's public page", format="uri"),
    "session_url": _string("Its session in the API", format="uri"),
    "paragraphs_url": _string("Its paragraphs, by eId", format="uri"),
    "footnotes_url": _string("Its footnotes", format="uri"),
    "citations_url": _string("What it cites", format="uri"),
    "cited_by_url": _string("Where other resolutions cite it", format="uri"),
    "text_url": _string("The resolution as plain text", format="uri"),
    "akn_url": _string("The resolution as Akoma Ntoso 3.0 XML", format="uri"),
}

METADATA = {
    "symbol": _string("Canonical symbol", "A/RES/59/190"),
    "session": _object(
        {
            "kind": _string("Session kind", "regular", enum=["regular", "special", "emergency"]),
            "number": _integer("Session number", 59, minimum=1),
        },
        description="The session that adopted it",
    ),
    "number": _integer("Number within the session (serial number in the old era)", 190, minimum=1),
    "parts": _string("Part letters printed with the symbol (A, C, A-B), or empty", ""),
    "adopted_on": _string("Date of adoption", "2004-12-20", nullable=True, format="date"),
    "meeting": _integer("Plenary meeting that adopted it", 74, nullable=True, minimum=1),
    "agenda_items": _array(_string("An agenda item", "105 (b)"), "Agenda items under which it was adopted"),
    "basis": _string(
        "The line in square brackets under the cover",
        "on the report of the Third Committee (A/59/503/Add.2)",
        nullable=True,
    ),
    "draft_symbols": _array(_string("A draft's symbol", "A/C.3/59/L.47"), "Symbols of its drafts"),
}

COMPONENTS = {
    "ExportParagraph": _object(
        {
            "eid": EID,
            "number": _string('The number as printed: "3", "(a)"', "3", nullable=True),
            "text": _string("The text, footnote marks removed", "Decides to remain seized of the matter."),
            "footnote_refs": FOOTNOTE_REFS,
            "subparagraphs": _array(_ref("ExportParagraph"), "Nested sub-paragraphs, in order"),
        },
        description="An operative, annex or sub-paragraph",
    ),
    "ExportPreambularParagraph": _object(
        {
            "eid": {**EID, "example": "preamble__para_1"},
            "text": _string("The text, footnote marks removed", "Recalling its resolution 58/199,"),
            "footnote_refs": FOOTNOTE_REFS,
        },
        description="A preambular paragraph",
    ),
    "ExportAnnex": _object(
        {
            "eid": {**EID, "example": "annex_1"},
            "heading": _string("The heading as printed", "Annex"),
            "title": _string("The annex's title", "Awaza Political Declaration", nullable=True),
            "paragraphs": _array(_ref("ExportParagraph"), "The annex's paragraphs"),
        },
        description="An annex",
    ),
    "ExportFootnote": _object(
        {
            "eid": {**EID, "example": "fnt_1"},
            "mark": _string("The mark as printed", "1"),
            "text": _string("The footnote's text", "Resolution 217 A (III)."),
        },
        description="A footnote",
    ),
    "ExportCitation": _object(
        {
            "from_eid": {**EID, "description": "eId of the citing paragraph or footnote"},
            "text": _string("The citation as printed", "217 A (III)"),
            "start": _integer("Start of the citation in the paragraph's or footnote's text", 11),
            "end": _integer("End (exclusive) of the citation in that text", 22, minimum=1),
            "target": _string(
                "What is cited: a canonical resolution symbol, a document symbol or a session",
                "A/RES/217(III)",
            ),
            "kind": _string(
                "What kind of thing is cited", "resolution", enum=["resolution", "document", "session"]
            ),
            "pinpoint": _string("Paragraph number cited, if any", "5", nullable=True),
            "resolved": {"type": "boolean", "description": "Whether the archive holds the cited resolution"},
        },
        description="A citation",
    ),
    "ExportWarning": _object(
        {
            "line": _integer("Line of the source", 12, nullable=True, minimum=1),
            "message": _string(
                "What the parser could not read with confidence", "sub-paragraph label missing; read as (b)"
            ),
        },
        description="A parser warning",
    ),
    "ExportText": _object(
        {
            "title": _string("The title", "Promoting international cooperation in the field of human rights"),
            "formula": _string("The opening formula", "The General Assembly,", nullable=True),
            "preambular": _array(_ref("ExportPreambularParagraph"), "Preambular paragraphs"),
            "operative": _array(_ref("ExportParagraph"), "Operative paragraphs"),
            "annexes": _array(_ref("ExportAnnex"), "Annexes"),
            "footnotes": _array(_ref("ExportFootnote"), "Footnotes"),
            "citations": _array(_ref("ExportCitation"), "Citations, in document order"),
            "warnings": _array(_ref("ExportWarning"), "Parser warnings"),
        },
        description="The resolution in one language",
    ),
    "Vote": _object(
        {
            "kind": _string("How it was adopted", "recorded", enum=["unknown", "without_vote", "recorded"]),
            "yes": _integer("Votes in favour (recorded votes only)", 178, nullable=True),
            "no": _integer("Votes against", 0, nullable=True),
            "abstentions": _integer("Abstentions", 7, nullable=True),
            "non_voting": _integer("Members not voting", None, nullable=True),
        },
        description="The vote",
    ),
}
COMPONENTS["Resolution"] = _object(
    {
        **METADATA,
        "vote": _ref("Vote"),
        **LINKS,
        "texts": {
            "type": "object",
            "additionalProperties": _ref("ExportText"),
            "description": f"The text in each language held, by language code ({', '.join(LANGUAGES)})",
        },
    },
    required=["symbol", "vote", *LINKS, "texts"],
    description="A resolution exactly as `manage.py export` prints it, with `url`s to related resources",
)
COMPONENTS["ResolutionInput"] = _object(
    {
        **METADATA,
        "texts": {
            "type": "object",
            "additionalProperties": _ref("ExportText"),
            "minProperties": 1,
            "maxProperties": 1,
            "description": "One language's text, by its language code",
        },
    },
    required=["symbol", "adopted_on", "meeting", "agenda_items", "basis", "draft_symbols", "texts"],
    description="One language's text in the export shape (as `export --language xx` prints it); `vote`, "
    "`url`s and `resolved` may be left in and are ignored",
)


def add_export_components(result, generator, request, public):
    """drf-spectacular post-processing hook: the export shape's components; and every query parameter
    may be empty, which means the same as leaving it out (as HTML forms send them)."""
    result.setdefault("components", {}).setdefault("schemas", {}).update(COMPONENTS)
    for operations in result["paths"].values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    parameter["allowEmptyValue"] = True
    return result


class ErrorItemSerializer(serializers.Serializer):
    field = serializers.CharField(
        allow_null=True,
        help_text='Where: a path into the input ("file", '
        '"texts.en.operative[2].number"), or null for the input as a whole',
    )
    message = serializers.CharField(help_text="What is wrong, for a person")
    line = serializers.IntegerField(allow_null=True, help_text="Line of the source, for parse errors")


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="What went wrong")


class ValidationErrorSerializer(ErrorSerializer):
    errors = ErrorItemSerializer(many=True, help_text="Each problem found")


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
UNAUTHENTICATED = OpenApiResponse(ErrorSerializer, description="No credentials: a staff token is needed")
FORBIDDEN = OpenApiResponse(ErrorSerializer, description="Not a staff user")
UNSUPPORTED = OpenApiResponse(ErrorSerializer, description="The body is neither JSON nor multipart/form-data")


class ApiSchema(AutoSchema):
    """Each operation also documents the answers any request may get: the errors, and 304 for a GET."""

    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        errors = {"400": INVALID, "404": NOT_FOUND, "406": NOT_ACCEPTABLE, "429": THROTTLED}
        if self.method == "GET":
            errors["304"] = NOT_MODIFIED
        else:
            errors |= {"401": UNAUTHENTICATED, "403": FORBIDDEN, "415": UNSUPPORTED}
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
    "Paginated: `count`, `next`, `previous`, `results`.\n\nDefault order: by session — kind "
    "(emergency special, regular, special), then session number, latest first — then resolution number; "
    "`ordering` sorts otherwise.\n\nConditional requests: an `ETag` that changes whenever the page's "
    "resolutions or the total do; `If-None-Match` answers 304."
)
RESOLUTION_DETAIL = (
    "A resolution by its symbol, which stands in the path with its slashes "
    "(`/api/v1/resolutions/A/RES/59/190`). Other spellings (`59/190`, `217 A (III)`) redirect to the "
    "canonical URL.\n\nFormats: JSON (the `manage.py export` shape, with `url`s), plain text "
    "(`Accept: text/plain` or `.txt`) and "
    f"Akoma Ntoso 3.0 XML of one language's text (`Accept: {AKN}` or `.xml`).\n\n"
    "Conditional requests: the response has an `ETag` and a `Last-Modified`; `If-None-Match` answers 304 "
    "(a second is too coarse to tell two edits apart: `If-Modified-Since` alone is answered in full)."
)
RESOLUTION_WRITE = (
    "Staff only (token authentication: `Authorization: Token <key>`). Send either a file as "
    "`multipart/form-data` (a `.txt` or `.pdf`, as `manage.py ingest` reads it) or one language's text as "
    "JSON in the export shape. The text replaces the stored text of the same resolution and language; "
    "nothing is written when anything is wrong. Answers the resolution as `GET` does. A `PUT` stores the "
    "text as the resolution of its URL (as `ingest --symbol` does); a JSON text must name that symbol."
)


def resolution_responses() -> dict:
    return {
        (200, "application/json"): _ref("Resolution"),
        (200, "text/plain"): OpenApiTypes.STR,
        (200, AKN): OpenApiTypes.STR,
        301: MOVED,
    }


def write_requests() -> dict:
    return {"application/json": _ref("ResolutionInput"), "multipart/form-data": UploadSerializer}


def write_responses(created: bool) -> dict:
    responses = {
        200: OpenApiResponse(_ref("Resolution"), description="Stored (or unchanged): the resolution")
    }
    if created:
        responses[201] = OpenApiResponse(_ref("Resolution"), description="A new text was stored")
    return responses


BASE = "https://example.org/api/v1"
SESSION = {
    "kind": "regular",
    "number": 59,
    "label": "59th session",
    "symbol_prefix": "59",
    "start_year": 2004,
    "end_year": None,
    "resolution_count": 1,
    "url": f"{BASE}/sessions/regular/59/",
    "resolutions_url": f"{BASE}/resolutions/?session=59",
    "page_url": "https://example.org/sessions/59/",
}
SUMMARY = {
    "symbol": "A/RES/59/190",
    "session": {"kind": "regular", "number": 59, "url": f"{BASE}/sessions/regular/59/"},
    "number": 190,
    "parts": "",
    "adopted_on": "2004-12-20",
    "meeting": 74,
    "vote": "unknown",
    "languages": ["zh"],
    "titles": {"zh": "促进国际合作并重视非选择性、公正性和客观性以加强联合国在人权领域的行动"},
    "url": f"{BASE}/resolutions/A/RES/59/190",
    "page_url": "https://example.org/A/RES/59/190",
}
PARAGRAPH = {
    "eid": "para_11",
    "kind": "operative",
    "number": "11",
    "parent": None,
    "texts": {
        "zh": {
            "text": "注意到秘书长的报告，并请秘书长向大会第六十届会议提交报告；",
            "footnote_refs": [{"mark": "4", "offset": 10}],
        }
    },
    "url": f"{BASE}/resolutions/A/RES/59/190/paragraphs/para_11",
    "page_url": "https://example.org/A/RES/59/190#para_11",
}
FOOTNOTE = {
    "eid": "fnt_4",
    "texts": {"zh": {"mark": "4", "text": "A/59/327。"}},
    "page_url": "https://example.org/A/RES/59/190#fnt_4",
}
CITATION = {
    "resolution": "A/RES/59/190",
    "language": "zh",
    "from_eid": "fnt_1",
    "text": "217 A（III）",
    "start": 2,
    "end": 12,
    "kind": "resolution",
    "target": "A/RES/217(III)",
    "pinpoint": None,
    "resolved": False,
    "resolution_url": f"{BASE}/resolutions/A/RES/59/190",
    "target_url": None,
    "page_url": "https://example.org/A/RES/59/190#fnt_1",
}
DOCUMENT = {
    "symbol": "A/59/327",
    "citations": 1,
    "resolutions": 1,
    "citations_url": f"{BASE}/citations/?kind=document&target=A%2F59%2F327",
}


def _page(item: dict) -> dict:
    return {"count": 1, "next": None, "previous": None, "results": [item]}


def _example(name: str, value) -> OpenApiExample:
    return OpenApiExample(name, value=value, response_only=True)


EXAMPLES = {
    "session": _example("A session", SESSION),
    "session_page": _example("A page of sessions", _page(SESSION)),
    "resolution_page": _example("A page of resolutions", _page(SUMMARY)),
    "paragraph": _example("A paragraph", PARAGRAPH),
    "paragraphs": _example("Paragraphs", [PARAGRAPH]),
    "footnotes": _example("Footnotes", [FOOTNOTE]),
    "citations": _example("Citations", [CITATION]),
    "cited_by": _example("A page of citations", _page(CITATION)),
    "documents": _example("A page of documents", _page(DOCUMENT)),
}
