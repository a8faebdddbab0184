"""The OpenAPI schema and its documentation page, CORS and throttling."""

import re

import pytest
import yaml
from django.core.cache import cache

from archive.models import MemberState
from tests.factories import MemberStateVoteFactory, SeparateVoteFactory


@pytest.fixture
def schema(client, db):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def test_schema_documents_every_operation(schema):
    operations = {
        (method.upper(), path)
        for path, methods in schema["paths"].items()
        for method in methods
        if method in ("get", "post", "put")
    }

    assert operations >= {
        ("GET", "/api/v1/sessions/"),
        ("GET", "/api/v1/sessions/{kind}/{number}/"),
        ("GET", "/api/v1/resolutions/"),
        ("POST", "/api/v1/resolutions/"),
        ("GET", "/api/v1/resolutions/{symbol}"),
        ("PUT", "/api/v1/resolutions/{symbol}"),
        ("GET", "/api/v1/resolutions/{symbol}/paragraphs/"),
        ("GET", "/api/v1/resolutions/{symbol}/paragraphs/{eid}"),
        ("GET", "/api/v1/resolutions/{symbol}/footnotes/"),
        ("GET", "/api/v1/resolutions/{symbol}/citations/"),
        ("GET", "/api/v1/resolutions/{symbol}/cited-by/"),
        ("GET", "/api/v1/citations/"),
        ("GET", "/api/v1/documents/"),
    }
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            assert operation["summary"] and operation["description"], (method, path)
            assert {"400", "404", "429"} <= set(operation["responses"]), (method, path)


COMPONENTS = [
    "Session",
    "SessionRef",
    "ResolutionSummary",
    "Paragraph",
    "ParagraphText",
    "FootnoteRef",
    "Footnote",
    "FootnoteText",
    "Citation",
    "Document",
    "UploadRequest",
    "Error",
    "ValidationError",
    "ErrorItem",
    "Resolution",
    "ResolutionRequest",
    "ExportSession",
    "ExportText",
    "ExportTextRequest",
    "ExportParagraph",
    "ExportPreambularParagraph",
    "ExportAnnex",
    "ExportFootnote",
    "ExportCitation",
    "ExportWarning",
    "Vote",
]


def test_every_field_is_described(schema):
    components = schema["components"]["schemas"]
    missing = [
        f"{name}.{field}"
        for name in COMPONENTS
        for field, spec in components[name]["properties"].items()
        if "description" not in spec and "$ref" not in spec and "allOf" not in spec
    ]
    assert missing == []


def test_every_operation_documents_the_shape_of_its_answer(schema):
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            success = operation["responses"].get("200") or operation["responses"]["201"]
            assert success["content"], (method, path)
            for media_type, content in success["content"].items():  # JSON, or a dump's file, a checksum
                assert "schema" in content, (method, path, media_type)
    paths = schema["paths"]
    formats = {
        suffix: paths[f"/api/v1/resolutions/{{symbol}}{suffix}"]["get"]["responses"]["200"]["content"]
        for suffix in ("", ".txt", ".xml")
    }
    assert formats == {  # each format an operation of one media type: what a generated client parses
        "": {"application/json": {"schema": {"$ref": "#/components/schemas/Resolution"}}},
        ".txt": {"text/plain": {"schema": {"type": "string"}}},
        ".xml": {"application/akn+xml": {"schema": {"type": "string", "format": "binary"}}},
    }
    dump = schema["paths"]["/api/v1/dumps/{scope}.jsonl.gz"]["get"]["responses"]["200"]["content"]
    assert dump == {"application/gzip": {"schema": {"type": "string", "format": "binary"}}}
    changes = schema["paths"]["/api/v1/changes/"]["get"]["responses"]["200"]["content"]
    assert changes == {"application/json": {"schema": {"$ref": "#/components/schemas/ChangeFeed"}}}


def test_the_resolution_schema_has_the_keys_served_and_written(schema, client, seed):
    components = schema["components"]["schemas"]
    served = client.get("/api/v1/resolutions/A/RES/59/190").json()

    assert list(components["Resolution"]["properties"]) == list(served)
    assert list(components["ExportText"]["properties"]) == list(served["texts"]["zh"])
    written = schema["paths"]["/api/v1/resolutions/"]["post"]["requestBody"]["content"]["application/json"]
    assert written["schema"] == {"$ref": "#/components/schemas/ResolutionRequest"}
    assert list(components["ResolutionRequest"]["properties"]) == [
        "symbol",
        "session",
        "number",
        "parts",
        "adopted_on",
        "meeting",
        "agenda_items",
        "basis",
        "draft_symbols",
        "texts",
    ]


def test_write_operations_need_a_token_and_reads_do_not(schema):
    write = schema["paths"]["/api/v1/resolutions/"]["post"]
    read = schema["paths"]["/api/v1/resolutions/"]["get"]

    assert {} not in write["security"] and {"tokenAuth": []} in write["security"]
    assert "security" not in read  # no requirement: a generated client calls it without credentials
    assert set(write["requestBody"]["content"]) == {"application/json", "multipart/form-data"}


def test_documentation_page_uses_local_assets_and_no_inline_script(client, db):
    response = client.get("/api/docs/")

    assert response.status_code == 200
    page = response.content.decode()
    scripts = re.findall(r"<script([^>]*)>", page)
    assert scripts == [
        ' src="/static/js/api-docs.js"',  # names for Swagger UI's controls (axe-core)
        ' src="/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js"',
        ' src="/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-standalone-preset.js"',
        ' src="/api/docs/?script="',
    ]
    assert "https://" not in page and "//cdn" not in page
    assert '<html lang="en">' in page
    assert (
        '<header class="api-docs-header">\n    <h1>UN General Assembly resolutions archive API</h1>' in page
    )
    assert '<link rel="stylesheet" href="/static/css/api-docs.css">' in page
    script = client.get("/api/docs/?script=")
    assert (script.status_code, script["Content-Type"]) == (200, "application/javascript")
    assert b"/api/schema/" in script.content
    assert b'"deepLinking": false' in script.content  # a summary is one button, no link inside it


def test_cors_allows_reading_from_other_sites(client, seed):
    response = client.get("/api/v1/resolutions/", HTTP_ORIGIN="https://example.org")
    preflight = client.options(
        "/api/v1/resolutions/", HTTP_ORIGIN="https://example.org", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET"
    )
    write = client.options(
        "/api/v1/resolutions/", HTTP_ORIGIN="https://example.org", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )

    assert response["Access-Control-Allow-Origin"] == "*"
    assert preflight["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert "POST" not in write["Access-Control-Allow-Methods"]


def test_anonymous_requests_are_throttled(client, seed, settings):
    settings.API_ANON_RATE = "2/minute"
    cache.clear()

    statuses = [client.get("/api/v1/sessions/").status_code for _ in range(3)]

    assert statuses == [200, 200, 429]
    throttled = client.get("/api/v1/sessions/")
    assert throttled.json() == {"detail": "Request was throttled. Expected available in 60 seconds."}
    assert throttled["Retry-After"] == "60"


def test_staff_are_not_throttled_as_anonymous(staff, seed, settings):
    settings.API_ANON_RATE = "1/minute"

    assert [staff.get("/api/v1/sessions/").status_code for _ in range(3)] == [200, 200, 200]


def test_token_clients_are_throttled_per_user(staff, member, seed, settings):
    settings.API_USER_RATE = "2/minute"

    assert [staff.get("/api/v1/sessions/").status_code for _ in range(3)] == [200, 200, 429]
    assert member.get("/api/v1/sessions/").status_code == 200


def test_options_describes_the_endpoint(client, db):
    response = client.options("/api/v1/resolutions/")

    assert response.status_code == 200
    assert response.json()["parses"] == ["application/json", "multipart/form-data"]


SOURCES = {  # an answer of each operation that has links, on A/RES/59/190
    "resolutions_list": "/api/v1/resolutions/",
    "resolutions_retrieve": "/api/v1/resolutions/A/RES/59/190",
    "resolutions_paragraphs_list": "/api/v1/resolutions/A/RES/59/190/paragraphs/",
    "sessions_list": "/api/v1/sessions/",
    "member_states_list": "/api/v1/member-states/",
    "member_states_votes_list": "/api/v1/member-states/AFG/votes/",
    "member_states_separate_votes_list": "/api/v1/member-states/AFG/separate-votes/",
}


def follow(schema: dict, link: dict, request_path: dict, body) -> str:
    """The URL a link leads to from an answer: its runtime expressions read from the request and body."""
    paths = {op["operationId"]: path for path, ops in schema["paths"].items() for op in ops.values()}
    url = paths[link["operationId"]]
    for name, expression in link["parameters"].items():
        if expression.startswith("$request.path."):
            value = request_path[expression.removeprefix("$request.path.")]
        else:
            value = body
            for key in expression.removeprefix("$response.body#/").split("/"):
                value = value[int(key) if isinstance(value, list) else key]
        url = url.replace(f"{{{name}}}", str(value))
    return url


def test_links_lead_from_a_list_to_its_items_and_from_a_resolution_to_its_parts(schema, client, seed):
    afghanistan = MemberState.objects.get(code="AFG")
    MemberStateVoteFactory(resolution=seed, member_state=afghanistan)
    SeparateVoteFactory(resolution=seed, undl_record=1, description="Paragraph 3", states={"AFG": "yes"})
    followed = {}
    for operations in schema["paths"].values():
        for operation in operations.values():
            for response in operation["responses"].values():
                for name, link in response.get("links", {}).items():
                    if operation["operationId"] == "resolutions_create":
                        continue  # a write: tests/api/test_api_writes.py
                    source = SOURCES[operation["operationId"]]
                    body = client.get(source).json()
                    url = follow(schema, link, {"symbol": "A/RES/59/190"}, body)
                    followed[operation["operationId"], name] = (url, client.get(url).status_code)

    symbol = "/api/v1/resolutions/A/RES/59/190"
    assert followed == {
        ("resolutions_list", "resolutions_retrieve"): (symbol, 200),
        ("resolutions_list", "resolutions_json_retrieve"): (f"{symbol}.json", 200),
        ("resolutions_list", "resolutions_text_retrieve"): (f"{symbol}.txt", 200),
        ("resolutions_list", "resolutions_akn_retrieve"): (f"{symbol}.xml", 200),
        ("resolutions_list", "resolutions_paragraphs_list"): (f"{symbol}/paragraphs/", 200),
        ("resolutions_list", "resolutions_footnotes_list"): (f"{symbol}/footnotes/", 200),
        ("resolutions_list", "resolutions_citations_list"): (f"{symbol}/citations/", 200),
        ("resolutions_list", "resolutions_cited_by_list"): (f"{symbol}/cited-by/", 200),
        ("resolutions_list", "votes_retrieve"): ("/api/v1/votes/A/RES/59/190", 200),
        ("resolutions_retrieve", "resolutions_json_retrieve"): (f"{symbol}.json", 200),
        ("resolutions_retrieve", "resolutions_text_retrieve"): (f"{symbol}.txt", 200),
        ("resolutions_retrieve", "resolutions_akn_retrieve"): (f"{symbol}.xml", 200),
        ("resolutions_retrieve", "resolutions_paragraphs_list"): (f"{symbol}/paragraphs/", 200),
        ("resolutions_retrieve", "resolutions_footnotes_list"): (f"{symbol}/footnotes/", 200),
        ("resolutions_retrieve", "resolutions_citations_list"): (f"{symbol}/citations/", 200),
        ("resolutions_retrieve", "resolutions_cited_by_list"): (f"{symbol}/cited-by/", 200),
        ("resolutions_retrieve", "votes_retrieve"): ("/api/v1/votes/A/RES/59/190", 200),
        ("resolutions_paragraphs_list", "resolutions_paragraphs_retrieve"): (
            f"{symbol}/paragraphs/preamble__para_1",
            200,
        ),
        ("sessions_list", "sessions_retrieve"): ("/api/v1/sessions/regular/59/", 200),
        ("member_states_list", "member_states_retrieve"): ("/api/v1/member-states/AFG", 200),
        ("member_states_list", "member_states_votes_list"): ("/api/v1/member-states/AFG/votes/", 200),
        ("member_states_list", "member_states_separate_votes_list"): (
            "/api/v1/member-states/AFG/separate-votes/",
            200,
        ),
        ("member_states_list", "member_states_agreement_list"): (
            "/api/v1/member-states/AFG/agreement/ALB",
            200,
        ),
        ("member_states_votes_list", "votes_retrieve"): ("/api/v1/votes/A/RES/59/190", 200),
        ("member_states_separate_votes_list", "votes_retrieve"): ("/api/v1/votes/A/RES/59/190", 200),
    }
