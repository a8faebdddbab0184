"""The indexes serve every kind of query: each query a search runs is explained with sequential scans
disabled, and the plan must read the full-text indexes of the languages searched (the texts' documents
for the facets and the ranking; titles, paragraphs and footnotes for the hits) or the primary keys, and
never scan a whole table of text."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models.search_documents import PLANNER_SETTINGS
from archive.search.query import SearchFilters
from archive.search.service import search

TEXT_TABLES = ("archive_paragraph", "archive_footnote", "archive_resolutiontext", "archive_searchdocument")


# The archive at full scale (issue 7's benchmark): 1.5 million paragraphs.
FULL_SCALE = {
    "archive_resolutiontext": 30_000,
    "archive_searchdocument": 30_000,
    "archive_paragraph": 1_500_000,
    "archive_footnote": 150_000,
}
# Tables joined to them, whose statistics autovacuum may otherwise have taken from the tests before.
JOINED = {"archive_resolution": 20_000, "archive_session": 120, "archive_citation": 1_500_000}


@pytest.fixture(autouse=True)
def full_scale_statistics(corpus):
    """The planner sees the tables' statistics at full scale (row counts, six languages), in this test's
    transaction only. Without them it would rightly read the test archive's 36 titles through the btree
    index on `language`, as it would not read 5,000 titles of a language at full scale."""
    with connection.cursor() as cursor:
        for table, rows in {**FULL_SCALE, **JOINED}.items():
            cursor.execute(f"ANALYZE {table}")  # the same statistics whether autovacuum ran or not
            cursor.execute(
                "SELECT pg_restore_relation_stats('schemaname', 'public', 'relname', %s, "
                "'relpages', greatest(1, pg_relation_size(%s) / 8192)::integer, 'reltuples', %s::real)",
                [table, table, rows],
            )
        for table in FULL_SCALE:
            cursor.execute(  # six languages, as many texts in each, whatever ANALYZE saw in the tests
                "SELECT pg_restore_attribute_stats('schemaname', 'public', 'relname', %s, "
                "'attname', 'language', 'inherited', false, 'null_frac', 0::real, 'avg_width', 3, "
                "'n_distinct', 6::real, 'most_common_vals', '{ar,en,es,fr,ru,zh}'::text, "
                "'most_common_freqs', '{0.1666,0.1666,0.1666,0.1666,0.1666,0.1666}'::real[])",
                [table],
            )


def plans(text, filters=None) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        search(text, filters)
    setting, *searched = queries.captured_queries
    assert setting["sql"] == PLANNER_SETTINGS
    with connection.cursor() as cursor:
        explained = []
        for query in searched:
            cursor.execute(f"EXPLAIN {query['sql']}")
            explained.append("\n".join(row[0] for row in cursor.fetchall()))
    return explained


def assert_served_by_indexes(text, languages, phrases=False, filters=None):
    """The facets (by session and by language, one query), the ranked page: read through the documents'
    full-text indexes; the best hits of the page's resolutions: their texts' units by text; the snippets:
    by primary key."""
    plans_of_the_search = plans(text, filters)
    assert len(plans_of_the_search) == (5 if phrases else 4)
    for plan in plans_of_the_search:
        for table in TEXT_TABLES:
            assert f"Seq Scan on {table}" not in plan, plan
    if phrases:  # the page's candidates checked, their documents read by primary key
        verified = plans_of_the_search.pop(2)
        assert "archive_searchdocument_pkey" in verified and "_search_" not in verified, verified
    *matching, best_hits, snippets = plans_of_the_search
    for plan in matching:
        for language in languages:
            assert f"document_search_{language}" in plan, plan
        assert "paragraph_search" not in plan and "footnote_search" not in plan, plan
    for index in ("archive_paragraph_text_id", "archive_footnote_text_id", "archive_resolutiontext_pkey"):
        assert index in best_hits, best_hits  # the units of the page's texts, not every unit with the terms
    assert "_search_" not in best_hits, best_hits
    assert "archive_paragraph_pkey" in snippets and "archive_resolutiontext_pkey" in snippets, snippets


@pytest.mark.parametrize(
    ("text", "languages", "phrases"),
    [
        ("resolution", ["en", "fr", "es"], False),
        ("défenseurs", ["en", "fr", "es"], False),
        ("правозащитник", ["ru"], False),
        ("حقوق الإنسان", ["ar"], False),
        ("人权", ["zh"], False),
        ("国际合作", ["zh"], True),
        ('"human rights defenders"', ["en", "fr", "es"], True),
        ("peacebuilding OR Palestine", ["en", "fr", "es"], False),
        ("human rights -defenders", ["en", "fr", "es"], False),
        ("1993", ["ar", "zh", "en", "fr", "ru", "es"], True),  # in Chinese, the bigrams 19 99 93
    ],
)
def test_each_kind_of_query_reads_the_indexes_of_its_languages(corpus, text, languages, phrases):
    assert_served_by_indexes(text, languages, phrases)


def test_a_language_given_reads_that_languages_index_only(corpus):
    plan = plans("human rights", SearchFilters(language="fr"))[1]  # the page (the facets read them all)
    assert "document_search_fr" in plan
    assert "document_search_en" not in plan and "document_search_es" not in plan


def test_the_cites_filter_reads_the_citations_index(corpus):
    plan = plans("human rights", SearchFilters(cites="A/RES/217(III)"))[1]
    assert "citation_resolution_target" in plan and "document_search_en" in plan
