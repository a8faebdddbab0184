"""Full-text search: SQL functions for the generated tsvector columns, the triggers that copy a text's
language onto its paragraphs and footnotes, the columns and their GIN indexes, and the view
`archive_searchunit` (titles, paragraphs and footnotes as one relation). See archive/models/search.py."""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations, models

# The text-search configuration of each language; Chinese is split into character bigrams instead.
FUNCTIONS = r"""
CREATE FUNCTION archive_search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (CASE language
        WHEN 'en' THEN 'english' WHEN 'fr' THEN 'french' WHEN 'es' THEN 'spanish'
        WHEN 'ru' THEN 'russian' WHEN 'ar' THEN 'arabic' ELSE 'simple' END)::regconfig
$$;

-- A bigram for each pair of adjacent word characters (ASCII letters and digits, CJK ideographs) of the
-- lower-cased text, at the position of its first character: any substring of two or more characters is
-- then a phrase of bigrams. archive/search/bigrams.py splits queries the same way.
CREATE FUNCTION archive_bigram_vector(body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(string_agg('''' || pair || ''':' || n, ' '), '')::tsvector
    FROM (
        SELECT n, c || lead(c) OVER (ORDER BY n) AS pair
        FROM string_to_table(lower(body), NULL) WITH ORDINALITY AS chars(c, n)
    ) AS pairs
    WHERE pair ~ '^[0-9a-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}$'
$$;

CREATE FUNCTION archive_search_vector(language text, body text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT CASE WHEN language = 'zh' THEN archive_bigram_vector(body)
        ELSE to_tsvector(archive_search_config(language), body) END
$$;
"""
DROP_FUNCTIONS = """
DROP FUNCTION archive_search_vector(text, text);
DROP FUNCTION archive_bigram_vector(text);
DROP FUNCTION archive_search_config(text);
"""

# Paragraphs and footnotes carry their text's language (their search vectors depend on it): set on every
# insert and change of text whatever the application wrote, and changed with the text's language.
TRIGGERS = """
UPDATE archive_paragraph p SET language = t.language FROM archive_resolutiontext t WHERE t.id = p.text_id;
UPDATE archive_footnote f SET language = t.language FROM archive_resolutiontext t WHERE t.id = f.text_id;

CREATE FUNCTION archive_copy_text_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT language INTO NEW.language FROM archive_resolutiontext WHERE id = NEW.text_id;
    RETURN NEW;
END
$$;
CREATE TRIGGER paragraph_language BEFORE INSERT OR UPDATE OF text_id, language ON archive_paragraph
    FOR EACH ROW EXECUTE FUNCTION archive_copy_text_language();
CREATE TRIGGER footnote_language BEFORE INSERT OR UPDATE OF text_id, language ON archive_footnote
    FOR EACH ROW EXECUTE FUNCTION archive_copy_text_language();

CREATE FUNCTION archive_pass_text_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE archive_paragraph SET language = NEW.language WHERE text_id = NEW.id;
    UPDATE archive_footnote SET language = NEW.language WHERE text_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER text_language_to_parts AFTER UPDATE OF language ON archive_resolutiontext
    FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language)
    EXECUTE FUNCTION archive_pass_text_language();
"""
DROP_TRIGGERS = """
DROP TRIGGER text_language_to_parts ON archive_resolutiontext;
DROP FUNCTION archive_pass_text_language();
DROP TRIGGER footnote_language ON archive_footnote;
DROP TRIGGER paragraph_language ON archive_paragraph;
DROP FUNCTION archive_copy_text_language();
"""

VIEW = """
CREATE VIEW archive_searchunit AS
    SELECT 'title:' || t.id AS key, 'title' AS source, t.id AS row_id, 'title' AS part, t.id AS text_id,
           t.resolution_id, t.language, '' AS eid, 0 AS position, t.title AS body, t.title_vector AS vector
    FROM archive_resolutiontext t
UNION ALL
    SELECT 'paragraph:' || p.id, 'paragraph', p.id, p.kind, p.text_id,
           t.resolution_id, p.language, p.eid, 1 + p.position, p.body, p.search_vector
    FROM archive_paragraph p JOIN archive_resolutiontext t ON t.id = p.text_id
UNION ALL
    SELECT 'footnote:' || f.id, 'footnote', f.id, 'footnote', f.text_id,
           t.resolution_id, f.language, f.eid, 1000000 + f.position, f.body, f.search_vector
    FROM archive_footnote f JOIN archive_resolutiontext t ON t.id = f.text_id;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0004_editors_group"),
    ]

    operations = [
        migrations.RunSQL(FUNCTIONS, DROP_FUNCTIONS),
        migrations.AddField(
            model_name="footnote",
            name="language",
            field=models.CharField(
                default="",
                editable=False,
                help_text="The text's language, kept equal to it by a database trigger",
                max_length=2,
            ),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="paragraph",
            name="language",
            field=models.CharField(
                default="",
                editable=False,
                help_text="The text's language, kept equal to it by a database trigger",
                max_length=2,
            ),
            preserve_default=False,
        ),
        migrations.RunSQL(TRIGGERS, DROP_TRIGGERS),
        migrations.AddField(
            model_name="footnote",
            name="search_vector",
            field=models.GeneratedField(
                db_persist=True,
                expression=models.Func(
                    models.F("language"),
                    models.F("body"),
                    function="archive_search_vector",
                    output_field=django.contrib.postgres.search.SearchVectorField(),
                ),
                output_field=django.contrib.postgres.search.SearchVectorField(),
            ),
        ),
        migrations.AddField(
            model_name="paragraph",
            name="search_vector",
            field=models.GeneratedField(
                db_persist=True,
                expression=models.Func(
                    models.F("language"),
                    models.F("body"),
                    function="archive_search_vector",
                    output_field=django.contrib.postgres.search.SearchVectorField(),
                ),
                output_field=django.contrib.postgres.search.SearchVectorField(),
            ),
        ),
        migrations.AddField(
            model_name="resolutiontext",
            name="title_vector",
            field=models.GeneratedField(
                db_persist=True,
                expression=models.Func(
                    models.Func(
                        models.F("language"),
                        models.F("title"),
                        function="archive_search_vector",
                        output_field=django.contrib.postgres.search.SearchVectorField(),
                    ),
                    models.Value("A"),
                    function="setweight",
                    output_field=django.contrib.postgres.search.SearchVectorField(),
                ),
                output_field=django.contrib.postgres.search.SearchVectorField(),
            ),
        ),
        migrations.AddIndex(
            model_name="footnote",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "ar")), fields=["search_vector"], name="footnote_search_ar"
            ),
        ),
        migrations.AddIndex(
            model_name="footnote",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "zh")), fields=["search_vector"], name="footnote_search_zh"
            ),
        ),
        migrations.AddIndex(
            model_name="footnote",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "en")), fields=["search_vector"], name="footnote_search_en"
            ),
        ),
        migrations.AddIndex(
            model_name="footnote",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "fr")), fields=["search_vector"], name="footnote_search_fr"
            ),
        ),
        migrations.AddIndex(
            model_name="footnote",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "ru")), fields=["search_vector"], name="footnote_search_ru"
            ),
        ),
        migrations.AddIndex(
            model_name="footnote",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "es")), fields=["search_vector"], name="footnote_search_es"
            ),
        ),
        migrations.AddIndex(
            model_name="paragraph",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "ar")), fields=["search_vector"], name="paragraph_search_ar"
            ),
        ),
        migrations.AddIndex(
            model_name="paragraph",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "zh")), fields=["search_vector"], name="paragraph_search_zh"
            ),
        ),
        migrations.AddIndex(
            model_name="paragraph",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "en")), fields=["search_vector"], name="paragraph_search_en"
            ),
        ),
        migrations.AddIndex(
            model_name="paragraph",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "fr")), fields=["search_vector"], name="paragraph_search_fr"
            ),
        ),
        migrations.AddIndex(
            model_name="paragraph",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "ru")), fields=["search_vector"], name="paragraph_search_ru"
            ),
        ),
        migrations.AddIndex(
            model_name="paragraph",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "es")), fields=["search_vector"], name="paragraph_search_es"
            ),
        ),
        migrations.AddIndex(
            model_name="resolutiontext",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "ar")), fields=["title_vector"], name="text_title_search_ar"
            ),
        ),
        migrations.AddIndex(
            model_name="resolutiontext",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "zh")), fields=["title_vector"], name="text_title_search_zh"
            ),
        ),
        migrations.AddIndex(
            model_name="resolutiontext",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "en")), fields=["title_vector"], name="text_title_search_en"
            ),
        ),
        migrations.AddIndex(
            model_name="resolutiontext",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "fr")), fields=["title_vector"], name="text_title_search_fr"
            ),
        ),
        migrations.AddIndex(
            model_name="resolutiontext",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "ru")), fields=["title_vector"], name="text_title_search_ru"
            ),
        ),
        migrations.AddIndex(
            model_name="resolutiontext",
            index=django.contrib.postgres.indexes.GinIndex(
                condition=models.Q(("language", "es")), fields=["title_vector"], name="text_title_search_es"
            ),
        ),
        migrations.CreateModel(
            name="SearchUnit",
            fields=[
                (
                    "key",
                    models.TextField(
                        help_text="title:<text id>, paragraph:<id> or footnote:<id>",
                        primary_key=True,
                        serialize=False,
                    ),
                ),
                (
                    "source",
                    models.CharField(help_text="The table: title, paragraph or footnote", max_length=9),
                ),
                ("row_id", models.BigIntegerField(help_text="The id in that table")),
                (
                    "part",
                    models.CharField(
                        choices=[
                            ("title", "title"),
                            ("preambular", "preambular paragraph"),
                            ("operative", "operative paragraph"),
                            ("subparagraph", "sub-paragraph"),
                            ("annex_heading", "annex heading"),
                            ("annex_paragraph", "annex paragraph"),
                            ("footnote", "footnote"),
                        ],
                        max_length=16,
                    ),
                ),
                ("language", models.CharField(max_length=2)),
                (
                    "eid",
                    models.CharField(
                        help_text="The paragraph's or footnote's anchor; empty for a title", max_length=80
                    ),
                ),
                (
                    "position",
                    models.IntegerField(
                        help_text="Document order: the title, the paragraphs, then the footnotes"
                    ),
                ),
                ("body", models.TextField()),
                ("vector", django.contrib.postgres.search.SearchVectorField()),
            ],
            options={
                "db_table": "archive_searchunit",
                "ordering": ["resolution_id", "language", "position"],
                "managed": False,
            },
        ),
        migrations.RunSQL(VIEW, "DROP VIEW archive_searchunit;"),
        migrations.AddIndex(
            model_name="citation",
            index=models.Index(
                condition=models.Q(("kind", "resolution")),
                fields=["target"],
                name="citation_resolution_target",
            ),
        ),
    ]
