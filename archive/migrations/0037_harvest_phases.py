"""A harvest run's phase is one of two, named in the editor's language on its page."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0036_parse_warnings_as_templates"),
    ]

    operations = [
        migrations.AlterField(
            model_name="harvestrun",
            name="phase",
            field=models.CharField(
                blank=True,
                choices=[("resolutions", "resolutions"), ("votes", "votes")],
                help_text="resolutions, then votes",
                max_length=20,
                verbose_name="phase",
            ),
        ),
    ]
