"""A search document per resolution text: the vectors of its title, paragraphs and footnotes concatenated
in document order, in the table `archive_searchdocument`, kept current by triggers per statement (with
transition tables: a bulk insert of a text's paragraphs recomputes that text once) and indexed with one
partial GIN index per language. See archive/models/search_documents.py.

"""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]

# Units are joined with a gap of GAP positions (a marker lexeme, removed at the end), so that a phrase
# never runs from one unit into the next.
FUNCTIONS = r"""
CREATE AGGREGATE archive_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

CREATE FUNCTION archive_text_document(text_id bigint) RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT ts_delete(archive_tsvector_agg(vector || '¶:10'::tsvector ORDER BY part, position), '¶')
    FROM (
        SELECT 0 AS part, 0 AS position, title_vector AS vector FROM archive_resolutiontext WHERE id = $1
        UNION ALL SELECT 1, position, search_vector FROM archive_paragraph WHERE text_id = $1
        UNION ALL SELECT 2, position, search_vector FROM archive_footnote WHERE text_id = $1
    ) AS units
$$;

CREATE FUNCTION archive_refresh_documents(texts bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO archive_searchdocument (text_id, resolution_id, language, title_vector, document)
    SELECT t.id, t.resolution_id, t.language, t.title_vector, archive_text_document(t.id)
    FROM archive_resolutiontext t WHERE t.id = ANY(texts)
    ON CONFLICT (text_id) DO UPDATE SET resolution_id = excluded.resolution_id,
        language = excluded.language, title_vector = excluded.title_vector, document = excluded.document
$$;

-- Paragraphs and footnotes: the texts of the rows inserted, deleted or changed (before and after).
CREATE FUNCTION archive_refresh_documents_of_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM archive_refresh_documents(ARRAY(SELECT DISTINCT text_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM archive_refresh_documents(ARRAY(SELECT DISTINCT text_id FROM old_rows));
    ELSE
        PERFORM archive_refresh_documents(
            ARRAY(SELECT text_id FROM new_rows UNION SELECT text_id FROM old_rows));
    END IF;
    RETURN NULL;
END
$$;

-- Texts: a new text's document (its title), again when its title, language or resolution changes; a
-- deleted text's document goes with it.
CREATE FUNCTION archive_refresh_documents_of_texts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM archive_refresh_documents(ARRAY(SELECT id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        DELETE FROM archive_searchdocument WHERE text_id IN (SELECT id FROM old_rows);
    ELSE
        PERFORM archive_refresh_documents(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.title_vector, n.language, n.resolution_id)
                IS DISTINCT FROM (o.title_vector, o.language, o.resolution_id)));
    END IF;
    RETURN NULL;
END
$$;
"""

TRIGGERS = "\n".join(
    f"CREATE TRIGGER {name}_documents_{event.lower()} AFTER {event} ON {table} {referencing} "
    f"FOR EACH STATEMENT EXECUTE FUNCTION {function}();"
    for name, table, function in [
        ("paragraph", "archive_paragraph", "archive_refresh_documents_of_units"),
        ("footnote", "archive_footnote", "archive_refresh_documents_of_units"),
        ("text", "archive_resolutiontext", "archive_refresh_documents_of_texts"),
    ]
    for event, referencing in [
        ("INSERT", "REFERENCING NEW TABLE AS new_rows"),
        ("UPDATE", "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"),
        ("DELETE", "REFERENCING OLD TABLE AS old_rows"),
    ]
)
DROP_TRIGGERS = "\n".join(
    f"DROP TRIGGER {name}_documents_{event} ON {table};"
    for name, table in [
        ("paragraph", "archive_paragraph"),
        ("footnote", "archive_footnote"),
        ("text", "archive_resolutiontext"),
    ]
    for event in ("insert", "update", "delete")
)
DROP_FUNCTIONS = """
DROP FUNCTION archive_refresh_documents_of_texts();
DROP FUNCTION archive_refresh_documents_of_units();
DROP FUNCTION archive_refresh_documents(bigint[]);
DROP FUNCTION archive_text_document(bigint);
DROP AGGREGATE archive_tsvector_agg(tsvector);
"""

# Every text's document in one statement (each text's units read through their (text, position) index);
# the GIN indexes are built after. A row over 2 kB has its document moved out of line whole
# (toast_tuple_target) and its title kept in line, uncompressed, for the ranking (storage PLAIN).
BACKFILL = """
ALTER TABLE archive_searchdocument SET (toast_tuple_target = 256);
ALTER TABLE archive_searchdocument ALTER COLUMN title_vector SET STORAGE PLAIN;
INSERT INTO archive_searchdocument (text_id, resolution_id, language, title_vector, document)
SELECT id, resolution_id, language, title_vector, archive_text_document(id) FROM archive_resolutiontext;
ANALYZE archive_searchdocument;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0006_search_without_joins"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "text",
                    models.OneToOneField(
                        db_constraint=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        primary_key=True,
                        related_name="+",
                        serialize=False,
                        to="archive.resolutiontext",
                    ),
                ),
                ("language", models.CharField(max_length=2)),
                (
                    "title_vector",
                    django.contrib.postgres.search.SearchVectorField(
                        help_text="The text's title_vector, for ranking"
                    ),
                ),
                (
                    "document",
                    django.contrib.postgres.search.SearchVectorField(
                        help_text="The vectors of the title, the paragraphs and the footnotes, in document order"
                    ),
                ),
                (
                    "resolution",
                    models.ForeignKey(
                        db_constraint=False,
                        db_index=False,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="archive.resolution",
                    ),
                ),
            ],
        ),
        migrations.RunSQL(FUNCTIONS, DROP_FUNCTIONS),
        migrations.RunSQL(BACKFILL, migrations.RunSQL.noop),
        *(
            migrations.AddIndex(
                model_name="searchdocument",
                index=django.contrib.postgres.indexes.GinIndex(
                    condition=models.Q(("language", code)),
                    fields=["document"],
                    name=f"document_search_{code}",
                ),
            )
            for code in LANGUAGES
        ),
        migrations.RunSQL(TRIGGERS, DROP_TRIGGERS),
    ]
