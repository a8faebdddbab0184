"""Hostile strings in every filter and search parameter, and in the path: a 4xx or an empty result, never
a 500. SQL fragments, very long input, NUL bytes and invalid UTF-8 (percent-encoded in the URL)."""

from urllib.parse import quote_from_bytes

import pytest
from django.contrib import admin
from django.urls import reverse
from rest_framework.test import APIClient

from archive.search.form import SearchForm
from archive.services.ingestion import ingest

from .conftest import SAMPLES

# Raw bytes, percent-encoded as they are: invalid UTF-8 reaches the server as such.
HOSTILE = [
    b"' OR '1'='1",
    b"1; DROP TABLE archive_resolution; --",
    b'" UNION SELECT username, password FROM auth_user --',
    b"%' AND pg_sleep(10) IS NULL AND '%'='",
    b"x" * 10_000,
    b"\x00",
    b"80/1\x00' OR 1=1",
    b"\xff\xfe\xc3\x28",
    b"<script>alert(1)</script>",
    b"../../../../etc/passwd",
]
PATH_VALUES = {
    "symbol": "A/RES/80/1",
    "eid": "para_1",
    "kind": "regular",
    "number": "80",
    "code": "USA",
    "other": "CUB",
    "scope": "80",
}
BASE_QUERIES = {"/api/v1/search/": {"q": "assembly"}}


@pytest.fixture(scope="module")
def two_texts(module_transaction):
    """80/1 in English and 59/190 in Chinese, ingested once for the module's tests."""
    for name in ("en/A_RES_80_1.txt", "zh/A_RES_59_190.txt"):
        path = SAMPLES / name
        ingest(data=path.read_bytes(), filename=path.name)


@pytest.fixture
def archive(two_texts, db):
    """The two texts, in the test's transaction."""


def encoded(value: bytes) -> str:
    return quote_from_bytes(value, safe="")


def api_schema_paths() -> dict[str, list[str]]:
    """Each GET path of the API (path parameters filled in) -> its query parameters, from its schema."""
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    return {
        template.format(**PATH_VALUES): [
            p["name"] for p in operations["get"].get("parameters", []) if p["in"] == "query"
        ]
        for template, operations in sorted(schema["paths"].items())
        if "get" in operations
    }


API_PATHS = api_schema_paths()


def verdict(response) -> str | None:
    """What is wrong with the answer to a hostile request, if anything: a 5xx, or a result."""
    if response.status_code >= 500:
        return f"status {response.status_code}"
    if response.status_code == 200 and response.headers["Content-Type"] == "application/json":
        body = response.json()
        if isinstance(body, dict) and body.get("results"):
            return f"{len(body['results'])} results"
    return None


def hostile_requests(client, requests):
    """Send each (path, base query, parameter) with each hostile value; what went wrong, per request."""
    wrong = []
    for path, base, name in requests:
        for value in HOSTILE:
            query = "&".join(
                [*(f"{k}={encoded(v.encode())}" for k, v in base.items()), f"{name}={encoded(value)}"]
            )
            response = client.get(f"{path}?{query}")
            if problem := verdict(response):
                wrong.append(f"{path}?{name}={value[:40]!r}: {problem}")
    return wrong


@pytest.mark.parametrize("path", API_PATHS)
def test_api_parameters(archive, path):
    base = BASE_QUERIES.get(path, {})
    requests = [(path, {k: v for k, v in base.items() if k != name}, name) for name in API_PATHS[path]]
    assert hostile_requests(APIClient(), requests) == []


def test_search_page_parameters(archive, client, settings):
    settings.SEARCH_RATE = "10000/minute"  # every hostile request reaches the search, none is a 429
    requests = [
        ("/search", {"q": "assembly"} if name != "q" else {}, name) for name in SearchForm.base_fields
    ]
    assert hostile_requests(client, requests) == []


@pytest.mark.parametrize("model", admin.site._registry, ids=lambda model: model._meta.label)
def test_admin_list_parameters(archive, client, django_user_model, model):
    client.force_login(django_user_model.objects.create_superuser("root", password="a-long-password"))
    changelist = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    assert hostile_requests(client, [(changelist, {}, name) for name in ("q", "o", "p")]) == []


PAGE_PATHS = [
    "/{}",
    "/zh/{}",
    "/sessions/{}",
    "/changes/{}",
    "/changes/A/RES/{}",
    "/changes/A/RES/{}/versions/1",
    "/compare/{}/with/A/RES/80/1",
    "/parallel/en/zh/{}",
    "/api/v1/resolutions/{}",
    "/api/v1/resolutions/{}/paragraphs/",
    "/api/v1/resolutions/A/RES/80/1/paragraphs/{}",
    "/api/v1/sessions/regular/{}/",
    "/admin/archive/resolution/{}/change/",
]


@pytest.mark.parametrize("template", PAGE_PATHS)
def test_hostile_paths(archive, client, django_user_model, template):
    client.force_login(django_user_model.objects.create_superuser("root", password="a-long-password"))
    wrong = []
    for value in HOSTILE:
        response = client.get(template.format(encoded(value)))
        if problem := verdict(response):
            wrong.append(f"{template.format(value[:40])!r}: {problem}")
    assert wrong == []


def test_a_change_log_path_that_is_no_symbol_is_a_404(archive, client):
    response = client.get("/changes/A/RES/%00")
    assert response.status_code == 404
    assert [t.name for t in response.templates][0] == "pages/symbol_unreadable.html"


def test_a_change_log_is_found_under_another_spelling_of_its_symbol(archive, client):
    response = client.get("/changes/A/RES/80/1/")
    assert (response.status_code, response["Location"]) == (301, "/changes/A/RES/80/1")
    assert client.get("/changes/A/RES/80/1").status_code == 200
    assert client.get("/changes/A/RES/80/3").status_code == 404
