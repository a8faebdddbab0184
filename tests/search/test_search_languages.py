"""Each language on the shared archive: stemming in English, French, Spanish, Russian and Arabic; any
substring of two or more characters in Chinese; the language from the query's script or as given."""

import pytest

from archive.models import Footnote, Paragraph, ResolutionText
from archive.search.query import SearchFilters
from archive.search.service import search
from archive.services.ingestion import ingest
from tests.conftest import TEXTS

from .search_helpers import found


def test_english_stems_a_search_for_resolution_finds_resolutions(corpus):
    singular, plural = search("resolution"), search("resolutions")
    assert singular.total == plural.total == 25
    assert found(singular) == found(plural)
    # Equal ranks: document order.
    assert found(search("defender")) == [("A/RES/80/98", ["en:title", "en:preamble__para_2", "en:para_1"])]


def test_french(corpus):
    assert found(search("défenseur")) == [("A/RES/80/99", ["fr:title", "fr:preamble__para_1", "fr:para_1"])]
    assert found(search("résolution")) == [("A/RES/80/99", ["fr:preamble__para_1"])]  # "résolutions"
    assert found(search("famille")) == [("A/RES/80/99", ["fr:para_1"])]  # "familles"


def test_spanish(corpus):
    assert found(search("defensor")) == [("A/RES/80/99", ["es:title", "es:preamble__para_1", "es:para_1"])]
    assert found(search("resolución")) == [("A/RES/80/99", ["es:preamble__para_1"])]  # "resoluciones"
    assert found(search("familia")) == [("A/RES/80/99", ["es:para_1"])]  # "familias"


def test_russian(corpus):
    assert found(search("резолюция")) == [("A/RES/80/99", ["ru:preamble__para_1"])]  # "резолюции"
    assert found(search("правозащитник")) == [
        ("A/RES/80/99", ["ru:title", "ru:preamble__para_1", "ru:para_1"])
    ]
    assert found(search("семья")) == [("A/RES/80/99", ["ru:para_1"])]  # "семей"


def test_arabic(corpus):
    expected = [("A/RES/80/99", ["ar:title", "ar:preamble__para_1", "ar:para_1"])]
    assert found(search("حقوق الإنسان")) == expected
    assert found(search("الإنسان")) == [
        ("A/RES/80/99", ["ar:title", "ar:preamble__para_1", "ar:preamble__para_2"])
    ]


@pytest.mark.parametrize(
    ("text", "hit_count", "best"),
    [
        ("人权", 17, ["zh:title", "zh:preamble__para_3", "zh:preamble__para_4"]),
        ("国际合作", 11, ["zh:title", "zh:preamble__para_3", "zh:preamble__para_1"]),
        ("非选择性", 5, ["zh:title", "zh:preamble__para_6", "zh:para_5"]),
    ],
)
def test_chinese_finds_the_examples_of_the_issue(corpus, text, hit_count, best):
    [group] = search(text).groups
    assert (group.symbol, group.hit_count, [f"{h.language}:{h.eid or 'title'}" for h in group.hits]) == (
        "A/RES/59/190",
        hit_count,
        best,
    )


@pytest.mark.parametrize(
    "text", ["人权", "国际合作", "非选择性", "际合", "合作促", "权领域", "联合国宪章", "作国", "1993"]
)
def test_chinese_finds_exactly_the_units_containing_the_substring(corpus, text):
    """The bigram phrase matches a title, paragraph or footnote if and only if it contains the string."""
    texts = ResolutionText.objects.filter(language="zh")
    containing = (
        [("title", t.id) for t in texts if text in t.title]
        + [("paragraph", p.id) for p in Paragraph.objects.filter(text__in=texts) if text in p.body]
        + [("footnote", f.id) for f in Footnote.objects.filter(text__in=texts) if text in f.body]
    )
    results = search(text, SearchFilters(language="zh"))
    assert results.total == (1 if containing else 0)
    assert sum(group.hit_count for group in results.groups) == len(containing)


def test_a_query_without_letters_is_searched_in_every_language(corpus):
    results = search("1993")
    assert [(f.value, f.count) for f in results.languages] == [("en", 10), ("zh", 1)]
    assert found(results)[:1] + found(results)[-1:] == [
        ("A/RES/80/12", ["en:preamble__para_2"]),
        ("A/RES/59/190", ["zh:preamble__para_6"]),
    ]


def test_a_language_given_overrides_the_script(corpus):
    assert found(search("défenseurs", SearchFilters(language="es"))) == []
    assert found(search("défenseurs", SearchFilters(language="fr")))[0][0] == "A/RES/80/99"


def test_digits_of_every_script_are_found_by_either(corpus):
    """A text keeps the digits it prints ("٢٠٠٤", "２０２５") and is found by them or by ASCII digits; a
    Chinese snippet marks the printed ones."""
    ingest(data=(TEXTS / "A_RES_79_153.ar.txt").read_bytes(), filename="A_RES_79_153.txt")
    chinese = (
        "80/97. 标题\n\n大会，\n\n回顾其２０２５年的决议，\n\n1. 决定继续审议。\n\n"
        "2025年12月1日\n第50次全体会议\n"
    )
    ingest(data=chinese.encode(), filename="A_RES_80_97-ZH.txt")

    arabic = [("A/RES/79/153", ["ar:preamble__para_1"])]
    assert found(search("2004", SearchFilters(language="ar"))) == arabic
    assert found(search("٢٠٠٤")) == arabic
    for query in ("２０２５年", "2025年"):
        [group] = search(query, SearchFilters(language="zh")).groups
        assert [(hit.eid, str(hit.snippet)) for hit in group.hits] == [
            ("preamble__para_1", "回顾其<mark>２０２５年</mark>的决议，")
        ]
