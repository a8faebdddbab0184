"""POST/PUT of resolution texts by editors: files and export-shaped JSON, through the ingestion service;
who may write (model permissions, hashed tokens with an expiry) and If-Match."""

import copy
import datetime
import hashlib
import json

import pytest
from api_helpers import CITING, LINK_KEYS
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from rest_framework.test import APIClient

from archive.models import ApiToken, Citation, Paragraph, Resolution, ResolutionText, Session
from archive.services.ingestion import ingest, reparse
from tests.conftest import TEXTS
from tests.factories import EditorFactory, UserFactory, api_key
from tests.hostile_texts import duplicate_labels, over_the_search_limit

SEED = "archive/sample_corpus/zh/A_RES_59_190.txt"


def upload(name: str, data: bytes, **fields) -> dict:
    return {"file": SimpleUploadedFile(name, data), **fields}


def seed_bytes() -> bytes:
    with open(SEED, "rb") as f:
        return f.read()


def error(message: str, field: str | None = None, line: int | None = None) -> dict:
    return {"detail": message, "errors": [{"field": field, "message": message, "line": line}]}


def test_anonymous_writes_are_401(client, db):
    response = client.post("/api/v1/resolutions/", upload("a.txt", seed_bytes()), format="multipart")

    assert (response.status_code, response.json()) == (
        401,
        {"detail": "Authentication credentials were not provided."},
    )
    assert response["WWW-Authenticate"] == "Token"
    assert not ResolutionText.objects.exists()


def test_bad_tokens_are_401(client, db):
    client.credentials(HTTP_AUTHORIZATION="Token not-a-token\x00")
    response = client.put("/api/v1/resolutions/A/RES/59/190", {}, format="json")

    assert (response.status_code, response.json()) == (401, {"detail": "Invalid or expired token."})


FORBIDDEN = {"detail": "Writing needs the Editors group's permissions (change resolutions, ingest texts)."}


def test_other_users_writes_are_403(member):
    response = member.post("/api/v1/resolutions/", upload("a.txt", seed_bytes()), format="multipart")

    assert (response.status_code, response.json()) == (403, FORBIDDEN)
    assert not ResolutionText.objects.exists()


def test_staff_without_the_editors_permissions_get_403(bare_staff, seed):
    created = bare_staff.post("/api/v1/resolutions/", upload("a.txt", CITING.encode()), format="multipart")
    replaced = bare_staff.put(
        "/api/v1/resolutions/A/RES/59/190", upload("t.txt", seed_bytes(), language="zh"), format="multipart"
    )

    assert [(r.status_code, r.json()) for r in (created, replaced)] == [(403, FORBIDDEN), (403, FORBIDDEN)]
    assert list(ResolutionText.objects.values_list("resolution__symbol", flat=True)) == ["A/RES/59/190"]


def test_a_user_given_the_permissions_may_write(db, seed):
    user = UserFactory(username="trusted")
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["change_resolution", "ingest_resolutiontext"])
    )
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_key(user)}")

    response = client.post("/api/v1/resolutions/", upload("a.txt", CITING.encode()), format="multipart")

    assert response.status_code == 201


def test_tokens_are_stored_hashed_and_expire(db, seed):
    editor = EditorFactory(username="hashed")
    key = api_key(editor, name="a script")
    expired = api_key(editor, expires_at=timezone.now() - datetime.timedelta(seconds=1))
    token = ApiToken.objects.get(name="a script")

    assert (token.key_hash, token.key_prefix) == (hashlib.sha256(key.encode()).hexdigest(), key[:8])
    assert key not in str(list(ApiToken.objects.values_list()))
    answers = [
        APIClient().put(
            "/api/v1/resolutions/A/RES/59/190",
            upload("t.txt", seed_bytes(), language="zh"),
            format="multipart",
            HTTP_AUTHORIZATION=f"Token {k}",
        )
        for k in (expired, key)
    ]
    assert [r.status_code for r in answers] == [401, 200]
    assert answers[0].json() == {"detail": "Invalid or expired token."}
    token.delete()  # revoked in the admin
    revoked = APIClient().get("/api/v1/sessions/", HTTP_AUTHORIZATION=f"Token {key}")
    assert (revoked.status_code, revoked.json()) == (401, {"detail": "Invalid or expired token."})


def test_if_match_writes_only_the_version_read(staff, seed):
    url = "/api/v1/resolutions/A/RES/59/190"
    tag = staff.get(url)["ETag"]

    def body(extra: bytes = b"\n") -> dict:
        return upload("t.txt", seed_bytes() + extra, language="zh")

    stale = staff.put(url, body(), format="multipart", HTTP_IF_MATCH='"0123"')
    assert (stale.status_code, stale.json()) == (
        412,
        {"detail": "The resolution has changed since the If-Match ETag: GET it again."},
    )
    weak = staff.put(url, body(), format="multipart", HTTP_IF_MATCH=f"W/{tag}")  # as gzip weakens it
    assert weak.status_code == 200
    again = staff.put(
        url, upload("t.txt", seed_bytes(), language="zh"), format="multipart", HTTP_IF_MATCH=tag
    )
    assert again.status_code == 412  # the write before changed the version
    missing = staff.put(
        "/api/v1/resolutions/A/RES/80/99",
        upload("t.txt", CITING.encode()),
        format="multipart",
        HTTP_IF_MATCH="*",
    )
    assert missing.status_code == 412
    assert not ResolutionText.objects.filter(resolution__symbol="A/RES/80/99").exists()


def test_upload_creates_then_leaves_unchanged(staff, client):
    created = staff.post("/api/v1/resolutions/", upload("A_RES_59_190.txt", seed_bytes()), format="multipart")

    assert created.status_code == 201
    assert created["Location"] == "/api/v1/resolutions/A/RES/59/190"
    assert created.json() == client.get("/api/v1/resolutions/A/RES/59/190").json()
    text = ResolutionText.objects.get()
    assert (text.source_name, bytes(text.source_bytes)) == ("A_RES_59_190.txt", seed_bytes())

    again = staff.post("/api/v1/resolutions/", upload("A_RES_59_190.txt", seed_bytes()), format="multipart")
    assert (again.status_code, again.json()) == (200, created.json())
    assert ResolutionText.objects.get().pk == text.pk


def test_the_history_names_the_staff_user_who_wrote(staff, seed):
    staff.put(
        "/api/v1/resolutions/A/RES/59/190",
        upload("A_RES_59_190.txt", seed_bytes() + b"\n"),
        format="multipart",
    )

    latest = ResolutionText.history.latest()
    assert (latest.history_type, latest.history_user.username) == ("+", "editor")


def test_put_upload_stores_the_text_as_the_resolution_of_the_url(staff):
    response = staff.put(
        "/api/v1/resolutions/A/RES/80/99", upload("t.txt", CITING.encode(), language="en"), format="multipart"
    )

    assert response.status_code == 201
    assert response.json()["texts"]["en"]["title"] == "Test of citation linking"


def test_put_upload_refuses_a_symbol_other_than_the_urls(staff):
    response = staff.put(
        "/api/v1/resolutions/A/RES/80/98",
        upload("t.txt", CITING.encode(), symbol="80/99"),
        format="multipart",
    )

    assert (response.status_code, response.json()) == (
        400,
        error("the symbol '80/99' is not A/RES/80/98, the resolution of the URL", "symbol"),
    )


@pytest.mark.parametrize(
    ("name", "data", "body"),
    [
        ("empty.txt", b"  \n", error("the file is empty", "file")),
        (
            "a.txt",
            b"80/99. Title\n\nok\n\xff\xfe broken\n",
            error(
                "the text is not valid UTF-8 (or UTF-16 with a byte-order mark): undecodable byte at line 4",
                "file",
                4,
            ),
        ),
        (
            "a.pdf",
            b"not a pdf",
            error("the file is named .pdf but is not a PDF (it does not start with %PDF-)", "file"),
        ),
        (
            "a.docx",
            b"x",
            error(
                "File extension \u201cdocx\u201d is not allowed. Allowed extensions are: txt, pdf.", "file"
            ),
        ),
    ],
)
def test_bad_files_are_400_naming_the_field_and_line(staff, name, data, body):
    response = staff.post("/api/v1/resolutions/", upload(name, data), format="multipart")

    assert (response.status_code, response.json()) == (400, body)
    assert not Resolution.objects.exists()


def test_a_parse_error_names_its_line(staff):
    response = staff.post(
        "/api/v1/resolutions/", upload("a.txt", b"Hello\n\nworld\n", language="en"), format="multipart"
    )

    body = response.json()
    assert response.status_code == 400
    assert body["errors"][0]["field"] == "file"
    assert body["detail"] == body["errors"][0]["message"]


def test_missing_file_is_400(staff):
    response = staff.post("/api/v1/resolutions/", {"language": "en"}, format="multipart")

    assert (response.status_code, response.json()) == (400, error("No file was submitted.", "file"))


def test_unsupported_media_type_is_415(staff):
    response = staff.post("/api/v1/resolutions/", "text", content_type="text/plain")

    assert (response.status_code, response.json()) == (
        415,
        {"detail": 'Unsupported media type "text/plain" in request.'},
    )


def exported(client, symbol: str) -> dict:
    body = client.get(f"/api/v1/resolutions/{symbol}").json()
    return {key: value for key, value in body.items() if key not in LINK_KEYS}


def test_json_round_trip(staff, client, seed, citing):
    before = {symbol: exported(client, symbol) for symbol in ("A/RES/59/190", "A/RES/80/99", "A/RES/80/1")}
    ResolutionText.objects.all().delete()
    Resolution.objects.all().delete()

    for body in before.values():
        response = staff.post("/api/v1/resolutions/", body, format="json")
        assert response.status_code == 201, response.json()

    assert {symbol: exported(client, symbol) for symbol in before} == before
    text = ResolutionText.objects.get(resolution__symbol="A/RES/59/190")
    assert text.source_name == "A_RES_59_190.zh.json"
    assert json.loads(bytes(text.source_bytes)) == before["A/RES/59/190"]
    assert Citation.objects.get(target="A/RES/80/1").target_resolution.symbol == "A/RES/80/1"  # linked later


def test_json_put_replaces_the_text(staff, client, seed):
    body = exported(client, "A/RES/59/190")
    body["texts"]["zh"]["title"] = "新标题"

    response = staff.put("/api/v1/resolutions/A/RES/59/190", body, format="json")

    assert (response.status_code, response.json()["texts"]["zh"]["title"]) == (200, "新标题")
    assert ResolutionText.objects.get().title == "新标题"


def test_a_text_written_as_json_is_left_as_written_by_reparse(staff, client, seed):
    body = exported(client, "A/RES/59/190")
    body["texts"]["zh"]["title"] = "新标题"
    staff.put("/api/v1/resolutions/A/RES/59/190", body, format="json")
    text = ResolutionText.objects.get()

    outcome = reparse(text)

    assert (outcome.status, outcome.changes, text.source_name) == ("unchanged", [], "A_RES_59_190.zh.json")
    assert ResolutionText.objects.get().title == "新标题"
    assert [record.history_user.username for record in text.history.all()[:1]] == ["editor"]


def test_warnings_written_in_json_come_back_as_written(staff, client, seed):
    """A warning a client writes is kept word for word, "%" and all, whatever the reader's language."""
    body = exported(client, "A/RES/59/190")
    written = [{"line": 3, "message": "checked by hand: 50% of paragraph 2 (%(x)s)"}]
    body["texts"]["zh"]["warnings"] = written
    assert staff.put("/api/v1/resolutions/A/RES/59/190", body, format="json").status_code == 200

    answer = client.get("/api/v1/resolutions/A/RES/59/190", HTTP_ACCEPT_LANGUAGE="fr").json()
    assert answer["texts"]["zh"]["warnings"] == written


def test_the_parsers_warnings_are_data_in_english(client, db):
    """Like the text's other data (and the dumps), whatever language the client asks its messages in."""
    path = TEXTS / "A_RES_40_250.en.txt"
    ingest(data=path.read_bytes(), filename=path.name)

    answer = client.get("/api/v1/resolutions/A/RES/40/250", HTTP_ACCEPT_LANGUAGE="fr").json()
    assert answer["texts"]["en"]["warnings"] == [
        {
            "line": 8,
            "message": "text that looks glued into the sentence (a footnote's?), kept: "
            "'the Lima Declaration,Issued at the Second General Conference'",
        },
        {"line": None, "message": "recorded vote, in favour: no Member State named Atlantis"},
        {"line": None, "message": "recorded vote: 3 Member States in favour, 4 in the totals"},
    ]


def test_json_put_refuses_another_resolution(staff, client, seed):
    response = staff.put("/api/v1/resolutions/A/RES/59/191", exported(client, "A/RES/59/190"), format="json")

    assert (response.status_code, response.json()) == (
        400,
        error("the text is A/RES/59/190, not A/RES/59/191, the resolution of the URL", "symbol"),
    )


def change(path: list, value):
    def apply(body):
        target = body
        for key in path[:-1]:
            target = target[key]
        if value is KeyError:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return apply


@pytest.mark.parametrize(
    ("mutate", "field", "message"),
    [
        (change(["symbol"], "A/59/327"), "symbol", "'A/59/327' is not a General Assembly resolution symbol"),
        (change(["texts"], {}), "texts", "give exactly one language's text, not 0"),
        (
            lambda body: body.update(texts={"xx": body["texts"]["zh"]}),
            "texts",
            "'xx' is not one of the languages ar, zh, en, fr, ru, es",
        ),
        (change(["number"], 191), "number", "does not match the symbol A/RES/59/190"),
        (change(["texts", "zh", "title"], KeyError), "texts.zh.title", "This field is required."),
        (change(["texts", "zh", "title"], ["x"]), "texts.zh.title", "Not a valid string."),
        (
            change(["adopted_on"], "20 December 2004"),
            "adopted_on",
            "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.",
        ),
        (change(["meeting"], 0), "meeting", "Ensure this value is greater than or equal to 1."),
        (
            change(["agenda_items"], ["105 (b)", "x" * 41]),
            "agenda_items[1]",
            "Ensure this field has no more than 40 characters.",
        ),
        (
            change(["session"], {"kind": "special", "number": 59}),
            "session",
            "does not match the symbol A/RES/59/190",
        ),
        (
            change(["texts", "zh", "operative", 0, "eid"], "para_2"),
            "texts.zh",
            "the eId 'para_2' is used twice",
        ),
        (
            change(["texts", "zh", "operative", 0, "number"], "x" * 21),
            "texts.zh.operative[0].number",
            "Ensure this field has no more than 20 characters.",
        ),
        (
            change(["texts", "zh", "operative", 0, "footnote_refs"], ["9"]),
            "texts.zh.footnote_refs",
            "para_1 refers to footnote '9', which is not given",
        ),
        (
            change(["texts", "zh", "citations", 0, "from_eid"], "para_99"),
            "texts.zh.citations[0].from_eid",
            "no paragraph or footnote has the eId 'para_99'",
        ),
        (
            change(
                ["texts", "zh", "citations", 0],
                {
                    "from_eid": "fnt_1",
                    "text": "x",
                    "start": 0,
                    "end": 1,
                    "target": "A/59/327",
                    "kind": "document",
                    "pinpoint": None,
                },
            ),
            "texts.zh.citations[0].text",
            "is not the text of fnt_1 from 0 to 1",
        ),
        (
            change(["texts", "zh", "citations", 0, "kind"], "treaty"),
            "texts.zh.citations[0].kind",
            '"treaty" is not a valid choice.',
        ),
        (
            change(["texts", "zh", "footnotes", 0, "text"], "a\x00b"),
            "texts.zh.footnotes[0].text",
            "Null characters are not allowed.",
        ),
    ],
)
def test_bad_json_is_400_naming_the_field_and_nothing_is_written(staff, client, seed, mutate, field, message):
    body = exported(client, "A/RES/59/190")
    original = copy.deepcopy(body)
    body["texts"]["zh"]["title"] = "新标题"
    mutate(body)

    response = staff.post("/api/v1/resolutions/", body, format="json")

    assert (response.status_code, response.json()) == (400, error(message, field))
    assert exported(client, "A/RES/59/190") == original


def test_json_that_contradicts_the_archive_writes_nothing(staff, client, seed):
    body = exported(client, "A/RES/59/190")
    body["adopted_on"] = "2004-12-21"
    body["texts"] = {"en": {**body["texts"]["zh"], "title": "In English"}}
    sessions = Session.objects.count()

    response = staff.post("/api/v1/resolutions/", body, format="json")

    assert (response.status_code, response.json()) == (
        400,
        error(
            "A/RES/59/190 is already in the archive with adopted on 2004-12-20, but this text says 2004-12-21"
        ),
    )
    assert list(ResolutionText.objects.values_list("language", flat=True)) == ["zh"]
    assert Session.objects.count() == sessions


def test_a_json_body_that_is_not_an_object_is_400(staff):
    response = staff.post("/api/v1/resolutions/", [1, 2], format="json")

    assert (response.status_code, response.json()) == (
        400,
        error("Invalid data. Expected a dictionary, but got list."),
    )


def test_a_json_syntax_error_names_its_line(staff):
    response = staff.post(
        "/api/v1/resolutions/", '{\n "symbol": "A/RES/59/190",\n "texts": }', content_type="application/json"
    )

    assert (response.status_code, response.json()) == (
        400,
        error("the body is not JSON: Expecting value", line=3),
    )


def test_an_empty_json_body_is_400(staff):
    response = staff.post("/api/v1/resolutions/", "", content_type="application/json")

    required = "This field is required."
    assert (response.status_code, response.json()) == (
        400,
        {
            "detail": required,
            "errors": [
                {"field": field, "message": required, "line": None}
                for field in ("symbol", "agenda_items", "draft_symbols", "texts")
            ],
        },
    )


def test_labels_printed_again_are_stored_with_a_warning(staff):
    response = staff.post("/api/v1/resolutions/", upload("dup.txt", duplicate_labels()), format="multipart")

    assert response.status_code == 201
    assert Paragraph.objects.filter(eid="para_1__subpara_a_2", body="three;").exists()


def test_a_text_too_large_for_the_search_index_is_400_not_503(staff):
    response = staff.post(
        "/api/v1/resolutions/", upload("big.txt", over_the_search_limit()), format="multipart"
    )

    message = (
        "the text is too large for the search index (PostgreSQL's limit of 1 MB of indexed words); "
        "split it into smaller texts"
    )
    assert (response.status_code, response.json()) == (400, error(message, "file"))
    assert not Resolution.objects.exists()
