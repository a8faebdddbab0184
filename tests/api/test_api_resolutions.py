"""GET /api/v1/resolutions/ and /api/v1/resolutions/<symbol>: lists, filters, the export JSON, formats,
redirects and conditional requests."""

import csv
import json
import re
from io import StringIO
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from api_helpers import BASE, CITING, LINK_KEYS
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.http import http_date

from archive.models import OfficialFile, Resolution


def export(symbol: str, **options) -> dict:
    out = StringIO()
    call_command("export", symbol, stdout=out, **options)
    return json.loads(out.getvalue())


def symbols(response) -> list[str]:
    return [item["symbol"] for item in response.json()["results"]]


def test_detail_is_the_export_json_plus_links(client, seed):
    response = client.get("/api/v1/resolutions/A/RES/59/190")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = response.json()
    links = {key: body.pop(key) for key in LINK_KEYS}
    assert body == export("A/RES/59/190")
    assert list(body) == list(export("A/RES/59/190"))
    assert links == {
        "url": f"{BASE}/resolutions/A/RES/59/190",
        "page_url": "http://testserver" + seed.get_absolute_url(),
        "session_url": f"{BASE}/sessions/regular/59/",
        "paragraphs_url": f"{BASE}/resolutions/A/RES/59/190/paragraphs/",
        "footnotes_url": f"{BASE}/resolutions/A/RES/59/190/footnotes/",
        "citations_url": f"{BASE}/resolutions/A/RES/59/190/citations/",
        "cited_by_url": f"{BASE}/resolutions/A/RES/59/190/cited-by/",
        "text_url": f"{BASE}/resolutions/A/RES/59/190.txt",
        "akn_url": f"{BASE}/resolutions/A/RES/59/190.xml",
    }


def test_detail_of_one_language(client, seed, ingest_sample):
    response = client.get("/api/v1/resolutions/A/RES/59/190?language=zh")

    body = response.json()
    assert list(body["texts"]) == ["zh"]
    assert {k: v for k, v in body.items() if k not in LINK_KEYS} == export("A/RES/59/190", language="zh")


@pytest.mark.parametrize(
    ("query", "status", "body"),
    [
        ("language=fr", 404, {"detail": "A/RES/59/190 has no text in language 'fr'"}),
        (
            "language=xx",
            400,
            {
                "detail": '"xx" is not a valid choice.',
                "errors": [{"field": "language", "message": '"xx" is not a valid choice.', "line": None}],
            },
        ),
        (
            "language=zh&language=en",
            400,
            {
                "detail": "give this parameter once",
                "errors": [{"field": "language", "message": "give this parameter once", "line": None}],
            },
        ),
    ],
)
def test_detail_refuses_bad_languages(client, seed, query, status, body):
    response = client.get(f"/api/v1/resolutions/A/RES/59/190?{query}")

    assert (response.status_code, response.json()) == (status, body)


@pytest.mark.parametrize(
    ("path", "location"),
    [
        ("59/190", "/api/v1/resolutions/A/RES/59/190"),
        ("a/res/59/190", "/api/v1/resolutions/A/RES/59/190"),
        ("A/RES/59/190/", "/api/v1/resolutions/A/RES/59/190"),
        ("59/190.xml?language=zh", "/api/v1/resolutions/A/RES/59/190.xml?language=zh"),
        ("59/190/paragraphs/para_1", "/api/v1/resolutions/A/RES/59/190/paragraphs/para_1"),
        ("217%20A%20(III)/cited-by/", "/api/v1/resolutions/A/RES/217(III)/cited-by/"),
    ],
)
def test_other_spellings_redirect_to_the_canonical_url(client, seed, path, location):
    response = client.get(f"/api/v1/resolutions/{path}")

    assert (response.status_code, response["Location"]) == (301, location)


@pytest.mark.parametrize(
    ("path", "detail"),
    [
        ("A/RES/59/191", "A/RES/59/191 is not in the archive"),
        ("not-a-symbol", "'not-a-symbol' is not a General Assembly resolution symbol"),
        ("A/RES/59/191/paragraphs/", "A/RES/59/191 is not in the archive"),
        ("A/RES/59/190/paragraphs/para_99", "A/RES/59/190 has no paragraph 'para_99'"),
    ],
)
def test_unknown_resolutions_are_404(client, seed, path, detail):
    response = client.get(f"/api/v1/resolutions/{path}")

    assert (response.status_code, response.json()) == (404, {"detail": detail})


def test_unknown_api_paths_are_json_404(client, db):
    response = client.get("/api/v2/anything")

    assert (response.status_code, response.json()) == (
        404,
        {"detail": "no such API endpoint: see /api/schema/ or /api/docs/"},
    )


def test_conditional_get(client, seed):
    first = client.get("/api/v1/resolutions/A/RES/59/190")
    seed.refresh_from_db()
    assert first["Last-Modified"] == http_date(seed.content_changed_at.timestamp())
    assert first["ETag"].startswith('"') and len(first["ETag"]) == 42
    assert (first["Cache-Control"], first["Vary"]) == (
        "public, no-cache",
        "Accept, Accept-Language, Cookie, origin, Accept-Encoding",
    )

    again = client.get("/api/v1/resolutions/A/RES/59/190", HTTP_IF_NONE_MATCH=first["ETag"])
    assert (again.status_code, again.content, again["ETag"]) == (304, b"", first["ETag"])
    assert (again["Cache-Control"], again["Vary"]) == (first["Cache-Control"], first["Vary"])

    stale = client.get("/api/v1/resolutions/A/RES/59/190", HTTP_IF_NONE_MATCH='"0"')
    assert stale.status_code == 200

    # Seconds cannot tell two edits apart: only the ETag is trusted for a 304.
    since = client.get("/api/v1/resolutions/A/RES/59/190", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 200


def test_last_modified_follows_the_resolutions_it_cites(client, ingest_text, ingest_sample):
    citing = ingest_text(CITING).text.resolution
    before = client.get("/api/v1/resolutions/A/RES/80/99")

    ingest_sample("A_RES_80_1.txt")  # turns `resolved` on in A/RES/80/99
    after = client.get("/api/v1/resolutions/A/RES/80/99", HTTP_IF_NONE_MATCH=before["ETag"])

    citing.refresh_from_db()
    assert after.status_code == 200
    assert after["Last-Modified"] == http_date(citing.content_changed_at.timestamp())
    assert after["ETag"] != before["ETag"]
    assert after.json()["texts"] != before.json()["texts"]


def test_each_format_has_its_own_etag(client, seed):
    etags = {
        client.get(f"/api/v1/resolutions/A/RES/59/190{suffix}")["ETag"] for suffix in ("", ".txt", ".xml")
    }

    assert len(etags) == 3


def test_plain_text(client, seed):
    by_suffix = client.get("/api/v1/resolutions/A/RES/59/190.txt")

    assert by_suffix["Content-Type"] == "text/plain; charset=utf-8"
    text = by_suffix.content.decode()
    assert text.startswith(
        "A/RES/59/190\n\n促进国际合作并重视非选择性、公正性和客观性以加强联合国在人权领域的行动\n\n大会，\n\n"
    )
    assert (
        "    考虑到这种国际合作应以国际法，特别是《联合国宪章》、《世界人权宣言》、[1]国际人权盟约[2]和"
        in text
    )
    assert text.endswith(
        "[1] 第 217 A（III）号决议。\n[2] 第 2200 A（XXI）号决议，附件。\n"
        "[3] A/CONF.157/24（Part I）和 Corr.1，第三章。\n[4] A/59/327。\n"
    )


def test_akoma_ntoso_by_suffix(client, seed):
    by_suffix = client.get("/api/v1/resolutions/A/RES/59/190.xml")

    assert by_suffix.status_code == 200
    assert by_suffix["Content-Type"] == "application/akn+xml"
    assert by_suffix.content.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<akomaNtoso")


@pytest.mark.parametrize("accept", ["text/plain", "application/akn+xml"])
def test_the_json_operation_answers_json_only(client, seed, accept):
    """Each format is an operation of one media type, as the schema says (the suffixes give the others)."""
    response = client.get("/api/v1/resolutions/A/RES/59/190", HTTP_ACCEPT=accept)

    assert (response.status_code, response.json()) == (
        406,
        {"detail": "Could not satisfy the request Accept header."},
    )


def test_errors_are_json_whatever_the_format(client, seed):
    response = client.get("/api/v1/resolutions/A/RES/59/190.xml?language=en")

    assert response["Content-Type"] == "application/json"
    assert (response.status_code, response.json()) == (
        404,
        {"detail": "A/RES/59/190 has no text in language 'en'"},
    )


def test_formats_other_than_json_exist_only_for_a_resolution(client, seed):
    response = client.get("/api/v1/resolutions/", HTTP_ACCEPT="application/akn+xml")

    assert (response.status_code, response.json()) == (
        406,
        {"detail": "Could not satisfy the request Accept header."},
    )


def test_list_newest_session_first(client, seed, citing):
    response = client.get("/api/v1/resolutions/")

    assert response.status_code == 200
    assert response.json() == {
        "count": 3,
        "next": None,
        "previous": None,
        "results": [
            {
                "symbol": "A/RES/80/1",
                "session": {"kind": "regular", "number": 80, "url": f"{BASE}/sessions/regular/80/"},
                "number": 1,
                "parts": "",
                "adopted_on": "2025-09-19",
                "meeting": 3,
                "vote": {"kind": "unknown", "yes": None, "no": None, "abstentions": None, "non_voting": None},
                "languages": ["en"],
                "titles": {"en": "Participation by the State of Palestine during the eightieth session"},
                "catalogue_title": "",
                "subjects": [],
                "url": f"{BASE}/resolutions/A/RES/80/1",
                "page_url": "http://testserver"
                + Resolution.objects.get(symbol="A/RES/80/1").get_absolute_url(),
            },
            {
                "symbol": "A/RES/80/99",
                "session": {"kind": "regular", "number": 80, "url": f"{BASE}/sessions/regular/80/"},
                "number": 99,
                "parts": "",
                "adopted_on": "2025-09-19",
                "meeting": 3,
                "vote": {"kind": "unknown", "yes": None, "no": None, "abstentions": None, "non_voting": None},
                "languages": ["en"],
                "titles": {"en": "Test of citation linking"},
                "catalogue_title": "",
                "subjects": [],
                "url": f"{BASE}/resolutions/A/RES/80/99",
                "page_url": "http://testserver" + citing.get_absolute_url(),
            },
            {
                "symbol": "A/RES/59/190",
                "session": {"kind": "regular", "number": 59, "url": f"{BASE}/sessions/regular/59/"},
                "number": 190,
                "parts": "",
                "adopted_on": "2004-12-20",
                "meeting": 74,
                "vote": {"kind": "unknown", "yes": None, "no": None, "abstentions": None, "non_voting": None},
                "languages": ["zh"],
                "titles": {"zh": "促进国际合作并重视非选择性、公正性和客观性以加强联合国在人权领域的行动"},
                "catalogue_title": "",
                "subjects": [],
                "url": f"{BASE}/resolutions/A/RES/59/190",
                "page_url": "http://testserver" + seed.get_absolute_url(),
            },
        ],
    }


def test_pagination(client, seed, citing):
    first = client.get("/api/v1/resolutions/?page_size=2").json()
    second = client.get(first["next"]).json()

    assert (first["count"], first["previous"], first["next"]) == (
        3,
        None,
        f"{BASE}/resolutions/?page=2&page_size=2",
    )
    assert [r["symbol"] for r in first["results"] + second["results"]] == [
        "A/RES/80/1",
        "A/RES/80/99",
        "A/RES/59/190",
    ]
    assert (second["previous"], second["next"]) == (f"{BASE}/resolutions/?page_size=2", None)


@pytest.mark.parametrize(
    ("query", "status", "detail"),
    [
        ("page=9", 404, {"detail": "Invalid page."}),
        (
            "page_size=0",
            400,
            {
                "detail": "must be a whole number from 1 to 500",
                "errors": [
                    {"field": "page_size", "message": "must be a whole number from 1 to 500", "line": None}
                ],
            },
        ),
        (
            "page_size=501",
            400,
            {
                "detail": "must be a whole number from 1 to 500",
                "errors": [
                    {"field": "page_size", "message": "must be a whole number from 1 to 500", "line": None}
                ],
            },
        ),
    ],
)
def test_bad_pages(client, seed, query, status, detail):
    response = client.get(f"/api/v1/resolutions/?{query}")

    assert (response.status_code, response.json()) == (status, detail)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("session=59", ["A/RES/59/190"]),
        ("session=80", ["A/RES/80/1", "A/RES/80/99"]),
        ("session=ES-10", []),
        ("session_kind=regular", ["A/RES/80/1", "A/RES/80/99", "A/RES/59/190"]),
        ("session_kind=special", []),
        ("adopted_from=2005-01-01", ["A/RES/80/1", "A/RES/80/99"]),
        ("adopted_to=2004-12-20", ["A/RES/59/190"]),
        ("adopted_from=2004-12-20&adopted_to=2004-12-20", ["A/RES/59/190"]),
        ("language=zh", ["A/RES/59/190"]),
        ("language=en", ["A/RES/80/1", "A/RES/80/99"]),
        ("language=fr", []),
        ("has_vote=true", ["A/RES/80/1"]),
        ("has_vote=false", ["A/RES/80/99", "A/RES/59/190"]),
        ("cites=A/RES/80/1", ["A/RES/80/99"]),
        ("cites=80/1", ["A/RES/80/99"]),
        ("cites=58/199", ["A/RES/80/99"]),
        ("cites=not a symbol", []),
        ("cited_by=A/RES/80/99", ["A/RES/80/1"]),
        ("cited_by=A/RES/80/1", []),
        ("ordering=-adopted_on,symbol", ["A/RES/80/1", "A/RES/80/99", "A/RES/59/190"]),
        ("ordering=-number", ["A/RES/59/190", "A/RES/80/99", "A/RES/80/1"]),
        ("session=80&ordering=-symbol", ["A/RES/80/99", "A/RES/80/1"]),
    ],
)
def test_filters(client, seed, citing, query, expected):
    Resolution.objects.filter(symbol="A/RES/80/1").update(
        vote=Resolution.Vote.RECORDED, votes_yes=100, votes_no=2, votes_abstain=3
    )

    response = client.get(f"/api/v1/resolutions/?{query}")

    assert (response.status_code, symbols(response)) == (200, expected)


@pytest.mark.parametrize(
    ("query", "count", "last"),
    [
        ("language=en", 2, 1),
        ("language=en&page_size=1", 2, 2),
        ("language=en&ordering=-number&page_size=1&page=2", 2, 2),
        ("language=zh", 1, 1),
        ("language=fr", 0, 1),
        ("language=en&session=", 2, 1),
        ("language=en&session=59", 0, 1),
        ("language=zh&has_vote=false", 1, 1),
    ],
)
def test_the_count_of_a_list_filtered_by_language(client, seed, citing, query, count, last):
    response = client.get(f"/api/v1/resolutions/?{query}")

    last_link = re.search(r'<([^>]*)>; rel="last"', response.headers["Link"])[1]
    last_page = parse_qs(urlsplit(last_link).query).get("page", ["1"])
    assert (response.json()["count"], last_page) == (count, [str(last)])


def test_a_list_filtered_by_language_alone_counts_its_texts(client, seed, citing):
    with CaptureQueriesContext(connection) as queries:
        client.get("/api/v1/resolutions/?language=en&ordering=symbol")
        client.get("/api/v1/resolutions/?language=en&has_vote=false")

    counts = [query["sql"] for query in queries if query["sql"].startswith("SELECT COUNT(*)")]
    assert [sql.split(" WHERE ")[0] for sql in counts] == [
        'SELECT COUNT(*) AS "__count" FROM "archive_resolutiontext"',
        'SELECT COUNT(*) AS "__count" FROM "archive_resolution" INNER JOIN "archive_resolutiontext" ON '
        '("archive_resolution"."id" = "archive_resolutiontext"."resolution_id")',
    ]


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        ("session=59th", "session", "'59th' is not a session: write 59, S-27 or ES-10"),
        ("session=%25d", "session", "'%d' is not a session: write 59, S-27 or ES-10"),  # a "%" given
        (
            "session_kind=plenary",
            "session_kind",
            "Select a valid choice. plenary is not one of the available choices.",
        ),
        ("adopted_from=20-12-2004", "adopted_from", "Enter a valid date."),
        ("adopted_to=2004-13-01", "adopted_to", "Enter a valid date."),
        ("language=xx", "language", "Select a valid choice. xx is not one of the available choices."),
        ("has_vote=yes", "has_vote", "must be true or false"),
        ("ordering=title", "ordering", "Select a valid choice. title is not one of the available choices."),
    ],
)
def test_bad_filters_are_400_naming_the_field(client, seed, query, field, message):
    response = client.get(f"/api/v1/resolutions/?{query}")

    assert (response.status_code, response.json()) == (
        400,
        {"detail": message, "errors": [{"field": field, "message": message, "line": None}]},
    )


def test_queries_per_request_do_not_grow_with_the_data(
    client, seed, ingest_sample, django_assert_num_queries
):
    with django_assert_num_queries(9):
        client.get("/api/v1/resolutions/A/RES/59/190")
    with django_assert_num_queries(3):  # the count, the page's ids and versions, its rows with their titles
        client.get("/api/v1/resolutions/")
    for name in ("A_RES_80_3.txt", "A_RES_80_1.txt", "A_RES_80_2.txt"):
        ingest_sample(name)
    with django_assert_num_queries(9):
        client.get("/api/v1/resolutions/A/RES/80/3")  # an annex, footnotes, many citations
    with django_assert_num_queries(9):
        client.get("/api/v1/resolutions/A/RES/80/3.xml")
    with django_assert_num_queries(9):
        client.get("/api/v1/resolutions/A/RES/80/3.txt")
    with django_assert_num_queries(3):  # filtered: the same three
        client.get("/api/v1/resolutions/?language=en&cites=54/237&has_vote=false")


def test_browsable_api(client, seed):
    for path in ("/api/v1/", "/api/v1/resolutions/", "/api/v1/resolutions/A/RES/59/190"):
        page = client.get(path, HTTP_ACCEPT="text/html")
        assert (page.status_code, page["Content-Type"]) == (200, "text/html; charset=utf-8"), path
        assert b"Django REST framework" in page.content


def test_the_catalogue_record_in_the_detail_the_list_and_csv(client, seed, django_assert_num_queries):
    Resolution.objects.filter(pk=seed.pk).touch(
        catalogue_title="Enhancement of international cooperation in the field of human rights",
        agenda_titles={"105 (b)": "Human rights questions"},
        report_symbols=["A/59/503/Add.2"],
        subjects=["HUMAN RIGHTS", "INTERNATIONAL COOPERATION"],
        source=Resolution.Source.HARVESTED,
        undl_record=537947,
    )
    for language, size in (("zh", None), ("en", 81234)):
        OfficialFile.objects.create(
            resolution=seed,
            language=language,
            url=f"https://digitallibrary.un.org/record/537947/files/A_RES_59_190-{language.upper()}.pdf",
            size=size,
        )

    with django_assert_num_queries(9):
        detail = client.get("/api/v1/resolutions/A/RES/59/190").json()
    assert detail["catalogue"] == {
        "title": "Enhancement of international cooperation in the field of human rights",
        "agenda_titles": {"105 (b)": "Human rights questions"},
        "report_symbols": ["A/59/503/Add.2"],
        "subjects": ["HUMAN RIGHTS", "INTERNATIONAL COOPERATION"],
        "source": "harvested",
        "undl_record": 537947,
        "official_files": [
            {
                "language": "en",
                "url": "https://digitallibrary.un.org/record/537947/files/A_RES_59_190-EN.pdf",
                "size": 81234,
            },
            {
                "language": "zh",
                "url": "https://digitallibrary.un.org/record/537947/files/A_RES_59_190-ZH.pdf",
                "size": None,
            },
        ],
    }
    assert list(detail)[-2:] == ["akn_url", "texts"]
    assert export("A/RES/59/190")["catalogue"] == detail["catalogue"]  # `manage.py export`, the dumps too
    [listed] = client.get("/api/v1/resolutions/").json()["results"]
    assert (listed["catalogue_title"], listed["subjects"]) == (
        "Enhancement of international cooperation in the field of human rights",
        ["HUMAN RIGHTS", "INTERNATIONAL COOPERATION"],
    )
    rows = list(csv.DictReader(StringIO(client.get("/api/v1/resolutions/?format=csv").content.decode())))
    assert [row["catalogue_title"] for row in rows] == [
        "Enhancement of international cooperation in the field of human rights"
    ]


def test_the_catalogue_record_is_typed_in_the_schema(client, db):
    schema = yaml.safe_load(client.get("/api/schema/").content)["components"]["schemas"]
    catalogue = schema["Catalogue"]["properties"]
    assert {name: (field.get("type"), field.get("readOnly")) for name, field in catalogue.items()} == {
        "title": ("string", None),
        "agenda_titles": ("object", None),
        "report_symbols": ("array", None),
        "subjects": ("array", None),
        "source": (None, None),
        "undl_record": ("integer", None),
        "official_files": ("array", None),
    }
    assert catalogue["official_files"]["items"] == {"$ref": "#/components/schemas/OfficialFile"}
    assert schema["Resolution"]["properties"]["catalogue"] == {
        "allOf": [{"$ref": "#/components/schemas/Catalogue"}],
        "readOnly": True,
        "description": "The catalogue record (stored resolutions)",
    }
    assert "catalogue" not in schema["ResolutionRequest"]["properties"]
    summary = schema["ResolutionSummary"]["properties"]
    assert (summary["catalogue_title"]["type"], summary["subjects"]["items"]) == (
        "string",
        {"type": "string", "maxLength": 200},
    )
