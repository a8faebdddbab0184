"""A Chinese unit's rank against a query without its whole bigram vector: `archive_bigram_unit_rank` reads
only the runs of the query's characters (archive/search/hits.py)."""

from django.db import migrations

# The bigrams of archive_bigram_vector(body) made of `chars` (the inside of a regular-expression class of
# word characters) only, at the same positions: each run of those characters, at its offset in the
# lower-cased body, split into bigrams. A tsquery of bigrams of those characters matches it and ranks
# against it (ts_rank reads the query's lexemes and their positions only) as against the whole vector; the
# other characters (most of a paragraph) are skipped by one regular expression.
FUNCTIONS = r"""
CREATE FUNCTION archive_bigram_vector_of(body text, chars text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(string_agg('''' || substr(run, i, 2) || ''':' || (start + i - 1), ' '), '')::tsvector
    FROM (
        SELECT m[2] AS run,
            sum(length(m[1]) + length(m[2])) OVER (ORDER BY k) - length(m[2]) + 1 AS start
        FROM regexp_matches(lower(body), '([^' || chars || ']*)([' || chars || ']+)', 'g')
            WITH ORDINALITY AS runs(m, k)
    ) AS runs, generate_series(1, length(run) - 1) AS i
$$;

CREATE FUNCTION archive_bigram_unit_rank(body text, chars text, query tsquery) RETURNS real
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN vector @@ query THEN ts_rank(vector, query) END
    FROM archive_bigram_vector_of(body, chars) AS vector
$$;
"""
DROP_FUNCTIONS = """
DROP FUNCTION archive_bigram_unit_rank(text, text, tsquery);
DROP FUNCTION archive_bigram_vector_of(text, text);
"""


class Migration(migrations.Migration):
    dependencies = [("archive", "0025_api_tokens_and_unique_list_order")]

    operations = [migrations.RunSQL(FUNCTIONS, DROP_FUNCTIONS)]
