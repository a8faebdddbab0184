"""The former Member States (USSR, Yugoslavia, Czechoslovakia, German Democratic Republic, Democratic
Yemen) with their names in the six official languages, from archive/data/member_state_names.json, so that
the recorded votes of older resolutions can name them. (Earlier names of current Member States, in the
same file, are read where names are matched: archive/services/member_names.py.)"""

import json
from pathlib import Path

from django.db import migrations

NAMES = Path(__file__).resolve().parent.parent / "data" / "member_state_names.json"
LANGUAGES = ("ar", "zh", "en", "fr", "ru", "es")


def former_states():
    return json.loads(NAMES.read_text(encoding="utf-8"))["former_states"]


def load(apps, schema_editor):
    MemberState = apps.get_model("archive", "MemberState")
    for s in former_states():
        MemberState.objects.update_or_create(
            code=s["code"], defaults={f"name_{language}": s[language] for language in LANGUAGES}
        )


def unload(apps, schema_editor):
    codes = [s["code"] for s in former_states()]
    apps.get_model("archive", "MemberState").objects.filter(code__in=codes, votes__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0011_content_versions_kept_by_services"),
    ]

    operations = [
        migrations.RunPython(load, unload),
    ]
