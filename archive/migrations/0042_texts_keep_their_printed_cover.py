"""Each text keeps its cover's agenda items and basis as it prints them ("105 b)", "sur la base du rapport
de la Troisième Commission (…)"); the resolution keeps the items in one form ("105 (b)"). A stored text
takes the resolution's basis and items when it prints them as stored (the text they were read from);
the others are filled when they are parsed again (parser 1.3: the next ingest of their source)."""

import django.contrib.postgres.fields
from django.db import migrations, models

COPY_PRINTED_COVERS = r"""
UPDATE archive_resolutiontext AS text SET basis = resolution.basis, agenda_items = resolution.agenda_items
FROM archive_resolution AS resolution
WHERE resolution.id = text.resolution_id AND resolution.basis <> ''
    AND strpos(regexp_replace(text.extracted_text, '\s+', ' ', 'g'), resolution.basis) > 0
    AND NOT EXISTS (
        SELECT FROM unnest(resolution.agenda_items) AS item WHERE strpos(text.extracted_text, item) = 0
    )
"""


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0041_state_votes_carry_their_session"),
    ]

    operations = [
        migrations.AddField(
            model_name="historicalresolutiontext",
            name="agenda_items",
            field=django.contrib.postgres.fields.ArrayField(
                base_field=models.CharField(max_length=40),
                blank=True,
                default=list,
                help_text="As this text prints them: 105 b)",
                size=None,
                verbose_name="agenda items",
            ),
        ),
        migrations.AddField(
            model_name="historicalresolutiontext",
            name="basis",
            field=models.TextField(
                blank=True,
                help_text="The line in square brackets under the cover, as this text prints it",
                verbose_name="basis",
            ),
        ),
        migrations.AddField(
            model_name="resolutiontext",
            name="agenda_items",
            field=django.contrib.postgres.fields.ArrayField(
                base_field=models.CharField(max_length=40),
                blank=True,
                default=list,
                help_text="As this text prints them: 105 b)",
                size=None,
                verbose_name="agenda items",
            ),
        ),
        migrations.AddField(
            model_name="resolutiontext",
            name="basis",
            field=models.TextField(
                blank=True,
                help_text="The line in square brackets under the cover, as this text prints it",
                verbose_name="basis",
            ),
        ),
        migrations.AlterField(
            model_name="historicalresolution",
            name="agenda_items",
            field=django.contrib.postgres.fields.ArrayField(
                base_field=models.CharField(max_length=40),
                blank=True,
                default=list,
                help_text="In one form for every language: 105 (b) (each text keeps them as it prints them)",
                size=None,
                verbose_name="agenda items",
            ),
        ),
        migrations.AlterField(
            model_name="historicalresolution",
            name="basis",
            field=models.TextField(
                blank=True,
                help_text="The line in square brackets under the cover, as the first text stored prints it",
                verbose_name="basis",
            ),
        ),
        migrations.AlterField(
            model_name="resolution",
            name="agenda_items",
            field=django.contrib.postgres.fields.ArrayField(
                base_field=models.CharField(max_length=40),
                blank=True,
                default=list,
                help_text="In one form for every language: 105 (b) (each text keeps them as it prints them)",
                size=None,
                verbose_name="agenda items",
            ),
        ),
        migrations.AlterField(
            model_name="resolution",
            name="basis",
            field=models.TextField(
                blank=True,
                help_text="The line in square brackets under the cover, as the first text stored prints it",
                verbose_name="basis",
            ),
        ),
        migrations.RunSQL(COPY_PRINTED_COVERS, migrations.RunSQL.noop),
    ]
