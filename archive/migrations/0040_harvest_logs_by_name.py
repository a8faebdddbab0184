"""A harvest run's log kept by name, a line a message as JSON (`archive.services.harvest.write_log`), so that
the run's page says it in the reader's language. A line written before, in English ("2026-12-01 10:00:00
record 12: a record without a document symbol (191 $a)"), is kept as written: its time, and a message whose
template is its words (a "%" doubled) without parameters; a line that does not start with a time continues
the one before (an exception's message of several lines). And back: each line in English after its time,
as the code of that time wrote it."""

import json
import re

from django.db import migrations

TIME = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"
LINE = re.compile(rf"({TIME}) (.*)", re.DOTALL)


def as_messages(log: str) -> str:
    lines = re.split(rf"\n(?={TIME} )", log.removesuffix("\n")) if log else []
    out = []
    for line in lines:
        found = LINE.fullmatch(line)
        at, words = found.groups() if found else ("", line)
        message = {"at": at, "template": words.replace("%", "%%"), "params": {}}
        out.append(json.dumps(message, ensure_ascii=False) + "\n")
    return "".join(out)


def as_text(log: str) -> str:
    lines = (json.loads(line) for line in log.splitlines())
    return "".join(f"{line['at']} {_english(line)}\n" for line in lines)


def _english(message: dict) -> str:
    """A message in English, as `archive.messages.in_english` writes it."""
    return message["template"] % {name: _said(value) for name, value in message["params"].items()}


def _said(value):
    if isinstance(value, dict):
        return _english(value)
    if isinstance(value, list):
        return "; ".join(_said(item) for item in value)
    return f"{value:,}" if isinstance(value, int) else value


def _convert(apps, convert):
    HarvestRun = apps.get_model("archive", "HarvestRun")
    for run in HarvestRun.objects.exclude(log="").only("pk", "log"):
        HarvestRun.objects.filter(pk=run.pk).update(log=convert(run.log))


def to_messages(apps, schema_editor):
    _convert(apps, as_messages)


def to_text(apps, schema_editor):
    _convert(apps, as_text)


class Migration(migrations.Migration):
    dependencies = [
        ("archive", "0039_change_reasons_by_name"),
    ]

    operations = [migrations.RunPython(to_messages, to_text)]
