"""The structure of real resolutions, read from the sample corpus: what synthetic texts imitate.

Each distribution is the list of values observed, sampled as it is (an empirical distribution), so
the synthetic archive has the corpus's mix of short and long resolutions, footnotes and citations.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from archive.parser import ParsedResolution, parse
from archive.services.sources import read_source

SAMPLE_CORPUS = Path(__file__).resolve().parent.parent / "archive" / "sample_corpus"


@dataclass(frozen=True)
class Shape:
    """One real text's layout: preambular paragraphs, sub-paragraphs under each operative paragraph,
    and the same for each annex's paragraphs; and its footnotes."""

    preambular: int
    operative: tuple[int, ...]
    annexes: tuple[tuple[int, ...], ...]
    footnotes: int


@dataclass(frozen=True)
class CorpusProfile:
    shapes: tuple[Shape, ...]
    lengths: dict[str, tuple[int, ...]]  # paragraph kind -> body lengths (English characters)
    footnote_lengths: tuple[int, ...]
    citations_per_paragraph: tuple[int, ...]
    citations_per_footnote: tuple[int, ...]
    citation_kinds: dict[str, int]  # kind -> citations seen
    pinpointed: float  # share of resolution citations naming a paragraph


def sample_texts(corpus: Path = SAMPLE_CORPUS) -> list[Path]:
    """The corpus's plain-text files (its PDFs need pdfplumber: ingestion measures those)."""
    return sorted(corpus.rglob("*.txt"))


def parse_file(path: Path) -> ParsedResolution:
    return parse(read_source(path.read_bytes(), path.name))


def shape_of(parsed: ParsedResolution) -> Shape:
    return Shape(
        preambular=len(parsed.preambular),
        operative=tuple(len(list(p.walk())) - 1 for p in parsed.operative),
        annexes=tuple(tuple(len(list(p.walk())) - 1 for p in a.paragraphs) for a in parsed.annexes),
        footnotes=len(parsed.footnotes),
    )


def profile_of(documents: list[ParsedResolution]) -> CorpusProfile:
    english = [d for d in documents if d.language == "en"] or documents
    lengths: dict[str, list[int]] = {}
    for doc in english:
        for para in doc.paragraphs():
            lengths.setdefault(para.kind, []).append(len(para.text))
    citations = [c for d in documents for p in d.paragraphs() for c in p.citations]
    resolutions = [c for c in citations if c.kind == "resolution"]
    return CorpusProfile(
        shapes=tuple(shape_of(d) for d in documents),
        lengths={kind: tuple(values) for kind, values in sorted(lengths.items())},
        footnote_lengths=tuple(len(f.text) for d in english for f in d.footnotes),
        citations_per_paragraph=tuple(len(p.citations) for d in documents for p in d.paragraphs()),
        citations_per_footnote=tuple(len(f.citations) for d in documents for f in d.footnotes),
        citation_kinds=dict(sorted(Counter(c.kind for c in citations).items())),
        pinpointed=sum(1 for c in resolutions if c.pinpoint) / max(len(resolutions), 1),
    )


def sample_profile() -> CorpusProfile:
    return profile_of([parse_file(path) for path in sample_texts()])
