"""Edit history for a text's structure. An ingest or re-parse stores (or replaces) paragraphs and footnotes
wholesale and is recorded once, on the text's own history; editorial corrections are recorded one by one.
The first correction of a paragraph or footnote first records the version it corrects, as stored with the
text, so that every correction shows its diff and can be reverted."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models.signals import pre_save
from django.utils.translation import gettext_noop
from simple_history.models import HistoricalRecords

_replacing_structure: ContextVar[bool] = ContextVar("replacing_structure", default=False)


def change_reason(template: str, **params) -> str:
    """A history record's reason as simple-history stores it: a message template (marked with
    `gettext_noop`) and its parameters, as JSON (`{"template": "ingested from %(source)s", "params":
    {"source": "A_RES_59_190.en.txt"}}`), so that each reader reads it in their own language
    (`archive.services.changelog.reason_said`)."""
    return json.dumps({"template": template, "params": params}, ensure_ascii=False)


# The reasons of the records besides an edit's own, which the change log leaves out: the deletion of a text an
# ingest or re-parse replaces, and the version of a paragraph or footnote stored with its text.
REPLACED = change_reason(gettext_noop("replaced by a new version"))
STRUCTURE = change_reason(gettext_noop("stored with its text"))


@contextmanager
def replacing_structure() -> Iterator[None]:
    """Within the block, deleting paragraphs and footnotes (a text's cascade) writes no history rows."""
    token = _replacing_structure.set(True)
    try:
        yield
    finally:
        _replacing_structure.reset(token)


class EditHistory(HistoricalRecords):
    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if sender is self.cls:
            pre_save.connect(self.record_stored_version, sender=sender, weak=False)

    def record_stored_version(self, instance, raw=False, **kwargs):
        if raw or instance._state.adding or getattr(instance, self.manager_name).exists():
            return
        stored = type(instance)._default_manager.select_related("text").get(pk=instance.pk)
        stored._history_user = None
        stored._history_date = stored.text.ingested_at
        stored._change_reason = STRUCTURE
        self.create_historical_record(stored, "+")

    def post_delete(self, instance, using=None, **kwargs):
        if not _replacing_structure.get():
            super().post_delete(instance, using=using, **kwargs)
