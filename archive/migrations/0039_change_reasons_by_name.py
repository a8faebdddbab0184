"""A history record's change reason kept as a message template and its parameters, as JSON, so that the change
log shows it in the reader's language (`archive.models.history.change_reason`), in a text column (it was a
string of at most 100 characters, which cut long file names). A reason written before, in English, is read
back by the shapes the code of that time wrote ("re-ingested from A_RES_80_2.txt: 1 changed, 1 added"); one
of no such shape (one cut at 100 characters) is kept as written: a template without parameters."""

import json
import re
from functools import cache

from django.db import migrations, models

MODELS = [
    "HistoricalFootnote",
    "HistoricalMemberStateVote",
    "HistoricalParagraph",
    "HistoricalResolution",
    "HistoricalResolutionText",
]
KINDS = ("changed", "added", "removed")
COUNTS = r"(?:no change|\d+ (?:changed|added|removed)(?:, \d+ (?:changed|added|removed))*)"
# The reasons as the code wrote them before, each with its template now, a form before any it is a prefix of.
SHAPES = [
    (rf"re-ingested from (?P<source>.+): (?P<changes>{COUNTS})", "re-ingested from %(source)s: %(changes)s"),
    (
        rf"re-parsed with parser (?P<version>\S+): (?P<changes>{COUNTS})",
        "re-parsed with parser %(version)s: %(changes)s",
    ),
    (r"ingested from (?P<source>.+)", "ingested from %(source)s"),
    (
        r"created from UN Digital Library record (?P<record>\d+)",
        "created from UN Digital Library record %(record)s",
    ),
    (
        r"vote from UN Digital Library record (?P<record>\d+)",
        "vote from UN Digital Library record %(record)s",
    ),
    (r"UN Digital Library record (?P<record>\d+)", "from UN Digital Library record %(record)s"),
    (r"(?:created|loaded) from a dump of the archive", "loaded from a dump of the archive"),
    (r"created from (?P<source>.+)", "created from %(source)s"),
    (r"completed from (?P<source>.+)", "completed from %(source)s"),
    (r"vote from (?P<source>.+)", "vote from %(source)s"),
    (
        r"vote totals from the .*\((?P<record>[^()]+)\)",
        "vote totals from the official record of the meeting, %(record)s",
    ),
    (r"replaced", "replaced by a new version"),
    (r"stored with its text", "stored with its text"),
]


@cache
def as_template(reason: str) -> str:
    for shape, template in SHAPES:
        found = re.fullmatch(shape, reason)
        if found:
            params = found.groupdict()
            if "changes" in params:
                counted = {kind: int(n) for n, kind in re.findall(r"(\d+) (\w+)", params["changes"])}
                params["changes"] = {kind: counted.get(kind, 0) for kind in KINDS}
            return json.dumps({"template": template, "params": params}, ensure_ascii=False)
    return json.dumps({"template": reason.replace("%", "%%"), "params": {}}, ensure_ascii=False)


@cache
def as_text(stored: str) -> str:
    reason = json.loads(stored)
    params = reason["params"]
    if "changes" in params:
        params["changes"] = (
            ", ".join(f"{n} {kind}" for kind, n in params["changes"].items() if n) or "no change"
        )
    return (reason["template"] % params)[:100]


def _convert(apps, convert):
    for name in MODELS:
        model = apps.get_model("archive", name)
        changed = []
        rows = model.objects.exclude(history_change_reason=None).exclude(history_change_reason="")
        for row in rows.only("pk", "history_change_reason").iterator(chunk_size=2000):
            row.history_change_reason = convert(row.history_change_reason)
            changed.append(row)
        model.objects.bulk_update(changed, ["history_change_reason"], batch_size=2000)


def to_templates(apps, schema_editor):
    _convert(apps, as_template)


def to_text(apps, schema_editor):
    _convert(apps, as_text)


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0001_squashed_0038_verbose_names"),
    ]

    operations = [
        migrations.AlterField(
            model_name=model.lower(), name="history_change_reason", field=models.TextField(null=True)
        )
        for model in MODELS
    ] + [migrations.RunPython(to_templates, to_text)]
