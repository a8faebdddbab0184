"""The Editors group may correct separate votes (on amendments or separate paragraphs) and each Member
State's vote in them, as it corrects the recorded vote on the whole (0004)."""

from django.db import migrations

EDITORS = "Editors"
SEPARATE_VOTE_PERMISSIONS = [
    f"{action}_{model}"
    for model in ("separatevote", "separatestatevote")
    for action in ("view", "add", "change", "delete")
]


def let_editors_correct_separate_votes(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    archive = apps.get_app_config("archive")
    archive.models_module = True  # create_permissions skips apps without models
    create_permissions(archive, apps=apps, verbosity=0)
    archive.models_module = None
    group = apps.get_model("auth", "Group").objects.filter(name=EDITORS).first()
    if group is not None:
        Permission = apps.get_model("auth", "Permission")
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="archive", codename__in=SEPARATE_VOTE_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0032_language_index_in_resolution_order"),
    ]

    operations = [
        migrations.RunPython(let_editors_correct_separate_votes, migrations.RunPython.noop),
    ]
