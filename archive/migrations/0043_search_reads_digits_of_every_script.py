"""The search reads Arabic-Indic and full-width digits as ASCII digits ("٢٠٠٤", "２０２５" as 2004 and 2025),
in the texts' vectors and in Chinese units' ranks, as the parser reads them and the query does
(`archive.search.query`): a text keeps the digits it prints and is found by either. The vectors of the
texts whose source prints such digits are computed again."""

from django.db import migrations

OTHER_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９"
ASCII_DIGITS = "0123456789" * 3

FUNCTIONS = rf"""
CREATE FUNCTION archive_ascii_digits(body text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN body ~ '[{OTHER_DIGITS}]' THEN translate(body, '{OTHER_DIGITS}', '{ASCII_DIGITS}')
        ELSE body END
$$;

CREATE OR REPLACE FUNCTION archive_search_vector(language text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN language = 'zh' THEN archive_bigram_vector(archive_ascii_digits(body))
        ELSE to_tsvector(archive_search_config(language), archive_ascii_digits(body)) END
$$;

CREATE OR REPLACE FUNCTION archive_bigram_vector_of(body text, chars text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(string_agg('''' || substr(run, i, 2) || ''':' || (start + i - 1), ' '), '')::tsvector
    FROM (
        SELECT m[2] AS run,
            sum(length(m[1]) + length(m[2])) OVER (ORDER BY k) - length(m[2]) + 1 AS start
        FROM regexp_matches(
            lower(archive_ascii_digits(body)), '([^' || chars || ']*)([' || chars || ']+)', 'g'
        ) WITH ORDINALITY AS runs(m, k)
    ) AS runs, generate_series(1, length(run) - 1) AS i
$$;
"""

# As they were (migrations 0005 and 0026).
PREVIOUS_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION archive_search_vector(language text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN language = 'zh' THEN archive_bigram_vector(body)
        ELSE to_tsvector(archive_search_config(language), body) END
$$;

CREATE OR REPLACE FUNCTION archive_bigram_vector_of(body text, chars text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(string_agg('''' || substr(run, i, 2) || ''':' || (start + i - 1), ' '), '')::tsvector
    FROM (
        SELECT m[2] AS run,
            sum(length(m[1]) + length(m[2])) OVER (ORDER BY k) - length(m[2]) + 1 AS start
        FROM regexp_matches(lower(body), '([^' || chars || ']*)([' || chars || ']+)', 'g')
            WITH ORDINALITY AS runs(m, k)
    ) AS runs, generate_series(1, length(run) - 1) AS i
$$;

DROP FUNCTION archive_ascii_digits(text);
"""

# As `archive.models.search.text_vector()` computes it (written out here: a migration stays as it was),
# for the texts whose source prints other digits.
VECTORS = rf"""
UPDATE archive_resolutiontext t SET title_vector = setweight(archive_search_vector(t.language, t.title), 'A'),
search_vector = ts_delete(
    setweight(archive_search_vector(t.language, t.title), 'A') || '¶:10'::tsvector
    || coalesce((
        SELECT archive_tsvector_agg(archive_search_vector(t.language, p.body) || '¶:10'::tsvector
            ORDER BY p.position)
        FROM archive_paragraph p WHERE p.text_id = t.id), '')
    || coalesce((
        SELECT archive_tsvector_agg(archive_search_vector(t.language, f.body) || '¶:10'::tsvector
            ORDER BY f.position)
        FROM archive_footnote f WHERE f.text_id = t.id), ''),
    '¶')
WHERE t.extracted_text ~ '[{OTHER_DIGITS}]';
"""


class Migration(migrations.Migration):
    dependencies = [("archive", "0042_texts_keep_their_printed_cover")]

    operations = [migrations.RunSQL(FUNCTIONS + VECTORS, PREVIOUS_FUNCTIONS + VECTORS)]
