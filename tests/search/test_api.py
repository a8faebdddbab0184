"""GET /api/v1/search/: the page's search as JSON."""

import pytest
from rest_framework.test import APIClient

from archive.search.service import search


@pytest.fixture
def api():
    return APIClient()


def test_results_facets_and_links(api, corpus):
    response = api.get("/api/v1/search/", {"q": '"human rights defenders"'})
    assert response.status_code == 200
    assert response.json() == {
        "count": 1,
        "next": None,
        "previous": None,
        "languages_searched": ["en", "fr", "es"],
        "facets": {
            "sessions": [{"value": "80", "label": "80th session", "count": 1}],
            "languages": [{"value": "en", "label": "English", "count": 1}],
        },
        "results": [
            {
                "symbol": "A/RES/80/98",
                "title": "Human rights defenders",
                "adopted_on": "2025-12-15",
                "score": pytest.approx(1.0, abs=1e-4),
                "hit_count": 2,
                "url": "http://testserver/api/v1/resolutions/A/RES/80/98",
                "hits": [
                    {
                        "language": "en",
                        "part": "title",
                        "eid": "",
                        "snippet": "<mark>Human</mark> <mark>rights</mark> <mark>defenders</mark>",
                        "rank": pytest.approx(1.0, abs=1e-4),
                        "page_url": "http://testserver/en/A/RES/80/98",
                    },
                    {
                        "language": "en",
                        "part": "operative",
                        "eid": "para_1",
                        "snippet": "Calls upon all States to protect <mark>human</mark> <mark>rights</mark> "
                        "<mark>defenders</mark>",
                        "rank": pytest.approx(0.2683, abs=1e-4),
                        "page_url": "http://testserver/en/A/RES/80/98#para_1",
                    },
                ],
            }
        ],
    }


def test_pages_link_to_each_other(api, corpus):
    first = api.get("/api/v1/search/", {"q": "resolution", "part": "footnote", "page": 1}).json()
    assert (first["count"], len(first["results"])) == (15, 15)
    assert first["next"] is None
    page = api.get("/api/v1/search/", {"q": "resolution", "page": 2}).json()
    assert page["previous"] == "http://testserver/api/v1/search/?q=resolution&page=1"
    # No title has the word, equal scores: latest adopted first, then by symbol.
    assert [r["symbol"] for r in page["results"]] == [
        "A/RES/80/5",
        "A/RES/80/4",
        "A/RES/80/2",
        "A/RES/80/3",
        "A/RES/80/1",
    ]
    assert api.get("/api/v1/search/", {"q": "resolution", "page": 3}).status_code == 404


def test_the_same_filters_as_the_page(api, corpus):
    body = api.get("/api/v1/search/", {"q": "1993", "language": "zh", "session": "59"}).json()
    assert [r["symbol"] for r in body["results"]] == ["A/RES/59/190"]
    assert body["languages_searched"] == ["zh"]


def test_a_symbol_redirects_to_the_resolution(api, db):
    response = api.get("/api/v1/search/", {"q": "59/190"})
    assert (response.status_code, response["Location"]) == (302, "/api/v1/resolutions/A/RES/59/190")


def test_bad_parameters_are_a_400(api, db):
    response = api.get("/api/v1/search/", {"q": "x", "language": "de", "adopted_from": "yesterday"})
    assert response.status_code == 400
    assert [error["field"] for error in response.json()["errors"]] == ["language", "adopted_from"]


def test_the_api_costs_eight_queries(api, corpus, django_assert_num_queries):
    # The archive's version (the ETag), then the search's seven (and here the savepoint and its release, in
    # the test's transaction).
    with django_assert_num_queries(1 + 7 + 2):
        assert api.get("/api/v1/search/", {"q": "resolution OR Palestine"}).status_code == 200


def test_page_size_as_in_the_other_lists(api, corpus):
    body = api.get("/api/v1/search/", {"q": "resolution", "page_size": 3, "page": 2}).json()
    assert [r["symbol"] for r in body["results"]] == [
        group.symbol for group in search("resolution", page=2, per_page=3).groups
    ]
    assert body["next"] == "http://testserver/api/v1/search/?q=resolution&page_size=3&page=3"
    assert api.get("/api/v1/search/", {"q": "x", "page_size": 501}).status_code == 400


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "   "}, {"q": "-"}, {"q": '""'}])
def test_a_query_with_nothing_to_look_for_finds_nothing(api, corpus, params):
    response = api.get("/api/v1/search/", params)
    assert response.status_code == 200
    body = response.json()
    assert (body["count"], body["results"], body["next"]) == (0, [], None)
