"""A resolution's change log, read from the history tables: its metadata, its texts (ingests, re-ingests,
re-parses), their paragraphs and footnotes (editorial corrections) and its per-state votes."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import npgettext, pgettext, pgettext_lazy

from archive.models import Footnote, MemberStateVote, Paragraph, Resolution, ResolutionText
from archive.models.history import REPLACED, STRUCTURE
from archive.models.texts import LANGUAGE_NAMES

from .errors import translated

ACTIONS = {"+": "created", "~": "changed", "-": "deleted"}
ACTION_NAMES = {
    "created": pgettext_lazy("change log", "created"),
    "changed": pgettext_lazy("change log", "changed"),
    "deleted": pgettext_lazy("change log", "deleted"),
}
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

    @property
    def action_said(self) -> str:
        return str(ACTION_NAMES[self.action])


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
                reason=reason_said(record.history_change_reason),
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


def reason_said(stored: str | None) -> str:
    """A history record's reason (a `change_reason`) in the active language; "" when it has none (an edit in
    the admin)."""
    if not stored:
        return ""
    reason = json.loads(stored)
    params = reason["params"]
    if "changes" in params:  # what an ingest or re-parse changed: counts by kind
        params["changes"] = changes_said(params["changes"])
    return translated(reason["template"], params)


def changes_said(counts: dict[str, int]) -> str:
    """How many parts of a text changed, were added and were removed, as "2 changed, 1 added"."""
    said = {
        "changed": lambda n: npgettext("parts of a text", "%(count)s changed", "%(count)s changed", n),
        "added": lambda n: npgettext("parts of a text", "%(count)s added", "%(count)s added", n),
        "removed": lambda n: npgettext("parts of a text", "%(count)s removed", "%(count)s removed", n),
    }
    parts = [
        said[kind](n) % {"count": number_format(n, force_grouping=True)} for kind, n in counts.items() if n
    ]
    return pgettext("between the items of a list", ", ").join(parts) or pgettext(
        "parts of a text", "no change"
    )


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
