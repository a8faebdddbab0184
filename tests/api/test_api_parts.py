"""Paragraphs and footnotes by eId, citations both ways, cited documents, sessions."""

import pytest
from api_helpers import BASE
from django.utils.http import http_date

from tests.conftest import TEXTS

R = f"{BASE}/resolutions/A/RES/59/190"


def page(resolution) -> str:
    return "http://testserver" + resolution.get_absolute_url()


def test_paragraph_by_eid(client, seed):
    response = client.get("/api/v1/resolutions/A/RES/59/190/paragraphs/preamble__para_3")

    assert response.status_code == 200
    assert response.json() == {
        "eid": "preamble__para_3",
        "kind": "preambular",
        "number": None,
        "parent": None,
        "texts": {
            "zh": {
                "text": "考虑到这种国际合作应以国际法，特别是《联合国宪章》、《世界人权宣言》、"
                "国际人权盟约和其他相关文书所载的原则为基础，",
                "footnote_refs": [{"mark": "1", "offset": 35}, {"mark": "2", "offset": 41}],
            }
        },
        "url": f"{R}/paragraphs/preamble__para_3",
        "page_url": page(seed) + "#preamble__para_3",
    }
    seed.refresh_from_db()
    assert response["Last-Modified"] == http_date(seed.content_changed_at.timestamp())
    again = client.get(response.request["PATH_INFO"], HTTP_IF_NONE_MATCH=response["ETag"])
    assert (again.status_code, again["Cache-Control"]) == (304, "public, no-cache")


def test_paragraphs_in_document_order_with_nesting(client, ingest_sample, django_assert_num_queries):
    resolution = ingest_sample("A_RES_80_11.txt").text.resolution
    with django_assert_num_queries(4):  # the version, the resolution, the paragraphs, their references
        response = client.get("/api/v1/resolutions/A/RES/80/11/paragraphs/")
    with django_assert_num_queries(1):  # the version
        assert (
            client.get(response.request["PATH_INFO"], HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
        )

    paragraphs = response.json()
    rows = resolution.texts.get().paragraphs.order_by("position")
    assert [p["eid"] for p in paragraphs] == [row.eid for row in rows]
    nested = [p for p in paragraphs if p["parent"]]
    assert nested and all(
        p["kind"] == "subparagraph" and p["eid"].startswith(p["parent"] + "__") for p in nested
    )
    assert [p["number"] for p in paragraphs if p["kind"] == "operative"][:3] == ["1", "2", "3"]


def test_footnotes(client, seed, django_assert_num_queries):
    with django_assert_num_queries(3):  # the version, then the answer's two queries
        response = client.get("/api/v1/resolutions/A/RES/59/190/footnotes/")
    with django_assert_num_queries(1):  # the version
        assert (
            client.get(
                "/api/v1/resolutions/A/RES/59/190/footnotes/", HTTP_IF_NONE_MATCH=response["ETag"]
            ).status_code
            == 304
        )

    assert response.json() == [
        {
            "eid": "fnt_1",
            "texts": {"zh": {"mark": "1", "text": "第 217 A（III）号决议。"}},
            "page_url": page(seed) + "#fnt_1",
        },
        {
            "eid": "fnt_2",
            "texts": {"zh": {"mark": "2", "text": "第 2200 A（XXI）号决议，附件。"}},
            "page_url": page(seed) + "#fnt_2",
        },
        {
            "eid": "fnt_3",
            "texts": {"zh": {"mark": "3", "text": "A/CONF.157/24（Part I）和 Corr.1，第三章。"}},
            "page_url": page(seed) + "#fnt_3",
        },
        {
            "eid": "fnt_4",
            "texts": {"zh": {"mark": "4", "text": "A/59/327。"}},
            "page_url": page(seed) + "#fnt_4",
        },
    ]


def citation(citing, **fields) -> dict:
    return {
        "resolution": "A/RES/80/99",
        "language": "en",
        "from_eid": "preamble__para_1",
        "pinpoint": None,
        "part": None,
        "resolution_url": f"{BASE}/resolutions/A/RES/80/99",
        "page_url": page(citing) + "#preamble__para_1",
        **fields,
    }


def test_outgoing_citations(client, citing, django_assert_num_queries):
    with django_assert_num_queries(3):  # the version, then the answer's two queries
        response = client.get("/api/v1/resolutions/A/RES/80/99/citations/")
    with django_assert_num_queries(1):  # the version
        assert (
            client.get(
                "/api/v1/resolutions/A/RES/80/99/citations/", HTTP_IF_NONE_MATCH=response["ETag"]
            ).status_code
            == 304
        )

    assert response.json() == [
        citation(
            citing,
            text="80/1",
            start=25,
            end=29,
            kind="resolution",
            target="A/RES/80/1",
            resolved=True,
            target_url=f"{BASE}/resolutions/A/RES/80/1",
        ),
        citation(
            citing,
            text="58/199",
            start=70,
            end=76,
            kind="resolution",
            target="A/RES/58/199",
            resolved=False,
            target_url=None,
        ),
    ]


def test_incoming_citations_of_a_resolution_in_the_archive(client, citing, django_assert_num_queries):
    with django_assert_num_queries(3):
        response = client.get("/api/v1/resolutions/A/RES/80/1/cited-by/")

    assert response.json() == {
        "count": 1,
        "next": None,
        "previous": None,
        "results": [
            citation(
                citing,
                text="80/1",
                start=25,
                end=29,
                kind="resolution",
                target="A/RES/80/1",
                resolved=True,
                target_url=f"{BASE}/resolutions/A/RES/80/1",
            )
        ],
    }


def test_incoming_citations_of_a_symbol_not_in_the_archive(client, citing):
    response = client.get("/api/v1/resolutions/A/RES/58/199/cited-by/")

    assert response.json()["results"] == [
        citation(
            citing,
            text="58/199",
            start=70,
            end=76,
            kind="resolution",
            target="A/RES/58/199",
            resolved=False,
            target_url=None,
        )
    ]
    assert client.get("/api/v1/resolutions/A/RES/60/1/cited-by/").json() == {
        "count": 0,
        "next": None,
        "previous": None,
        "results": [],
    }


@pytest.mark.parametrize(
    ("query", "targets"),
    [
        ("kind=document", ["A/CONF.157/24 (Part I)", "A/CONF.157/24 (Part I)/Corr.1", "A/59/327"]),
        ("kind=document&target=A/59/327", ["A/59/327"]),
        ("target=217 A (III)", ["A/RES/217(III)"]),
        ("kind=resolution&resolved=true", ["A/RES/80/1"]),
        ("kind=resolution&resolved=false&language=en", ["A/RES/169(II)", "A/RES/58/199"]),
        ("language=fr", []),
    ],
)
def test_citation_list_filters(client, seed, citing, query, targets):
    response = client.get(f"/api/v1/citations/?{query}")

    assert [c["target"] for c in response.json()["results"]] == targets


def test_cited_documents(client, seed, citing, django_assert_num_queries):
    with django_assert_num_queries(3):  # the version, then the answer's two queries
        response = client.get("/api/v1/documents/")
    with django_assert_num_queries(1):  # the version
        assert client.get("/api/v1/documents/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304

    assert response.json() == {
        "count": 3,
        "next": None,
        "previous": None,
        "results": [
            {
                "symbol": "A/59/327",
                "citations": 1,
                "resolutions": 1,
                "citations_url": f"{BASE}/citations/?kind=document&target=A%2F59%2F327",
            },
            {
                "symbol": "A/CONF.157/24 (Part I)",
                "citations": 1,
                "resolutions": 1,
                "citations_url": f"{BASE}/citations/?kind=document&target=A%2FCONF.157%2F24+%28Part+I%29",
            },
            {
                "symbol": "A/CONF.157/24 (Part I)/Corr.1",
                "citations": 1,
                "resolutions": 1,
                "citations_url": f"{BASE}/citations/?kind=document"
                "&target=A%2FCONF.157%2F24+%28Part+I%29%2FCorr.1",
            },
        ],
    }
    assert client.get("/api/v1/documents/?cited_by=80/99").json()["count"] == 0
    assert client.get("/api/v1/documents/?cited_by=59/190").json()["count"] == 3


def test_cited_documents_include_other_organs_resolutions_not_other_organisations_documents(
    client, seed, ingest_text
):
    ingest_text(TEXTS.joinpath("A_RES_80_97.en.txt").read_text(encoding="utf-8"), "A_RES_80_97.en.txt")
    response = client.get("/api/v1/documents/?cited_by=80/97")

    assert [(d["symbol"], d["citations_url"]) for d in response.json()["results"]] == [
        ("A/HRC/RES/59/190", f"{BASE}/citations/?kind=document&target=A%2FHRC%2FRES%2F59%2F190"),
        ("E/RES/1980/67", f"{BASE}/citations/?kind=document&target=E%2FRES%2F1980%2F67"),
        ("S/RES/2334 (2016)", f"{BASE}/citations/?kind=document&target=S%2FRES%2F2334+%282016%29"),
    ]
    assert [c.target for c in seed.incoming_citations.all()] == ["A/RES/59/190"]


def test_sessions(client, seed, citing, django_assert_num_queries):
    with django_assert_num_queries(3):  # the version (resolutions summed up), the count, the page
        response = client.get("/api/v1/sessions/")
    with django_assert_num_queries(1):
        not_modified = client.get("/api/v1/sessions/", HTTP_IF_NONE_MATCH=response["ETag"])
    assert (not_modified.status_code, not_modified["Cache-Control"]) == (304, "public, no-cache")

    sessions = response.json()["results"]
    assert [(s["kind"], s["number"], s["resolution_count"]) for s in sessions] == [
        ("regular", 80, 2),
        ("regular", 59, 1),
    ]
    assert client.get("/api/v1/sessions/?kind=special").json()["count"] == 0


def test_session_detail(client, seed):
    response = client.get("/api/v1/sessions/regular/59/")

    session = seed.session
    assert response.json() == {
        "kind": "regular",
        "number": 59,
        "label": "59th session",
        "symbol_prefix": "59",
        "start_year": 2004,
        "end_year": None,
        "resolution_count": 1,
        "url": f"{BASE}/sessions/regular/59/",
        "resolutions_url": f"{BASE}/resolutions/?session=59",
        "page_url": "http://testserver" + session.get_absolute_url(),
    }
    seed.refresh_from_db()
    assert response["Last-Modified"] == http_date(seed.content_changed_at.timestamp())
    assert client.get("/api/v1/sessions/regular/58/").status_code == 404
    assert client.get("/api/v1/sessions/plenary/59/").status_code == 404


def test_a_paragraph_in_one_language(client, seed):
    url = "/api/v1/resolutions/A/RES/59/190/paragraphs/preamble__para_1"
    chinese = client.get(f"{url}?language=zh")
    english = client.get(f"{url}?language=en")
    every = client.get("/api/v1/resolutions/A/RES/59/190/paragraphs/?language=zh")

    assert (chinese.status_code, list(chinese.json()["texts"]), chinese["Content-Language"]) == (
        200,
        ["zh"],
        "zh",
    )
    assert (english.status_code, english.json()) == (
        404,
        {"detail": "A/RES/59/190 has no paragraph 'preamble__para_1' in language 'en'"},
    )
    assert {language for item in every.json() for language in item["texts"]} == {"zh"}
    assert client.get(f"{url}?language=xx").status_code == 400


def test_the_json_suffix_is_the_json_operation(client, seed):
    assert client.get("/api/v1/resolutions/A/RES/59/190.json").json() == (
        client.get("/api/v1/resolutions/A/RES/59/190").json()
    )
