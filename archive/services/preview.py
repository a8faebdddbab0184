"""What ingesting a file would do, computed in memory: nothing is written. The admin shows it before the
editor confirms, and confirming calls `ingest` with the same bytes."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

from archive.models import Resolution, ResolutionText
from archive.parser.document import PARSER_VERSION, Citation, ParsedResolution, ParseWarning

from .comparison import Change, stored_document, structure_changes
from .errors import message_of
from .ingestion import check_conflicts, check_labels, check_size, parse_text
from .sources import read_source


@dataclass(frozen=True)
class SourceLine:
    number: int
    text: str
    warnings: list[str]


@dataclass(frozen=True)
class FoundCitation:
    eid: str  # the paragraph's or footnote's
    citation: Citation
    in_archive: bool


@dataclass
class Preview:
    filename: str
    parsed: ParsedResolution
    effect: str  # "new resolution", "new language", "replaces" or "identical"
    changes: list[Change]
    lines: list[SourceLine]
    general_warnings: list[str]  # the ones not about one line, in the editor's language
    citations: list[FoundCitation]

    @property
    def symbol(self) -> str:
        return self.parsed.symbol.canonical

    @property
    def language_name(self) -> str:
        return ResolutionText.Language(self.parsed.language).label


def preview(*, data: bytes, filename: str, language: str | None, symbol: str | None) -> Preview:
    """Everything `ingest` would check, parse and change. Raises IngestError as `ingest` would."""
    check_size(len(data), filename)
    extracted = read_source(data, filename)
    parsed = parse_text(extracted, filename=filename, language=language, symbol=symbol)
    check_labels(parsed, filename)
    resolution = Resolution.objects.filter(symbol=parsed.symbol.canonical).first()
    if resolution is not None:
        check_conflicts(parsed, resolution, filename)
    stored = stored_document(parsed.symbol.canonical, parsed.language) if resolution else None
    return Preview(
        filename=filename,
        parsed=parsed,
        effect=_effect(resolution, parsed, hashlib.sha256(data).hexdigest(), stored is not None),
        changes=structure_changes(stored, parsed) if stored else [],
        lines=_lines(extracted, parsed.warnings),
        general_warnings=[message_of(w) for w in parsed.warnings if w.line is None],
        citations=_citations(parsed),
    )


def _effect(resolution: Resolution | None, parsed: ParsedResolution, sha256: str, has_text: bool) -> str:
    if resolution is None:
        return "new resolution"
    if not has_text:
        return "new language"
    same = ResolutionText.objects.filter(
        resolution=resolution, language=parsed.language, source_sha256=sha256, parser_version=PARSER_VERSION
    )
    return "identical" if same.exists() else "replaces"


def _lines(text: str, warnings: list[ParseWarning]) -> list[SourceLine]:
    by_line = defaultdict(list)
    for warning in warnings:
        if warning.line is not None:
            by_line[warning.line].append(message_of(warning))
    return [SourceLine(n, line.rstrip("\r"), by_line[n]) for n, line in enumerate(text.split("\n"), start=1)]


def _citations(parsed: ParsedResolution) -> list[FoundCitation]:
    found = parsed.citations()
    targets = {c.target for _, c in found if c.kind == "resolution"}
    held = set(Resolution.objects.filter(symbol__in=targets).values_list("symbol", flat=True))
    return [FoundCitation(eid, c, c.kind == "resolution" and c.target in held) for eid, c in found]
