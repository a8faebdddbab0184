"""Phrases, OR, exclusions and symbols, and the ranking: resolutions by the rank of their titles, then the
latest first; hits by rank. A text matches as a whole: its words may be in different paragraphs, a phrase
is within one unit, an excluded word anywhere in it excludes it."""

import pytest

from archive.search.service import search

from .search_helpers import found


def test_a_quoted_phrase_needs_its_words_in_that_order(corpus):
    phrase = search('"human rights defenders"')
    assert found(phrase) == [("A/RES/80/98", ["en:title", "en:para_1"])]
    assert phrase.groups[0].hit_count == 2
    words = search("human rights defenders")
    # Units with any of the words; equal ranks: document order.
    assert found(words) == [("A/RES/80/98", ["en:title", "en:preamble__para_2", "en:para_1"])]
    assert words.groups[0].hit_count == 4
    reversed_phrase = search('"rights human"')
    assert found(reversed_phrase) == []
    # With a phrase, the total (and the facets) count the texts with its words anywhere: an upper bound.
    assert (reversed_phrase.total, [(f.value, f.count) for f in reversed_phrase.languages]) == (
        3,
        [("en", 3)],
    )


def test_the_words_of_a_text_may_be_in_different_units(corpus):
    """80/1 has "Palestine" in its title and sub-paragraphs, "visas" in its second preambular paragraph."""
    assert found(search("Palestine visas")) == [
        ("A/RES/80/1", ["en:title", "en:preamble__para_2", "en:para_1__subpara_b"])
    ]


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
    # An excluded word anywhere in a text excludes it: 80/1 has "visas" in a preambular paragraph.
    assert found(search("Palestine -visas")) == []
    assert [symbol for symbol, _ in found(search("human rights"))] == [
        "A/RES/80/98",
        "A/RES/80/11",
        "A/RES/80/5",
    ]
    assert found(search("human rights -defenders")) == [
        ("A/RES/80/11", ["en:preamble__para_3", "en:preamble__para_8", "en:para_7"]),
        ("A/RES/80/5", ["en:annex_1__para_11", "en:annex_1__para_39", "en:annex_1__para_16"]),
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


def test_resolutions_come_by_the_rank_of_their_titles_then_latest_first(corpus):
    results = search("human rights")
    assert [(g.symbol, round(g.score, 4), str(g.adopted_on)) for g in results.groups] == [
        ("A/RES/80/98", 0.991, "2025-12-15"),  # "human rights" in the title
        ("A/RES/80/11", 0.0, "2025-11-26"),
        ("A/RES/80/5", 0.0, "2025-11-04"),
    ]
    # No title has "1993": latest first, then by symbol (59/190 has it in a Chinese paragraph only).
    assert [g.symbol for g in search("1993").groups] == [
        "A/RES/80/12",
        "A/RES/80/17",
        "A/RES/80/18",
        "A/RES/80/19",
        "A/RES/80/20",
        "A/RES/80/24",
        "A/RES/80/27",
        "A/RES/80/28",
        "A/RES/80/29",
        "A/RES/80/4",
        "A/RES/59/190",
    ]


def test_a_title_counts_ten_times_a_paragraph(corpus):
    [group] = search("Palestine").groups
    assert [(h.part, round(h.rank, 4)) for h in group.hits] == [
        ("title", 0.6079),
        ("subparagraph", 0.076),
        ("subparagraph", 0.076),
    ]
