"""The page /search: the same search as the API, rendered; a symbol goes to its resolution."""

import re

import pytest
from lxml import html


def page(client, params, status=200):
    response = client.get("/search", params)
    assert response.status_code == status
    return response.content.decode()


def test_results_grouped_by_resolution_with_snippets_linking_to_the_paragraphs(client, corpus):
    content = page(client, {"q": '"human rights defenders"'})
    assert (
        '1 resolution matches <strong class="search-query">&quot;human rights defenders&quot;</strong>.'
    ) in content
    assert (  # the title in the language of the text found (its first hit's)
        '<h2><a href="/en/A/RES/80/98">A/RES/80/98</a> '
        '<span lang="en" dir="ltr">Human rights defenders</span></h2>'
    ) in content
    assert re.findall(r'<li><a href="([^"]+)" class="search-part">([^<]+)</a>', content) == [
        ("/en/A/RES/80/98", "Title"),
        ("/en/A/RES/80/98#para_1", "Operative paragraph 1"),
    ]
    assert '<span class="search-snippet" lang="en" dir="ltr">' in content
    assert "search-all-hits" not in content
    assert "protect <mark>human</mark> <mark>rights</mark> <mark>defenders</mark>" in content


def test_facets_are_a_bar_chart_of_links_narrowing_the_search(client, corpus):
    content = page(client, {"q": "1993"})
    assert re.findall(
        r'<li><a href="([^"]+)"><span>([^<]+)</span><span class="bar (bar-\d+)"></span>', content
    ) == [
        ("?q=1993&amp;session=80&amp;page=1", "80th session", "bar-20"),
        ("?q=1993&amp;session=59&amp;page=1", "59th session", "bar-2"),
        ("?q=1993&amp;lang=en&amp;page=1", "English", "bar-20"),
        ("?q=1993&amp;lang=zh&amp;page=1", "Chinese", "bar-2"),
    ]
    in_french = client.get("/fr/search", {"q": "1993"}).content.decode()
    assert re.findall(r'<a href="[^"]+"><span>([^<]+)</span><span class="bar', in_french) == [
        "80e session",
        "59e session",
        "anglais",
        "chinois",
    ]
    narrowed = page(client, {"q": "1993", "session": "59"})
    assert "1 resolution matches" in narrowed
    assert '<a href="?q=1993&amp;session=59&amp;page=1" aria-current="true">' in narrowed


def test_pages_of_results(client, corpus):
    content = page(client, {"q": "resolution", "page": 2})
    assert '25 resolutions match <strong class="search-query">resolution</strong>.' in content
    assert '<a rel="prev" href="?q=resolution&amp;page=1">Previous page</a>' in content
    assert "<span>Page 2 of 2</span>" in content
    assert 'rel="next"' not in content
    page(client, {"q": "resolution", "page": 3}, status=404)


def test_every_hit_of_a_resolution_is_reachable(client, corpus):
    content = page(client, {"q": "human rights"})
    assert (
        '<p class="search-all-hits"><a href="?q=human+rights&amp;resolution=A%2FRES%2F80%2F5&amp;page=1">'
        "All 28 hits in A/RES/80/5</a></p>"
    ) in content
    content = page(client, {"q": "human rights", "resolution": "A/RES/80/5"})
    assert "1 resolution matches" in content
    labels = re.findall(r'<li><a href="/en/A/RES/80/5#[^"]+" class="search-part">([^<]+)</a>', content)
    assert len(labels) == 28 == len(set(labels))
    assert "search-all-hits" not in content


@pytest.mark.parametrize(
    ("query", "location"), [("59/190", "/A/RES/59/190"), ("217 A (III)", "/A/RES/217(III)")]
)
def test_a_symbol_goes_straight_to_the_resolution(client, db, query, location):
    response = client.get("/search", {"q": query})
    assert (response.status_code, response["Location"]) == (302, location)


def test_a_bad_filter_is_a_400_with_the_form(client, db):
    content = page(client, {"q": "x", "session": "A/59", "cites": "nothing"}, status=400)
    assert "&#x27;A/59&#x27; is not a session: write 59, S-27 or ES-10" in content
    assert "&#x27;nothing&#x27; is not a General Assembly resolution symbol" in content


# A session and a cited symbol the search cannot read, and why, in the reader's language (/fr/search…).
BAD_FILTERS = {
    "ar": [
        "'A/59' ليست دورة: اكتب 59 أو S-27 أو ES-10",
        "'217 (XL)' ليس رمز قرار من قرارات الجمعية العامة: لم تكن هناك دورة عادية 'XL' في الترقيم القديم",
    ],
    "zh": [
        "'A/59'不是届会：请写 59、S-27 或 ES-10",
        "'217 (XL)'不是大会决议的文号：旧编号时期没有第'XL'届常会",
    ],
    "en": [
        "'A/59' is not a session: write 59, S-27 or ES-10",
        "'217 (XL)' is not a General Assembly resolution "
        "symbol: there was no regular session 'XL' in the old era",
    ],
    "fr": [
        "'A/59' n’est pas une session\u00a0: écrivez 59, S-27 ou ES-10",
        "'217 (XL)' n’est pas une cote de "
        "résolution de l’Assemblée générale\u00a0: il n’y a pas eu de session ordinaire 'XL' dans l’ancienne "
        "numérotation",
    ],
    "ru": [
        "'A/59' не является сессией: напишите 59, S-27 или ES-10",
        "'217 (XL)' не является условным "
        "обозначением резолюции Генеральной Ассамблеи: очередной сессии 'XL' в старой нумерации не было",
    ],
    "es": [
        "'A/59' no es un período de sesiones: escriba 59, S-27 o ES-10",
        "'217 (XL)' no es una signatura de resolución de la Asamblea General: "
        "no hubo ningún período ordinario de sesiones 'XL' en la numeración antigua",
    ],
}


@pytest.mark.parametrize("language", BAD_FILTERS)
def test_a_filter_that_cannot_be_read_is_explained_in_the_readers_language(client, db, language):
    response = client.get(f"/{language}/search", {"q": "x", "session": "A/59", "cites": "217 (XL)"})
    assert response.status_code == 400
    errors = html.fromstring(response.content.decode()).xpath("//strong[@class='error']")
    assert [error.text_content() for error in errors] == BAD_FILTERS[language]


def test_an_empty_search_shows_the_form(client, db):
    content = page(client, {})
    assert 'name="q"' in content and "resolutions match" not in content


def test_the_page_costs_seven_queries(client, corpus, django_assert_num_queries):
    with django_assert_num_queries(7 + 2):  # and the savepoint and its release in the test's transaction
        page(client, {"q": "resolution OR Palestine"})


def test_searches_are_limited_per_client_address(client, corpus, settings):
    settings.SEARCH_RATE = "3/minute"
    statuses = [
        client.get("/search", {"q": "assembly"}, REMOTE_ADDR="203.0.113.7").status_code for _ in range(4)
    ]
    assert statuses == [200, 200, 200, 429]
    refused = client.get("/search", {"q": "other"}, REMOTE_ADDR="203.0.113.7")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60
    assert "<h1>Too many requests</h1>" in refused.content.decode()
    assert client.get("/search", {"q": "assembly"}, REMOTE_ADDR="203.0.113.8").status_code == 200
