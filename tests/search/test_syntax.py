"""Phrases, OR, exclusions and symbols, and the ranking: resolutions by their best hit, hits by rank."""

import pytest

from archive.search.service import search

from .search_helpers import found


def test_a_quoted_phrase_needs_its_words_in_that_order(corpus):
    phrase = search('"human rights defenders"')
    assert found(phrase) == [("A/RES/80/98", ["en:title", "en:para_1"])]
    assert phrase.groups[0].hit_count == 2
    words = search("human rights defenders")
    assert found(words) == [("A/RES/80/98", ["en:title", "en:para_1", "en:preamble__para_2"])]
    assert found(search('"rights human"')) == []


def test_or(corpus):
    assert found(search("peacebuilding OR Palestine")) == [
        ("A/RES/80/11", ["en:title", "en:preamble__para_15", "en:para_25"]),
        ("A/RES/80/1", ["en:title", "en:para_1__subpara_b", "en:para_1__subpara_c"]),
    ]
    assert found(search("Palestine OR visas")) == [
        ("A/RES/80/1", ["en:title", "en:preamble__para_2", "en:para_1__subpara_b"])
    ]


def test_a_minus_excludes(corpus):
    assert [symbol for symbol, _ in found(search("peacebuilding"))] == ["A/RES/80/11"]
    assert found(search("peacebuilding -Palestine"))[0][0] == "A/RES/80/11"
    assert found(search("Palestine -visas")) == [
        ("A/RES/80/1", ["en:title", "en:para_1__subpara_b", "en:para_1__subpara_c"])
    ]
    assert found(search("human rights -defenders")) == [
        ("A/RES/80/5", ["en:annex_1__para_16", "en:annex_1__para_31", "en:annex_1__para_11"]),
        ("A/RES/80/98", ["en:preamble__para_1"]),
        ("A/RES/80/11", ["en:preamble__para_3", "en:preamble__para_8", "en:para_7"]),
    ]


@pytest.mark.parametrize(
    ("text", "symbol"),
    [("59/190", "A/RES/59/190"), ("217 A (III)", "A/RES/217(III)"), (" a/res/80/1 ", "A/RES/80/1")],
)
def test_a_symbol_goes_straight_to_the_resolution_without_a_query(
    db, django_assert_num_queries, text, symbol
):
    with django_assert_num_queries(0):
        results = search(text)
    assert results.symbol == symbol


def test_resolutions_come_by_their_best_hit_then_latest_first(corpus):
    results = search("1993")
    assert [(g.symbol, round(g.score, 4)) for g in results.groups[:4]] == [
        ("A/RES/59/190", 0.2683),
        ("A/RES/80/12", 0.0608),
        ("A/RES/80/17", 0.0608),
        ("A/RES/80/18", 0.0608),
    ]


def test_a_title_counts_ten_times_a_paragraph(corpus):
    [group] = search("Palestine").groups
    assert [(h.part, round(h.rank, 4)) for h in group.hits] == [
        ("title", 0.6079),
        ("subparagraph", 0.076),
        ("subparagraph", 0.076),
    ]
