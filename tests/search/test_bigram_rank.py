"""A Chinese unit ranked from the bigrams of the query's characters alone (migration 0025) matches and ranks
as with its whole bigram vector, on every paragraph and footnote of 59/190 in Chinese."""

import pytest
from django.db import connection

from archive.models import Footnote, Paragraph

# A word, a phrase or a word, two words apart in one term (经济、社会), a Latin word among the ideographs, a
# word that is nowhere.
QUERIES = [
    "'人权'",
    "('国际' <-> '际合' <-> '合作') | '人权'",
    "('经济' <3> '社会')",
    "'un' | '联合'",
    "'熊猫'",
]


def ranks(sql: str, query: str, characters: str) -> list:
    bodies = [
        *Paragraph.objects.filter(text__language="zh").values_list("body", flat=True),
        *Footnote.objects.filter(text__language="zh").values_list("body", flat=True),
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {sql} FROM unnest(%(bodies)s::text[]) AS body",
            {"bodies": bodies, "query": query, "characters": characters},
        )
        return [row[0] for row in cursor.fetchall()]


@pytest.mark.parametrize("query", QUERIES)
def test_the_rank_from_the_query_characters_is_the_rank_from_the_whole_vector(corpus, query):
    characters = "".join(sorted(set(query) - set("'()|&<>-2 ")))
    whole = ranks("archive_unit_rank('zh', body, %(query)s::tsquery)", query, characters)
    part = ranks("archive_bigram_unit_rank(body, %(characters)s, %(query)s::tsquery)", query, characters)
    assert len(whole) == 24
    assert part == whole
    assert any(rank is not None for rank in whole) == (query != "'熊猫'")


def test_the_vector_of_the_query_characters_keeps_their_bigrams_at_their_offsets(db):
    with connection.cursor() as cursor:
        cursor.execute("SELECT archive_bigram_vector_of('人权理事会，UN 人权。人 权', '人权un')::text")
        assert cursor.fetchone()[0] == "'un':7 '人权':1,10"
