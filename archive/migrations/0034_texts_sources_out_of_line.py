"""A text's row holds what searches and pages read (its language, title, title vector, resolution); the text
extracted from its source, read only to parse it again, is kept out of line. PostgreSQL moves a row's long
values to the table's TOAST storage while the row passes `toast_tuple_target` (by default about 2 kB): at
1 kB, an extracted text compressed to under 2 kB leaves the row too, and a row is about 500 bytes instead of
1.3 kB. A search for common words visits the rows of 20,000 texts: 3,700 pages of the table at full scale
instead of 8,300 (docs/performance.md, "Search at full scale").

VACUUM FULL rewrites the table once, so that the rows already there are stored so: it holds the table's
ACCESS EXCLUSIVE lock while it runs (about 30 seconds at full scale: 60,000 texts), outside a transaction,
under the maintenance commands' statement timeout."""

from django.db import migrations

from archive.management.maintenance import use_maintenance_timeout


def rewrite_the_table(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        [before] = cursor.fetchone()
        use_maintenance_timeout(schema_editor.connection)
        try:
            cursor.execute("VACUUM FULL archive_resolutiontext")
        finally:  # the timeout the connection had, for what runs on it next (a maintenance command's own)
            cursor.execute("SELECT set_config('statement_timeout', %s, false)", [before])


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("archive", "0033_editors_edit_separate_votes"),
    ]

    operations = [
        migrations.RunSQL(
            "ALTER TABLE archive_resolutiontext SET (toast_tuple_target = 1024)",
            "ALTER TABLE archive_resolutiontext RESET (toast_tuple_target)",
        ),
        migrations.RunPython(rewrite_the_table, migrations.RunPython.noop),
    ]
