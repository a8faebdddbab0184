"""The parser's output: a resolution text as plain dataclasses.

These types are the contract between the parser, the ingestion service (which stores them as rows)
and the export (which renders them as JSON). They carry no Django and no behaviour beyond small,
derived helpers.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import NamedTuple

from archive.messages import MessageError, in_english

# Stored with every text; bump it when the parser's output changes, so texts can be re-parsed.
PARSER_VERSION = "1.7"


def part_of(eid: str) -> str:
    """The part an eId belongs to in a multi-part resolution ("part_b" for `part_b__para_3`), or ""."""
    return eid.split("__", 1)[0] if eid.startswith("part_") else ""


def part_letter(eid: str) -> str:
    """The letter of that part as citations name it ("B" for `part_b__para_3`), or "" outside parts."""
    return part_of(eid).removeprefix("part_").upper()


class ParseError(MessageError):
    """The input cannot be read as a resolution. `line` is 1-based, or None for the whole input."""

    def __init__(self, template: str, *, line: int | None = None, **params):
        super().__init__(template, **params)
        self.line = line

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


class SessionRef(NamedTuple):
    """A General Assembly session: kind is "regular", "special" or "emergency". A (kind, number) pair."""

    kind: str
    number: int


@dataclass(frozen=True)
class Symbol:
    """A GA resolution symbol, normalised.

    `canonical` is the archive's spelling (A/RES/59/190, A/RES/217(III), A/RES/S-27/2, A/RES/ES-10/19);
    `parts` keeps part letters ("A", "C", "A-B") that the canonical symbol drops.
    """

    session: SessionRef
    number: int
    parts: str = ""
    old_era: bool = False

    @property
    def canonical(self) -> str:
        from .symbols import format_symbol  # local import: symbols.py imports this module

        return format_symbol(self)

    def __str__(self) -> str:
        return self.canonical


@dataclass
class FootnoteRef:
    """A footnote marker removed from a paragraph's text, at `offset` characters into that text."""

    mark: str
    offset: int


@dataclass
class Citation:
    """A reference found in a paragraph's or footnote's text.

    kind: "resolution" (target is a canonical GA symbol), "document" (another UN document symbol, other
    organs' resolutions included: S/RES/2334 (2016), whose organ `issuing_bodies.issuing_organ` reads),
    "other" (another organisation's document, target as printed: GC(69)/RES/7) or "session" (target is
    the session, e.g. "regular/60"). `start`/`end` are the span of `text`
    within the paragraph or footnote text. `pinpoint` is a paragraph number the citation names
    ("paragraph 5 of resolution 58/199" gives "5"); `part` the one part of a multi-part resolution it names
    ("resolution 79/238 B, paragraph 3" gives "B" and "3"; Arabic "79/238 باء" gives "B").
    """

    text: str
    start: int
    end: int
    target: str
    kind: str
    pinpoint: str | None = None
    part: str | None = None


class CitationAt(NamedTuple):
    """A citation with the eId of the paragraph or footnote whose text it stands in."""

    from_eid: str
    citation: Citation


@dataclass
class Paragraph:
    """One clause. kind: "formula", "preambular", "operative", "subparagraph", "annex_heading"
    (a heading inside an annex) or "annex_paragraph"."""

    kind: str
    eid: str
    text: str
    number: str | None = None
    footnote_refs: list[FootnoteRef] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    subparagraphs: list[Paragraph] = field(default_factory=list)
    line: int | None = None  # first source line, 1-based

    def walk(self):
        """This paragraph and all nested sub-paragraphs, in document order."""
        yield self
        for sub in self.subparagraphs:
            yield from sub.walk()


@dataclass
class Heading:
    """A heading between paragraphs, kept so a table of contents can be built: a part's heading ("B" and
    its title), an annex's section heading ("I." "Global context…"), a declaration's section or a heading
    in the operative part. `before` is the eId of the paragraph it stands before (None: after the last
    paragraph of the text); `level` 0 is a part, 1 a top section (roman numbers, or unnumbered headings
    where no section is numbered), 2 below it."""

    eid: str  # "part_b", "annex_1__hcontainer_2", "hcontainer_1"
    text: str
    number: str | None = None  # "I.", "A.", "B" (a part's letter)
    level: int = 1
    before: str | None = None
    line: int | None = None


@dataclass
class Annex:
    eid: str
    heading: str  # "Annex", "Annex I", "附件"
    title: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    line: int | None = None


@dataclass
class Footnote:
    eid: str  # "fnt_1"
    mark: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    line: int | None = None


@dataclass(init=False)
class ParseWarning:
    """Something the parser read with doubt, on source line `line` (None: the whole text). Written as
    `ParseError` is: a template marked for the catalogues with its `params`, `message` in English."""

    template: str
    line: int | None
    params: dict

    def __init__(self, template: str, line: int | None = None, **params):
        self.template = template
        self.line = line
        self.params = params

    @classmethod
    def as_written(cls, message: str, line: int | None = None) -> ParseWarning:
        """A warning a person or a program wrote, shown as it is in every language."""
        return cls(message.replace("%", "%%"), line)

    @property
    def message(self) -> str:
        return in_english(self.template, self.params)


@dataclass
class Artefact:
    """A source line removed as page furniture (running header, job number, page number...)."""

    line: int
    text: str
    reason: str


@dataclass
class Vote:
    """How the resolution was adopted, as the text prints it (the compilation layout's adoption line).

    kind: "recorded" (a recorded vote, with the Member States' names in each list as printed),
    "non_recorded" (totals only) or "without_vote". Totals are None where the text prints none."""

    kind: str
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    in_favour: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    abstaining: list[str] = field(default_factory=list)


@dataclass
class ParsedResolution:
    """Everything the parser read from one resolution text in one language."""

    language: str
    symbol: Symbol
    title: str
    formula: str | None = None
    agenda_items: list[str] = field(default_factory=list)
    basis: str | None = None
    draft_symbols: list[str] = field(default_factory=list)
    adopted_on: datetime.date | None = None
    meeting: int | None = None
    vote: Vote | None = None  # read from the compilation layout's adoption line
    preambular: list[Paragraph] = field(default_factory=list)
    operative: list[Paragraph] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    artefacts: list[Artefact] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)

    def paragraphs(self):
        """Every paragraph (formula excluded), nested ones included, in document order (part by part in a
        multi-part resolution)."""
        for para in sorted([*self.preambular, *self.operative], key=lambda p: part_of(p.eid)):
            yield from para.walk()
        for annex in self.annexes:
            for para in annex.paragraphs:
                yield from para.walk()

    def contents(self):
        """Every paragraph and heading in document order: a heading comes just before the paragraph it
        stands before, headings after the last paragraph of the text at the end."""
        waiting: dict[str | None, list[Heading]] = {}
        for heading in self.headings:
            waiting.setdefault(heading.before, []).append(heading)
        for para in self.paragraphs():
            yield from waiting.pop(para.eid, ())
            yield para
        for headings in waiting.values():
            yield from headings

    def citations(self) -> list[CitationAt]:
        """Every citation, in paragraphs then footnotes, in document order."""
        return [CitationAt(para.eid, c) for para in self.paragraphs() for c in para.citations] + [
            CitationAt(note.eid, c) for note in self.footnotes for c in note.citations
        ]
