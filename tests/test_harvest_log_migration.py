"""Migration 0040 keeps the lines of a harvest's log written before, in English, as written (a message whose
template is the line), so that the log reads as it did in every language; and writes a log stored by name
back in English."""

from importlib import import_module

from django.apps import apps
from django.utils import translation

from archive.messages import Message
from archive.models import HarvestRun
from archive.services.harvest import OF_RECORD, log_said, write_log

migration = import_module("archive.migrations.0040_harvest_logs_by_name")

WRITTEN = (
    "2026-11-30 09:00:00 harvest of session 73 (en) from resolutions\n"
    "2026-11-30 09:00:05 record 1654251 A/RES/73/8 (en): the file is named .pdf but is not a PDF "
    "(it does not start with %PDF-)\n"
    "2026-11-30 09:00:09 stopped by an error: OperationalError: server closed the connection unexpectedly\n"
    "\tThis probably means the server terminated abnormally\n"
)


def test_a_log_written_in_english_is_kept_as_written_and_back(db):
    run = HarvestRun.objects.create(session=73, languages=["en"], log=WRITTEN)
    untouched = HarvestRun.objects.create(session=74, languages=[])

    migration.to_messages(apps, None)
    run.refresh_from_db()
    assert run.log.splitlines() == [
        '{"at": "2026-11-30 09:00:00", "template": "harvest of session 73 (en) from resolutions", '
        '"params": {}}',
        '{"at": "2026-11-30 09:00:05", "template": "record 1654251 A/RES/73/8 (en): the file is named .pdf '
        'but is not a PDF (it does not start with %%PDF-)", "params": {}}',
        '{"at": "2026-11-30 09:00:09", "template": "stopped by an error: OperationalError: server closed the '
        'connection unexpectedly\\n\\tThis probably means the server terminated abnormally", "params": {}}',
    ]
    with translation.override("fr"):
        assert log_said(run.log) == WRITTEN
    assert HarvestRun.objects.get(pk=untouched.pk).log == ""

    write_log(run, Message(OF_RECORD, record="1654999", problem=Message("a record without a number (001)")))
    migration.to_text(apps, None)  # back, each line in English
    assert HarvestRun.objects.get(pk=run.pk).log.splitlines()[:-1] == WRITTEN.splitlines()
    assert HarvestRun.objects.get(pk=run.pk).log.splitlines()[-1][20:] == (
        "record 1654999: a record without a number (001)"
    )
