"""What every client relies on: unique orders and Link headers when paging, query parameters checked,
redirects to the slashed URL, Content-Language, ETag/304 on every GET of the schema, CORS for
conditional requests, RateLimit headers, gzip, and a request line the server accepts."""

import gzip
import json
import runpy
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest
import yaml
from api_helpers import BASE
from django.core.cache import cache
from django.db import transaction
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from api.filters import ResolutionFilter
from archive.models import Resolution, Session
from archive.search.form import SearchForm
from tests.factories import ResolutionFactory, SessionFactory


@pytest.fixture
def ties(db):
    """Seven resolutions full of ties: four adopted the same day, added out of their symbols' order."""
    regular = SessionFactory(number=80)
    for number, day in [(9, 1), (5, 1), (7, 1), (6, 1), (2, 2), (3, 3)]:
        ResolutionFactory(session=regular, number=number, adopted_on=f"2025-10-{day:02}")
    ResolutionFactory(session=SessionFactory(kind=Session.Kind.SPECIAL, number=27), number=1)
    return set(Resolution.objects.values_list("symbol", flat=True))


def walk(client, url: str) -> list[str]:
    """The symbols of every page, following `next` (checked against the Link header) to the end."""
    symbols = []
    while url:
        response = client.get(url)
        assert response.status_code == 200, response.content
        page = response.json()
        links = dict(
            (rel.split('"')[1], target.strip(" <>"))
            for target, rel in (link.split(";") for link in response["Link"].split(", "))
        )
        assert (links.get("next"), links.get("prev")) == (page["next"], page["previous"])
        symbols += [item["symbol"] for item in page["results"]]
        url = page["next"]
    return symbols


FIELDS = ["adopted_on", "symbol", "number", "created_at"]  # the `ordering` fields the list allows
# Any ordering the list accepts: none (the default order), or one to four distinct fields, each either way.
orderings = (
    st.lists(st.sampled_from(FIELDS), unique=True, max_size=len(FIELDS))
    .flatmap(lambda fields: st.tuples(*(st.sampled_from([field, f"-{field}"]) for field in fields)))
    .map(",".join)
)
# Resolutions full of ties: numbers shared by the two sessions, three days of adoption, added in any order.
archives = st.lists(
    st.tuples(st.booleans(), st.integers(1, 12), st.integers(1, 3)),
    min_size=1,
    max_size=9,
    unique_by=lambda resolution: resolution[:2],  # one number per session
)


@given(ordering=orderings)
@hypothesis_settings(derandomize=True, max_examples=60)
def test_every_ordering_ends_on_the_primary_key(ordering):
    """What makes the paging above exact at any size: on the test's few rows PostgreSQL returns ties in one
    order anyway, so the order itself must be unique, the primary key last."""
    queryset = ResolutionFilter(
        {"ordering": ordering} if ordering else {}, queryset=Resolution.objects.all()
    ).qs
    last = queryset.query.order_by[-1] if queryset.query.order_by else Resolution._meta.ordering[-1]
    assert last in ("pk", "id"), (ordering, queryset.query.order_by)


@hypothesis_settings(
    max_examples=60,
    deadline=None,
    derandomize=True,  # the same examples in every run (CI); drop it locally to explore
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(archive=archives, ordering=orderings, page_size=st.integers(1, 10))
def test_paging_yields_each_resolution_once_in_every_order(client, db, archive, ordering, page_size):
    cache.clear()  # ETags and the throttle's counts of the last example
    with transaction.atomic():  # each example's archive is rolled back after it
        sessions = [SessionFactory(number=80), SessionFactory(kind=Session.Kind.SPECIAL, number=27)]
        for special, number, day in archive:
            ResolutionFactory(session=sessions[special], number=number, adopted_on=f"2025-10-{day:02}")
        query = {"ordering": ordering} if ordering else {}

        symbols = walk(client, f"/api/v1/resolutions/?{urlencode(query | {'page_size': page_size})}")

        whole = client.get(f"/api/v1/resolutions/?{urlencode(query | {'page_size': 500})}").json()
        assert symbols == [resolution["symbol"] for resolution in whole["results"]]  # the order unpaged
        assert sorted(symbols) == sorted(Resolution.objects.values_list("symbol", flat=True))  # each once
        transaction.set_rollback(True)


@pytest.mark.parametrize(
    ("ordering", "expected"),
    [
        ("-adopted_on,symbol", ["S-27/1", "80/3", "80/2", "80/5", "80/6", "80/7", "80/9"]),
        ("-adopted_on", ["S-27/1", "80/3", "80/2", "80/9", "80/5", "80/7", "80/6"]),  # ties: as added
        ("number,-adopted_on", ["S-27/1", "80/2", "80/3", "80/5", "80/6", "80/7", "80/9"]),
    ],
)
def test_the_order_given_is_kept_and_ties_follow_addition(client, ties, ordering, expected):
    response = client.get(f"/api/v1/resolutions/?ordering={ordering}")

    assert [r["symbol"] for r in response.json()["results"]] == [f"A/RES/{s}" for s in expected]


def test_link_header_names_first_previous_next_and_last(client, ties):
    response = client.get("/api/v1/resolutions/?page_size=2&page=2&ordering=symbol")

    url = f"{BASE}/resolutions/?ordering=symbol"
    assert response["Link"] == ", ".join(
        [
            f'<{url}&page_size=2>; rel="first"',
            f'<{url}&page_size=2>; rel="prev"',
            f'<{url}&page=3&page_size=2>; rel="next"',
            f'<{url}&page=4&page_size=2>; rel="last"',
        ]
    )
    assert response.json()["count"] == 7


def test_every_list_pages_with_a_link_header(client, seed):
    for path in ("/api/v1/sessions/", "/api/v1/citations/", "/api/v1/documents/"):
        response = client.get(path)
        assert (
            response["Link"]
            == f'<http://testserver{path}>; rel="first", <http://testserver{path}>; rel="last"'
        )


@pytest.mark.parametrize(
    ("path", "errors"),
    [
        (
            "/api/v1/resolutions/?sesion=59",
            {
                "sesion": "unknown parameter: this operation takes adopted_from, adopted_to, cited_by, "
                "cites, format, has_vote, language, ordering, page, page_size, session, session_kind, "
                "updated_since"
            },
        ),
        (
            "/api/v1/resolutions/A/RES/59/190?page=2",
            {"page": "unknown parameter: this operation takes format, language"},
        ),
        ("/api/v1/sessions/?kind=regular&kind=special", {"kind": "give this parameter once"}),
        (
            "/api/v1/search/?q=water&lang=en",
            {
                "lang": "unknown parameter: this operation takes adopted_from, adopted_to, cites, format, "
                "language, page, page_size, part, q, resolution, session, session_kind"
            },
        ),
        ("/api/v1/resolutions/?adopted_to=2004-31-12", {"adopted_to": "Enter a valid date."}),
    ],
)
def test_bad_query_parameters_are_400_naming_them(client, seed, path, errors):
    response = client.get(path)

    assert (response.status_code, response.json()) == (
        400,
        {
            "detail": next(iter(errors.values())),
            "errors": [
                {"field": field, "message": message, "line": None} for field, message in errors.items()
            ],
        },
    )


def test_a_path_without_its_slash_redirects_to_it(client, seed):
    response = client.get("/api/v1/sessions/regular/59?format=json")

    assert (response.status_code, response["Location"]) == (301, "/api/v1/sessions/regular/59/?format=json")
    assert client.get("/api/v1/sessions/regular/1").status_code == 301  # then 404, as the slashed path
    assert client.get("/api/v1/nowhere").status_code == 404


def test_content_language_names_the_languages_shown(client, seed):
    answers = {
        path: client.get(f"/api/v1/resolutions/A/RES/59/190{path}", HTTP_ACCEPT_LANGUAGE="fr")
        for path in ("", ".txt", ".xml", "?language=zh", "/paragraphs/", "/paragraphs/preamble__para_1")
    }

    assert {path: r["Content-Language"] for path, r in answers.items()} == dict.fromkeys(answers, "zh")


def test_search_of_a_symbol_redirects_and_hits_are_typed(client, seed):
    found = client.get("/api/v1/search/?q=A/RES/59/190")
    assert (found.status_code, found["Location"]) == (302, "/api/v1/resolutions/A/RES/59/190")

    response = client.get("/api/v1/search/?q=人权领域&language=zh")
    body = response.json()
    assert (body["count"], body["languages_searched"]) == (1, ["zh"])
    assert body["facets"] == {
        "sessions": [{"value": "59", "label": body["facets"]["sessions"][0]["label"], "count": 1}],
        "languages": [{"value": "zh", "label": body["facets"]["languages"][0]["label"], "count": 1}],
    }
    assert (
        client.get("/api/v1/search/?q=人权领域&language=zh", HTTP_IF_NONE_MATCH=response["ETag"]).status_code
        == 304
    )


def operations(schema) -> list[str]:
    return [path for path, methods in schema["paths"].items() if "get" in methods]


def test_every_get_of_the_schema_answers_304_to_its_etag(client, seed, citing, django_assert_max_num_queries):
    schema = yaml.safe_load(client.get("/api/schema/").content)
    eid = client.get("/api/v1/resolutions/A/RES/59/190/paragraphs/").json()[0]["eid"]
    values = {
        "{symbol}": "A/RES/59/190",
        "{eid}": eid,
        "{kind}": "regular",
        "{number}": "59",
        "{code}": "USA",
        "{other}": "CUB",
    }
    queries = {"/api/v1/search/": "?q=%E4%BA%BA%E6%9D%83%E9%A2%86%E5%9F%9F"}
    promised = []
    for path in operations(schema):
        assert "304" in schema["paths"][path]["get"]["responses"], path
        if path.startswith("/api/v1/dumps/"):
            continue  # files of a built dump: tests/api/test_dumps.py
        url = path
        for name, value in values.items():
            url = url.replace(name, value)
        url += queries.get(path, "")
        first = client.get(url)
        assert first.status_code == 200, (url, first.content)
        with django_assert_max_num_queries(2):  # the version (a list's: its count and page of versions)
            again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
        assert (again.status_code, again["ETag"]) == (304, first["ETag"]), url
        promised.append(path)
    assert len(promised) >= 15


def test_reads_need_no_credentials_in_the_schema(client, db):
    schema = yaml.safe_load(client.get("/api/schema/").content)

    security = {
        (method, path): operation.get("security")
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
    }
    writes = [{"tokenAuth": []}, {"cookieAuth": []}]
    assert {key: value for key, value in security.items() if value} == {
        ("post", "/api/v1/resolutions/"): writes,
        ("put", "/api/v1/resolutions/{symbol}"): writes,
    }


def test_cors_allows_conditional_requests_and_exposes_the_protocols_headers(client, seed):
    preflight = client.options(
        "/api/v1/resolutions/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    response = client.get("/api/v1/resolutions/", HTTP_ORIGIN="https://example.org")

    assert "if-none-match" in preflight["Access-Control-Allow-Headers"].split(", ")
    assert "if-match" in preflight["Access-Control-Allow-Headers"].split(", ")
    assert response["Access-Control-Expose-Headers"] == (
        "ETag, Last-Modified, Link, Location, Content-Language, Retry-After, RateLimit, RateLimit-Policy"
    )


def test_anonymous_answers_carry_ratelimit_headers(client, staff, seed, settings):
    settings.API_ANON_RATE = "3/minute"
    cache.clear()

    answers = [client.get("/api/v1/sessions/") for _ in range(4)]

    assert [(r.status_code, r["RateLimit"]) for r in answers] == [
        (200, '"anonymous";r=2;t=60'),
        (200, '"anonymous";r=1;t=60'),
        (200, '"anonymous";r=0;t=60'),
        (429, '"anonymous";r=0;t=60'),
    ]
    assert {r["RateLimit-Policy"] for r in answers} == {'"anonymous";q=3;w=60'}
    settings.API_USER_RATE = "10/minute"
    assert staff.get("/api/v1/sessions/")["RateLimit"] == '"user";r=9;t=60'  # users: per account
    cache.clear()
    for path in ("/api/v1/", "/api/v1/search/?q=water"):
        assert client.get(path)["RateLimit-Policy"] == '"anonymous";q=3;w=60', path


def test_the_apis_data_is_gzipped_and_pages_are_not(client, seed):
    plain = client.get("/api/v1/resolutions/A/RES/59/190/paragraphs/")
    zipped = client.get("/api/v1/resolutions/A/RES/59/190/paragraphs/", HTTP_ACCEPT_ENCODING="gzip")
    akn = client.get("/api/v1/resolutions/A/RES/59/190.xml", HTTP_ACCEPT_ENCODING="gzip")
    page = client.get(Resolution.objects.get().get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip")

    assert (zipped["Content-Encoding"], zipped["ETag"]) == ("gzip", f"W/{plain['ETag']}")
    assert json.loads(gzip.decompress(zipped.content)) == plain.json()
    # Compressed once, under its ETag: Django pads each compression with random bytes (against BREACH).
    cached = client.get("/api/v1/resolutions/A/RES/59/190/paragraphs/", HTTP_ACCEPT_ENCODING="gzip")
    assert (cached.content, cached["ETag"], cached["Content-Length"]) == (
        zipped.content,
        zipped["ETag"],
        str(len(zipped.content)),
    )
    assert akn["Content-Encoding"] == "gzip"
    assert page.status_code == 200 and not page.has_header("Content-Encoding")
    again = client.get(
        "/api/v1/resolutions/A/RES/59/190/paragraphs/",
        HTTP_ACCEPT_ENCODING="gzip",
        HTTP_IF_NONE_MATCH=zipped["ETag"],
    )
    assert again.status_code == 304


def test_gunicorn_takes_the_longest_documented_query():
    config = runpy.run_path(str(Path(__file__).resolve().parents[2] / "docker" / "gunicorn.conf.py"))
    widest = "\U00020000"  # a CJK character outside the BMP: 4 bytes in UTF-8, 12 percent-encoded
    longest = {
        name: widest * (getattr(field, "max_length", None) or 0) or "9" * 12
        for name, field in SearchForm().fields.items()
    }
    line = f"GET /api/v1/search/?{'&'.join(f'{k}={quote(v)}' for k, v in longest.items())} HTTP/1.1"

    assert len(line.encode()) <= config["limit_request_line"] == 8190
    assert len(quote(widest * 500)) == 6000
