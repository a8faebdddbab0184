"""Filters: session, session kind, adoption dates, language, part of the text, cited resolution. The facets
of a dimension ignore that dimension's own filter, so that another value can be chosen."""

import datetime

from archive.search.query import SearchFilters
from archive.search.service import search

from .search_helpers import found


def facets(results):
    return [(f.value, f.count) for f in results.sessions], [(f.value, f.count) for f in results.languages]


def test_session(corpus):
    results = search("1993", SearchFilters(session=("regular", 59)))
    assert found(results) == [("A/RES/59/190", ["zh:preamble__para_6"])]
    assert results.total == 1
    assert facets(results) == ([("80", 10), ("59", 1)], [("zh", 1)])


def test_session_kind(corpus):
    assert search("1993", SearchFilters(session_kind="special")).total == 0
    assert search("1993", SearchFilters(session_kind="regular")).total == 11


def test_adoption_dates(corpus):
    before_2005 = search("1993", SearchFilters(adopted_to=datetime.date(2005, 1, 1)))
    assert [group.symbol for group in before_2005.groups] == ["A/RES/59/190"]
    in_december = SearchFilters(
        adopted_from=datetime.date(2025, 12, 2), adopted_to=datetime.date(2025, 12, 31)
    )
    assert [group.symbol for group in search("human rights", in_december).groups] == ["A/RES/80/98"]


def test_language(corpus):
    results = search("1993", SearchFilters(language="zh"))
    assert found(results) == [("A/RES/59/190", ["zh:preamble__para_6"])]
    assert facets(results) == ([("59", 1)], [("en", 10), ("zh", 1)])


def test_part(corpus):
    assert found(search("Palestine", SearchFilters(part="title"))) == [("A/RES/80/1", ["en:title"])]
    footnotes = search("resolution", SearchFilters(part="footnote"))
    assert [group.symbol for group in footnotes.groups] == [  # no title has the word: latest first
        "A/RES/80/14",
        "A/RES/80/17",
        "A/RES/80/18",
        "A/RES/80/19",
        "A/RES/80/20",
        "A/RES/80/23",
        "A/RES/80/24",
        "A/RES/80/25",
        "A/RES/80/26",
        "A/RES/80/27",
        "A/RES/80/30",
        "A/RES/80/11",
        "A/RES/80/5",
        "A/RES/80/3",
        "A/RES/80/1",
    ]
    assert {hit.part for group in footnotes.groups for hit in group.hits} == {"footnote"}
    operative = search("defenders", SearchFilters(part="operative"))
    assert found(operative) == [("A/RES/80/98", ["en:para_1"])]


def test_cites_a_resolution_in_the_archive_or_not(corpus):
    not_held = search("human rights", SearchFilters(cites="A/RES/217(III)"))
    assert [group.symbol for group in not_held.groups] == ["A/RES/80/98"]
    assert [group.symbol for group in search("人权", SearchFilters(cites="A/RES/217(III)")).groups] == [
        "A/RES/59/190"
    ]
    held = search("human rights", SearchFilters(cites="A/RES/59/190"))
    assert [group.symbol for group in held.groups] == ["A/RES/80/98"]
    assert search("human rights", SearchFilters(cites="A/RES/1/1")).total == 0
