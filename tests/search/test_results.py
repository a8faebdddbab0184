"""What a search returns: snippets as safe HTML, facets, pages, and a fixed number of queries."""

import pytest

from archive.models import Paragraph, ResolutionText
from archive.search.query import SearchFilters
from archive.search.service import PageNotFound, search

from .search_helpers import found


def test_snippets_mark_the_matches_and_escape_the_text(corpus):
    [group] = search("R&D").groups
    assert [str(hit.snippet) for hit in group.hits] == [
        "Noting the statement &quot; alert(&#x27;x&#x27;)  &amp; <mark>R</mark>&amp;<mark>D</mark>&quot; "
        "quoted in the report"
    ]


def test_a_source_text_cannot_inject_markup_or_forge_marks(corpus):
    text = ResolutionText.objects.get(resolution__symbol="A/RES/80/98")
    Paragraph.objects.create(
        text=text,
        kind="operative",
        eid="para_9",
        position=99,
        number="9",
        body='Notes <mark onclick="x()">forged</mark> \x02marks\x03 & <img src=x onerror=alert(1)> sinecures',
    )
    ResolutionText.objects.filter(pk=text.pk).update_search_vectors()
    [group] = search("sinecures").groups
    snippet = str(group.hits[0].snippet)
    assert "<img" not in snippet and "onclick" not in snippet and "\x02" not in snippet
    assert snippet.endswith("<mark>sinecures</mark>")
    assert snippet.count("<mark>") == 1


def test_chinese_snippets_are_marked_in_python_and_escaped(corpus):
    text = ResolutionText.objects.get(language="zh")
    Paragraph.objects.create(
        text=text,
        kind="operative",
        eid="para_99",
        position=999,
        number="99",
        body="<script>x</script>重申人权理事会的作用",
    )
    ResolutionText.objects.filter(pk=text.pk).update_search_vectors()
    [group] = search('"人权理事会"').groups
    assert [str(hit.snippet) for hit in group.hits] == [
        "&lt;script&gt;x&lt;/script&gt;重申<mark>人权理事会</mark>的作用"
    ]


def test_long_chinese_snippets_are_cut_around_the_first_match(corpus):
    [group] = search("非选择性").groups
    assert [str(hit.snippet) for hit in group.hits][1] == (
        "…通过的《维也纳宣言和行动纲领》所申明的确保人权问题的审议工作具有普遍性、客观性和<mark>非选择性</mark>，"
    )


def test_facets_count_resolutions_per_session_and_language(corpus):
    results = search("rights")
    assert [(f.value, f.label, f.count) for f in results.sessions] == [("80", "80th session", 5)]
    assert [(f.value, f.label, f.count) for f in results.languages] == [("en", "English", 5)]
    results = search("1993")
    assert [(f.value, f.count) for f in results.sessions] == [("80", 10), ("59", 1)]
    assert [(f.value, f.label, f.count) for f in results.languages] == [
        ("en", "English", 10),
        ("zh", "Chinese", 1),
    ]


def test_pages(corpus):
    first, last = search("resolution", per_page=10), search("resolution", page=3, per_page=10)
    assert (first.total, first.pages, len(first.groups), last.page, len(last.groups)) == (25, 3, 10, 3, 5)
    everything = search("resolution", per_page=25)
    assert found(first) + found(search("resolution", page=2, per_page=10)) + found(last) == found(everything)
    for page in (0, 4):
        with pytest.raises(PageNotFound):
            search("resolution", page=page, per_page=10)


def test_nothing_found_is_one_page_of_nothing(corpus):
    results = search("zzyzx")
    assert (results.total, results.pages, results.groups, results.sessions) == (0, 1, [], [])


def test_seven_queries_whatever_the_number_of_hits(corpus, django_assert_num_queries):
    """The time budget set, the facets by session, by language, the page, its texts found (with a phrase:
    checked), their hits, the hits' snippets. (Two more here: the savepoint and its release in the test's
    transaction.)"""
    with django_assert_num_queries(2 + 7):
        search("Palestine")
    with django_assert_num_queries(2 + 7):
        search("resolution OR Palestine -visas")
    with django_assert_num_queries(2 + 7):
        search('"human rights" OR 国际合作')
    with django_assert_num_queries(2 + 7):
        search("resolution", SearchFilters(part="footnote", session=("regular", 80), language="en"))
