"""Citations typed by issuing body: other organisations' documents (GC(69)/RES/7, CM/Res.1153 (XLVIII))
are "other", no longer UN documents; rows already stored as "document" are retyped from their symbol.
Other UN organs' resolutions (S/RES/…, E/RES/…, A/HRC/RES/…) stay UN documents, their organ read from
the symbol's series (`Citation.issuing_organ`)."""

from django.db import migrations, models

from archive.parser.issuing_bodies import NON_UN_SYMBOL_RE


def retype_documents(apps, schema_editor):
    Citation = apps.get_model("archive", "Citation")
    documents = Citation.objects.filter(kind="document")
    targets = set(documents.values_list("target", flat=True).distinct())
    others = [t for t in targets if NON_UN_SYMBOL_RE.fullmatch(t)]
    documents.filter(target__in=others).update(kind="other")


def untype_documents(apps, schema_editor):
    Citation = apps.get_model("archive", "Citation")
    Citation.objects.filter(kind="other").update(kind="document")


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0014_search_one_vector_per_text"),
    ]

    operations = [
        migrations.AlterField(
            model_name="citation",
            name="kind",
            field=models.CharField(
                choices=[
                    ("resolution", "GA resolution"),
                    ("document", "UN document"),
                    ("other", "document of another organisation"),
                    ("session", "session"),
                ],
                max_length=20,
            ),
        ),
        migrations.AlterField(
            model_name="citation",
            name="target",
            field=models.CharField(
                help_text="Normalised symbol (A/RES/58/199, S/RES/2334 (2016), A/59/327), another "
                "organisation's symbol as printed (GC(69)/RES/7) or session",
                max_length=120,
            ),
        ),
        migrations.RunPython(retype_documents, untype_documents),
    ]
