"""A search document carries its resolution's session, adoption date and symbol, so that the facets and
the ranking read the documents found and no other table (20,000 of them for a common English word).
The documents' function fills them; a trigger copies a resolution's changes to its documents."""

import django.db.models.deletion
from django.db import migrations, models

FUNCTIONS = """
CREATE OR REPLACE FUNCTION archive_refresh_documents(texts bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO archive_searchdocument
        (text_id, resolution_id, language, title_vector, document, session_id, adopted_on, symbol)
    SELECT t.id, t.resolution_id, t.language, t.title_vector, archive_text_document(t.id),
        r.session_id, r.adopted_on, r.symbol
    FROM archive_resolutiontext t JOIN archive_resolution r ON r.id = t.resolution_id
    WHERE t.id = ANY(texts)
    ON CONFLICT (text_id) DO UPDATE SET resolution_id = excluded.resolution_id,
        language = excluded.language, title_vector = excluded.title_vector, document = excluded.document,
        session_id = excluded.session_id, adopted_on = excluded.adopted_on, symbol = excluded.symbol
$$;

-- A resolution's session, adoption date or symbol changed: its documents carry the new ones. Every write
-- bumps a resolution's version (0007), so this runs often and finds nothing to do: the changed resolutions
-- first, then their texts by the texts' index and the documents by primary key (the documents have no
-- index by resolution: the planner could take it for a ranking that reads them all).
CREATE FUNCTION archive_refresh_documents_of_resolutions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE archive_searchdocument d
    SET session_id = n.session_id, adopted_on = n.adopted_on, symbol = n.symbol
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN archive_resolutiontext t ON t.resolution_id = n.id
    WHERE d.text_id = t.id
        AND (n.session_id, n.adopted_on, n.symbol) IS DISTINCT FROM (o.session_id, o.adopted_on, o.symbol);
    RETURN NULL;
END
$$;
CREATE TRIGGER resolution_documents_update AFTER UPDATE ON archive_resolution
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION archive_refresh_documents_of_resolutions();

UPDATE archive_searchdocument d SET session_id = r.session_id, adopted_on = r.adopted_on, symbol = r.symbol
FROM archive_resolution r WHERE r.id = d.resolution_id;
ANALYZE archive_searchdocument;
"""

BACKWARD = """
DROP TRIGGER resolution_documents_update ON archive_resolution;
DROP FUNCTION archive_refresh_documents_of_resolutions();
CREATE OR REPLACE FUNCTION archive_refresh_documents(texts bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO archive_searchdocument (text_id, resolution_id, language, title_vector, document)
    SELECT t.id, t.resolution_id, t.language, t.title_vector, archive_text_document(t.id)
    FROM archive_resolutiontext t WHERE t.id = ANY(texts)
    ON CONFLICT (text_id) DO UPDATE SET resolution_id = excluded.resolution_id,
        language = excluded.language, title_vector = excluded.title_vector, document = excluded.document
$$;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0009_merge_content_versions_search_documents"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="adopted_on",
            field=models.DateField(null=True),
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="session",
            field=models.ForeignKey(
                db_constraint=False,
                db_index=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="archive.session",
            ),
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="symbol",
            field=models.CharField(default="", max_length=40),
        ),
        migrations.RunSQL(FUNCTIONS, BACKWARD),
    ]
