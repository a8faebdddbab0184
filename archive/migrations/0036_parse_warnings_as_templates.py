"""A text's parser warnings kept as the parser writes them, a message template and its parameters, so that
the admin shows them in the editor's language ({"line", "template", "params"}, was {"line", "message"}).
A warning stored before is kept as written, in English: its message becomes a template without parameters
(a "%" doubled), which the catalogues translate where the English has not changed."""

from django.db import migrations, models

MODELS = ["ResolutionText", "HistoricalResolutionText"]


def _convert(apps, convert):
    for name in MODELS:
        model = apps.get_model("archive", name)
        changed = []
        for row in model.objects.exclude(warnings=[]).only("pk", "warnings").iterator(chunk_size=2000):
            row.warnings = [convert(w) for w in row.warnings]
            changed.append(row)
        model.objects.bulk_update(changed, ["warnings"], batch_size=2000)


def to_templates(apps, schema_editor):
    _convert(
        apps,
        lambda w: {"line": w.get("line"), "template": w["message"].replace("%", "%%"), "params": {}},
    )


def to_messages(apps, schema_editor):
    _convert(apps, lambda w: {"line": w["line"], "message": w["template"] % w["params"]})


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0035_search_index_without_pending_list"),
    ]

    operations = [
        migrations.AlterField(
            model_name=model.lower(),
            name="warnings",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="What the parser read with doubt: its message template, parameters and source "
                "line each",
            ),
        )
        for model in MODELS
    ] + [migrations.RunPython(to_templates, to_messages)]
