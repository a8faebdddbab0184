"""What changes when a text replaces the stored one: title, paragraphs and footnotes compared by eId."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from archive.models import Resolution
from archive.parser.document import ParsedResolution

from .export import document_from_rows


@dataclass(frozen=True)
class Change:
    eid: str
    kind: str  # "added", "removed" or "changed"
    old: str = ""
    new: str = ""


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


def summary(changes: list[Change]) -> str:
    """Counts by kind, as "2 changed, 1 added", or "no change"."""
    counts = Counter(change.kind for change in changes)
    parts = [f"{counts[kind]} {kind}" for kind in ("changed", "added", "removed") if counts[kind]]
    return ", ".join(parts) or "no change"


def _parts(parsed: ParsedResolution) -> dict[str, str]:
    parts = {"title": parsed.title}
    for para in parsed.paragraphs():
        parts[para.eid] = f"{para.number} {para.text}" if para.number else para.text
    for note in parsed.footnotes:
        parts[note.eid] = f"{note.mark} {note.text}"
    return parts
