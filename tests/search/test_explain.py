"""The texts' GIN index serves the search: each query a search runs is explained, and the facets and the
ranked page must find their texts through the index `text_search` with every language's condition as an
index condition (no text's vector read again to filter them), the hits read the units of the page's texts
by their text, the snippets by primary key, and no query scans a whole table of text.

The planner is shown the tables at full scale, and the texts' other indexes with the language,
sequential scans and plain index scans are put aside in the test's transaction: on the test archive's
few pages, the planner would rightly read a language's texts (or all texts in order) and check their
vectors one by one, which it does not do on the archive at scale (`manage.py bench`). What is tested is
that every kind of query can be answered by the index, whole.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.search.query import SearchFilters
from archive.search.service import search

TEXT_TABLES = ("archive_paragraph", "archive_footnote", "archive_resolutiontext")


# The archive at full scale (issue 7's benchmark: 1.5 million paragraphs), and the tables joined to its
# texts, whose statistics autovacuum may otherwise have taken from the tests before.
FULL_SCALE = {
    "archive_resolutiontext": 30_000,
    "archive_paragraph": 1_500_000,
    "archive_footnote": 150_000,
    "archive_resolution": 20_000,
    "archive_session": 120,
    "archive_citation": 1_500_000,
}


@pytest.fixture(autouse=True)
def full_scale_statistics(corpus):
    """The planner sees the tables' statistics at full scale (rows, pages, six languages), in this test's
    transaction only. Without them it would rightly read the test archive's 36 texts in a sequential
    scan, as it would not read 30,000 texts' vectors at full scale."""
    with connection.cursor() as cursor:
        for table, rows in FULL_SCALE.items():
            cursor.execute(f"ANALYZE {table}")  # the same statistics whether autovacuum ran or not
            cursor.execute(
                "SELECT pg_restore_relation_stats('schemaname', 'public', 'relname', %s::text, 'relpages', "
                "greatest(1, pg_relation_size(%s::regclass) / 8192)::integer, 'reltuples', %s::real)",
                [table, table, rows],
            )
        cursor.execute(  # six languages, as many texts in each, whatever ANALYZE saw in the tests
            "SELECT pg_restore_attribute_stats('schemaname', 'public', 'relname', 'archive_resolutiontext', "
            "'attname', 'language', 'inherited', false, 'null_frac', 0::real, 'avg_width', 3, "
            "'n_distinct', 6::real, 'most_common_vals', '{ar,en,es,fr,ru,zh}'::text, "
            "'most_common_freqs', '{0.1666,0.1666,0.1666,0.1666,0.1666,0.1666}'::real[])"
        )
        # No statistics of the vectors' words, as ANALYZE has none for vectors over 1 kB (most texts at
        # full scale): a word's texts are estimated at PostgreSQL's default share, whatever the tests before
        # left in the tables.
        cursor.execute(
            "SELECT pg_clear_attribute_stats('public', 'archive_resolutiontext', 'search_vector', false)"
        )
        # The texts' other indexes with the language (rolled back with the test): on the test archive's
        # few pages the planner may read a language's texts through them and check each vector.
        cursor.execute("DROP INDEX text_language_resolution")
        cursor.execute("ALTER TABLE archive_resolutiontext DROP CONSTRAINT text_resolution_language_unique")
        cursor.execute("SET LOCAL enable_seqscan = off")  # and reading a whole index in order
        cursor.execute("SET LOCAL enable_indexscan = off")


# The search's transaction (a savepoint in the test's) and its time budget: nothing to explain.
BUDGET = ("SAVEPOINT ", "RELEASE SAVEPOINT ", "SELECT set_config('statement_timeout'")


def plans(text, filters=None) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        search(text, filters)
    with connection.cursor() as cursor:
        explained = []
        for query in queries.captured_queries:
            if query["sql"].startswith(BUDGET):
                continue
            cursor.execute(f"EXPLAIN {query['sql']}")
            explained.append("\n".join(row[0] for row in cursor.fetchall()))
    return explained


def assert_served_by_the_index(text, filters=None):
    """The facets by session and by language, the ranked page: the texts through `text_search`; the texts
    found of the page's resolutions (their phrases checked): those resolutions' only (through the index of
    their resolution, or for a rare word `text_search`); the best hits of the page's resolutions: their
    units by text; the snippets: by primary key."""
    *matching, texts, hits, snippets = plans(text, filters)
    assert len(matching) == 3
    assert "resolution_id = " in texts, texts
    for plan in [*matching, texts, hits, snippets]:
        for table in TEXT_TABLES:
            assert f"Seq Scan on {table}" not in plan, plan
    for plan in matching:
        assert "Bitmap Index Scan on text_search" in plan, plan
        filters = [line for line in plan.splitlines() if "Filter:" in line]
        assert not any("search_vector" in line for line in filters), plan
    # The units of the page's texts, by their text (through whichever index leads with it), not every unit
    # with the terms.
    for table, key in (
        ("archive_paragraph", "text_id"),
        ("archive_footnote", "text_id"),
        ("archive_resolutiontext", "id"),
    ):
        assert re.search(rf"Scan on {table} .*\n(?:.*\n)*?.*Index Cond: \({key} = ", hits), hits
    assert "text_search" not in hits, hits
    scans = [line for line in snippets.splitlines() if "Index Scan" in line]
    assert scans and all("_pkey" in line for line in scans), snippets


@pytest.mark.parametrize(
    "text",
    [
        "resolution",
        "défenseurs",
        "правозащитник",
        "حقوق الإنسان",
        "人权",
        "国际合作",  # phrases: the candidates' texts checked
        '"human rights defenders"',
        "peacebuilding OR Palestine",
        "human rights -defenders",
        "2030",  # in every language; in Chinese, the phrase of bigrams 20 03 30
    ],
)
def test_each_kind_of_query_reads_the_texts_index(corpus, text):
    assert_served_by_the_index(text)


def test_a_language_given_is_searched_in_that_language_alone(corpus):
    """The facet of sessions and the page; the facet of languages counts the others too."""
    sessions, languages, page, *_ = plans("human rights", SearchFilters(language="en"))
    for plan in (sessions, page):
        assert "Bitmap Index Scan on text_search" in plan, plan
        assert "'en'::text" in plan and "'fr'::text" not in plan and "'es'::text" not in plan, plan
    assert "'fr'::text" in languages and "'es'::text" in languages, languages


def test_the_cites_filter_reads_the_citations_index(corpus):
    page = plans("human rights", SearchFilters(cites="A/RES/217(III)"))[2]
    assert "citation_resolution_target" in page, page


@pytest.mark.parametrize("text", ['"human rights defenders"', "国际合作"])
def test_a_phrase_is_checked_on_the_texts_of_the_page_only(corpus, text):
    """The texts of the page's resolutions are found by the phrase's words, which the index answers whole;
    the phrase itself is checked on the texts read (in the select list), never as a condition that would
    have the planner read the vector of every text with the words."""
    *_, texts, _, _ = plans(text)
    conditions = [line for line in texts.splitlines() if "Cond:" in line or "Filter:" in line]
    assert conditions and not any("<->" in line for line in conditions), texts
