"""The 193 Member States of the United Nations, with their names in the six official languages, from the
list shipped in archive/data/member_states.json."""

import json
from pathlib import Path

from django.db import migrations

MEMBER_STATES = Path(__file__).resolve().parent.parent / "data" / "member_states.json"


def load(apps, schema_editor):
    MemberState = apps.get_model("archive", "MemberState")
    states = json.loads(MEMBER_STATES.read_text(encoding="utf-8"))
    MemberState.objects.bulk_create(
        MemberState(
            code=s["code"],
            **{f"name_{language}": s[language] for language in ("ar", "zh", "en", "fr", "ru", "es")},
        )
        for s in states
    )


def unload(apps, schema_editor):
    apps.get_model("archive", "MemberState").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0002_member_states_votes_edit_history"),
    ]

    operations = [
        migrations.RunPython(load, unload),
    ]
