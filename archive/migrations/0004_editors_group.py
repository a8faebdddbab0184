"""The "Editors" group: staff in it may ingest and re-parse texts, and edit resolutions, their texts'
paragraphs and footnotes, and their votes. Nothing else (no deleting resolutions, no user accounts)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
PERMISSIONS = [
    "ingest_resolutiontext",
    "view_resolution",
    "change_resolution",
    "view_resolutiontext",
    "change_resolutiontext",
    "view_paragraph",
    "add_paragraph",
    "change_paragraph",
    "delete_paragraph",
    "view_footnote",
    "add_footnote",
    "change_footnote",
    "delete_footnote",
    "view_memberstatevote",
    "add_memberstatevote",
    "change_memberstatevote",
    "delete_memberstatevote",
    "view_memberstate",
    "view_session",
]


def create_group(apps, schema_editor):
    archive = apps.get_app_config("archive")
    archive.models_module = True  # create_permissions skips apps without models
    create_permissions(archive, apps=apps, verbosity=0)
    archive.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS)
    group.permissions.set(
        Permission.objects.filter(content_type__app_label="archive", codename__in=PERMISSIONS)
    )


def delete_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0003_load_member_states"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_group, delete_group),
    ]
