"""Search on one structure: a search vector per resolution text (its title with weight A, its paragraphs
and footnotes in document order, in the text's language; Chinese as bigrams), one GIN index on the
text's language and vector (btree_gin, for the language), and the title's vector for ranking, kept by
the application (`ResolutionText.objects.update_search_vectors()`). Dropped: the texts' documents and
their triggers (0008, 0010), the view `archive_searchunit`, the generated vectors of titles, paragraphs
and footnotes and their 18 partial indexes (0005). Kept: the functions of 0005 (the configurations, the
bigrams) and 0008's aggregate `archive_tsvector_agg`, which the vector is made with.

Paragraphs and footnotes no longer carry copies of their text's language and resolution (0005, 0006),
nor the triggers that kept them: the search reads them from the text, as the API's parts do."""

import django.contrib.postgres.indexes
import django.contrib.postgres.operations
import django.contrib.postgres.search
from django.db import migrations

DROP_DOCUMENTS = (
    """
DROP VIEW IF EXISTS archive_searchunit;
DROP TRIGGER IF EXISTS resolution_documents_update ON archive_resolution;
DROP FUNCTION IF EXISTS archive_refresh_documents_of_resolutions();
"""
    + "".join(
        f"DROP TRIGGER IF EXISTS {name}_documents_{event} ON {table};\n"
        for name, table in [
            ("paragraph", "archive_paragraph"),
            ("footnote", "archive_footnote"),
            ("text", "archive_resolutiontext"),
        ]
        for event in ("insert", "update", "delete")
    )
    + """
DROP FUNCTION IF EXISTS archive_refresh_documents_of_texts();
DROP FUNCTION IF EXISTS archive_refresh_documents_of_units();
DROP FUNCTION IF EXISTS archive_refresh_documents(bigint[]);
DROP FUNCTION IF EXISTS archive_text_document(bigint);
DROP TABLE IF EXISTS archive_searchdocument;
DROP TRIGGER IF EXISTS text_language_to_parts ON archive_resolutiontext;
DROP FUNCTION IF EXISTS archive_pass_text_language();
DROP TRIGGER IF EXISTS paragraph_language ON archive_paragraph;
DROP TRIGGER IF EXISTS footnote_language ON archive_footnote;
DROP FUNCTION IF EXISTS archive_copy_text_language();
"""
)

# A paragraph's or footnote's rank against the query, NULL when it does not match: its vector computed
# once for both (the hits of a page of results, `archive.search.hits`).
UNIT_RANK = """
CREATE FUNCTION archive_unit_rank(language text, body text, query tsquery) RETURNS real
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN vector @@ query THEN ts_rank(vector, query) END
    FROM archive_search_vector(language, body) AS vector
$$;
"""

# As `archive.models.search.text_vector()` computes it (written out here: a migration stays as it was).
BACKFILL = """
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
    '¶');
ANALYZE archive_resolutiontext;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0013_member_state_names_six_languages"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunSQL(DROP_DOCUMENTS, migrations.RunSQL.noop)],
            state_operations=[
                migrations.DeleteModel(name="SearchUnit"),
                migrations.DeleteModel(name="SearchDocument"),
            ],
        ),
        *(
            migrations.RemoveIndex(model_name=model, name=f"{prefix}_search_{code}")
            for model, prefix in [
                ("footnote", "footnote"),
                ("paragraph", "paragraph"),
                ("resolutiontext", "text_title"),
            ]
            for code in ["ar", "zh", "en", "fr", "ru", "es"]
        ),
        migrations.RemoveField(model_name="footnote", name="search_vector"),
        migrations.RemoveField(model_name="paragraph", name="search_vector"),
        migrations.RemoveField(model_name="footnote", name="language"),
        migrations.RemoveField(model_name="footnote", name="resolution"),
        migrations.RemoveField(model_name="paragraph", name="language"),
        migrations.RemoveField(model_name="paragraph", name="resolution"),
        migrations.RemoveField(model_name="resolutiontext", name="title_vector"),
        migrations.AddField(
            model_name="resolutiontext",
            name="title_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.AddField(
            model_name="resolutiontext",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(
                editable=False,
                help_text="The title (weight A), the paragraphs and the footnotes in the text's language, in document order (`update_search_vectors()`)",
                null=True,
            ),
        ),
        migrations.RunSQL(BACKFILL, migrations.RunSQL.noop),
        migrations.RunSQL(UNIT_RANK, "DROP FUNCTION archive_unit_rank(text, text, tsquery);"),
        django.contrib.postgres.operations.BtreeGinExtension(),  # the language in the GIN index
        migrations.AddIndex(
            model_name="resolutiontext",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["language", "search_vector"], name="text_search"
            ),
        ),
    ]
