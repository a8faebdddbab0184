"""A resolution's change log, read from the history tables: its metadata, its texts (ingests, re-ingests,
re-parses), their paragraphs and footnotes (editorial corrections) and its per-state votes."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from archive.models import Footnote, MemberStateVote, Paragraph, Resolution, ResolutionText
from archive.models.history import REPLACED, STRUCTURE
from archive.models.texts import LANGUAGE_NAMES

ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}
NOT_SHOWN = {"id", "created_at", "updated_at", "ingested_at", "source_sha256", "extracted_text", "artefacts"}


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: str
    new: str


@dataclass
class Entry:
    when: datetime.datetime
    user: object  # the User who made the change, or None (the command line); not shown publicly
    subject: (
        str  # in the interface language: "Resolution", "Text (English), paragraph para_3", "Vote of France"
    )
    action: str  # "created", "changed" or "deleted"
    reason: str
    model: type
    object_id: int
    fields: list[FieldChange] = field(default_factory=list)
    history_id: int | None = None  # the history record: a text's record is a version one can read


def resolution_changes(resolution: Resolution) -> list[Entry]:
    """Every recorded change of `resolution`, newest first."""
    texts = list(_in_order(ResolutionText.history.filter(resolution_id=resolution.pk)))
    language_of = {record.id: LANGUAGE_NAMES[record.language] for record in texts}
    paragraphs = _in_order(Paragraph.history.filter(text_id__in=language_of))
    footnotes = _in_order(Footnote.history.filter(text_id__in=language_of))
    votes = MemberStateVote.history.filter(resolution_id=resolution.pk).select_related("member_state")
    entries = [
        *_entries(_in_order(resolution.history.all()), lambda r: _("Resolution")),
        *_entries(texts, lambda r: _("Text (%(language)s)") % {"language": language_of[r.id]}),
        *_entries(
            paragraphs,
            lambda r: (
                _("Text (%(language)s), paragraph %(eid)s")
                % {"language": language_of[r.text_id], "eid": r.eid}
            ),
        ),
        *_entries(
            footnotes,
            lambda r: (
                _("Text (%(language)s), footnote %(mark)s")
                % {"language": language_of[r.text_id], "mark": r.mark}
            ),
        ),
        *_entries(_in_order(votes), lambda r: _("Vote of %(state)s") % {"state": r.member_state}),
    ]
    return sorted(entries, key=lambda entry: entry.when, reverse=True)


def _in_order(records):
    return records.select_related("history_user").order_by("history_date", "history_id")


def _entries(records, subject) -> list[Entry]:
    """One entry per record, with the fields that differ from the previous record of the same object. The
    records an ingest writes besides the text's own (the replaced text's deletion, the first version of each
    paragraph and footnote) are left out: the text's entry says what changed."""
    previous = {}
    out = []
    for record in records:
        before = previous.get(record.id)
        previous[record.id] = record
        if record.history_change_reason in (REPLACED, STRUCTURE):
            continue
        out.append(
            Entry(
                when=record.history_date,
                user=record.history_user,
                subject=subject(record),
                action=ACTIONS[record.history_type],
                reason=record.history_change_reason or "",
                model=record.instance_type,
                object_id=record.id,
                history_id=record.history_id,
                fields=_field_changes(before, record) if before and record.history_type == "~" else [],
            )
        )
    return out


def _field_changes(before, after) -> list[FieldChange]:
    delta = after.diff_against(before, excluded_fields=NOT_SHOWN & {f.name for f in before.tracked_fields})
    return [
        FieldChange(
            name=str(after.instance_type._meta.get_field(change.field).verbose_name),
            old=_shown(change.old),
            new=_shown(change.new),
        )
        for change in delta.changes
    ]


def _shown(value) -> str:
    return "" if value is None else str(value)


def text_versions(resolution: Resolution):
    """Every version of the resolution's texts as they were stored, oldest first: each ingest, re-parse
    and edit of a text is a history record holding its language, its title and the text the parser read (a
    record of a deletion repeats the version before it, and is left out). One query."""
    return (
        ResolutionText.history.filter(resolution_id=resolution.pk)
        .exclude(history_type="-")
        .only("history_id", "history_date", "history_change_reason", "language", "title", "extracted_text")
        .order_by("history_date", "history_id")
    )
