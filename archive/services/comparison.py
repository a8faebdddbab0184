"""What changes when a text replaces the stored one: title, paragraphs and footnotes compared by eId."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.utils.translation import pgettext_lazy

from archive.models import Resolution
from archive.parser.document import ParsedResolution

from .export import document_from_rows

KINDS = {
    "changed": pgettext_lazy("a part of a text", "changed"),
    "added": pgettext_lazy("a part of a text", "added"),
    "removed": pgettext_lazy("a part of a text", "removed"),
}


@dataclass(frozen=True)
class Change:
    eid: str
    kind: str  # a name in KINDS
    old: str = ""
    new: str = ""

    @property
    def kind_said(self) -> str:
        return str(KINDS[self.kind])


def stored_document(symbol: str, language: str) -> ParsedResolution | None:
    """The stored text of `symbol` in `language` as the parser's dataclasses, or None."""
    resolution = Resolution.objects.for_export().filter(symbol=symbol).first()
    if resolution is None:
        return None
    text = next((t for t in resolution.texts.all() if t.language == language), None)
    return document_from_rows(resolution, text) if text else None


def structure_changes(old: ParsedResolution | None, new: ParsedResolution) -> list[Change]:
    """Parts of `new` added or changed since `old` (in `new`'s order), then the parts removed."""
    before = _parts(old) if old else {}
    after = _parts(new)
    changes = []
    for eid, body in after.items():
        if eid not in before:
            changes.append(Change(eid, "added", new=body))
        elif before[eid] != body:
            changes.append(Change(eid, "changed", old=before[eid], new=body))
    changes.extend(Change(eid, "removed", old=body) for eid, body in before.items() if eid not in after)
    return changes


def counts(changes: list[Change]) -> dict[str, int]:
    """How many parts changed, were added and were removed: `{"changed": 2, "added": 1, "removed": 0}`."""
    by_kind = Counter(change.kind for change in changes)
    return {kind: by_kind[kind] for kind in KINDS}


def _parts(parsed: ParsedResolution) -> dict[str, str]:
    parts = {"title": parsed.title}
    for para in parsed.paragraphs():
        parts[para.eid] = f"{para.number} {para.text}" if para.number else para.text
    for note in parsed.footnotes:
        parts[note.eid] = f"{note.mark} {note.text}"
    return parts
