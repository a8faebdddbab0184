"""Paragraphs and footnotes carry their text's resolution too (set by the trigger that copies the text's
language): the search view reads them without joining the texts."""

import django.db.models.deletion
from django.db import migrations, models

HELP = "The text's resolution, kept equal to it by a database trigger (the search needs no join)"

TRIGGERS = """
UPDATE archive_paragraph p SET resolution_id = t.resolution_id FROM archive_resolutiontext t WHERE t.id = p.text_id;
UPDATE archive_footnote f SET resolution_id = t.resolution_id FROM archive_resolutiontext t WHERE t.id = f.text_id;

CREATE OR REPLACE FUNCTION archive_copy_text_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT language, resolution_id INTO NEW.language, NEW.resolution_id
    FROM archive_resolutiontext WHERE id = NEW.text_id;
    RETURN NEW;
END
$$;
DROP TRIGGER paragraph_language ON archive_paragraph;
DROP TRIGGER footnote_language ON archive_footnote;
CREATE TRIGGER paragraph_language BEFORE INSERT OR UPDATE OF text_id, language, resolution_id
    ON archive_paragraph FOR EACH ROW EXECUTE FUNCTION archive_copy_text_language();
CREATE TRIGGER footnote_language BEFORE INSERT OR UPDATE OF text_id, language, resolution_id
    ON archive_footnote FOR EACH ROW EXECUTE FUNCTION archive_copy_text_language();

CREATE OR REPLACE FUNCTION archive_pass_text_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE archive_paragraph SET language = NEW.language, resolution_id = NEW.resolution_id WHERE text_id = NEW.id;
    UPDATE archive_footnote SET language = NEW.language, resolution_id = NEW.resolution_id WHERE text_id = NEW.id;
    RETURN NULL;
END
$$;
DROP TRIGGER text_language_to_parts ON archive_resolutiontext;
CREATE TRIGGER text_language_to_parts AFTER UPDATE OF language, resolution_id ON archive_resolutiontext
    FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language OR OLD.resolution_id IS DISTINCT FROM NEW.resolution_id)
    EXECUTE FUNCTION archive_pass_text_language();

CREATE OR REPLACE VIEW archive_searchunit AS
    SELECT 'title:' || t.id AS key, 'title' AS source, t.id AS row_id, 'title' AS part, t.id AS text_id,
           t.resolution_id, t.language, '' AS eid, 0 AS position, t.title AS body, t.title_vector AS vector
    FROM archive_resolutiontext t
UNION ALL
    SELECT 'paragraph:' || p.id, 'paragraph', p.id, p.kind, p.text_id,
           p.resolution_id, p.language, p.eid, 1 + p.position, p.body, p.search_vector
    FROM archive_paragraph p
UNION ALL
    SELECT 'footnote:' || f.id, 'footnote', f.id, 'footnote', f.text_id,
           f.resolution_id, f.language, f.eid, 1000000 + f.position, f.body, f.search_vector
    FROM archive_footnote f;
"""

PREVIOUS = """
CREATE OR REPLACE VIEW archive_searchunit AS
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

DROP TRIGGER text_language_to_parts ON archive_resolutiontext;
CREATE TRIGGER text_language_to_parts AFTER UPDATE OF language ON archive_resolutiontext
    FOR EACH ROW WHEN (OLD.language IS DISTINCT FROM NEW.language)
    EXECUTE FUNCTION archive_pass_text_language();
CREATE OR REPLACE FUNCTION archive_pass_text_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE archive_paragraph SET language = NEW.language WHERE text_id = NEW.id;
    UPDATE archive_footnote SET language = NEW.language WHERE text_id = NEW.id;
    RETURN NULL;
END
$$;
DROP TRIGGER paragraph_language ON archive_paragraph;
DROP TRIGGER footnote_language ON archive_footnote;
CREATE TRIGGER paragraph_language BEFORE INSERT OR UPDATE OF text_id, language ON archive_paragraph
    FOR EACH ROW EXECUTE FUNCTION archive_copy_text_language();
CREATE TRIGGER footnote_language BEFORE INSERT OR UPDATE OF text_id, language ON archive_footnote
    FOR EACH ROW EXECUTE FUNCTION archive_copy_text_language();
CREATE OR REPLACE FUNCTION archive_copy_text_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT language INTO NEW.language FROM archive_resolutiontext WHERE id = NEW.text_id;
    RETURN NEW;
END
$$;
"""


def resolution_field(null: bool) -> models.ForeignKey:
    return models.ForeignKey(
        db_index=False,
        editable=False,
        help_text=HELP,
        null=null,
        on_delete=django.db.models.deletion.DO_NOTHING,
        related_name="+",
        to="archive.resolution",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0005_search"),
    ]

    operations = [
        migrations.AddField(model_name="footnote", name="resolution", field=resolution_field(null=True)),
        migrations.AddField(model_name="paragraph", name="resolution", field=resolution_field(null=True)),
        migrations.RunSQL(TRIGGERS, PREVIOUS),
        migrations.AlterField(model_name="footnote", name="resolution", field=resolution_field(null=False)),
        migrations.AlterField(model_name="paragraph", name="resolution", field=resolution_field(null=False)),
    ]
