"""The yearly-compilation layout: a heading (`RESOLUTION 55/100`), the adoption line before the title
(meeting, date, the committee report, the vote), the recorded vote's lists of Member States, then the
title, the formula and the paragraphs (read by the usual steps). The language's wording is in
`compilation_words.py`.

`read_compilation` reads what comes before the title (None when the text does not open with the
layout's heading); `finish` completes the parsed result: meeting, vote, and the footnote texts that
corpus builders glued into the sentences where their marks stood, recovered as footnotes with a mark
where recognisable, kept in the text with a warning otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.messages import gettext_noop

from .compilation_words import CompiledWords, words
from .cover import Cover, parse_date
from .document import Footnote, FootnoteRef, ParsedResolution, ParseError, ParseWarning, Vote
from .languages import Compiled
from .normalise import Line, join_text

# The title line: the resolution's number, a full stop or a dash ("55/100- …" in Arabic), the title.
_TITLE = re.compile(
    r"^(?P<num>(?:ES-|S-)?\d{1,4}/\d{1,4}(?:\s?[A-Z](?:-[A-Z])?)?|\d{1,4}\s?(?:[A-Z]\s?)?[(（][IVXLC]+[)）])"
    r"\s*[-–.．]\s*(?P<title>\S.*)$"
)
_LIST_FIELDS = {"yes": "in_favour", "no": "against", "abstain": "abstaining"}
_NO_LIST = {
    "yes": gettext_noop("recorded vote: the States in favour are not listed"),
    "no": gettext_noop("recorded vote: the States against are not listed"),
    "abstain": gettext_noop("recorded vote: the States abstaining are not listed"),
}
_NOT_COUNTED = {
    "yes": gettext_noop("recorded vote: %(total)s in favour but %(listed)s States listed"),
    "no": gettext_noop("recorded vote: %(total)s against but %(listed)s States listed"),
    "abstain": gettext_noop("recorded vote: %(total)s abstaining but %(listed)s States listed"),
}
GLUED = gettext_noop("text that looks glued into the sentence (a footnote's?), kept: %(text)r")


@dataclass
class Compilation:
    """What the compilation layout prints before the title."""

    cover: Cover
    meeting: int | None
    vote: Vote | None
    adoption_line: int  # 1-based
    adoption_notes: list[str] = field(default_factory=list)  # footnotes glued into it (the sponsors)
    warnings: list[ParseWarning] = field(default_factory=list)


def read_compilation(lines: list[Line], tab: Compiled) -> Compilation | None:
    """The heading, adoption line and vote lists, or None when the first line is not the layout's
    heading. Raises ParseError when the heading is there but no title line follows."""
    w = words(tab.table.code)
    first = next((i for i, line in enumerate(lines) if not line.blank), None)
    if w is None or first is None:
        return None
    heading = w.heading.match(lines[first].text)
    if not heading:
        return None
    adoption, adoption_no = "", lines[first].no
    lists: dict[str, tuple[str, int]] = {}  # vote -> (names as printed, line)
    current = None
    title_index = None
    for i in range(first + 1, len(lines)):
        text = lines[i].text
        if not text:
            continue
        label = next(((vote, m) for vote, pattern in w.lists if (m := pattern.match(text))), None)
        if label:
            current = label[0]
            lists[current] = (text[label[1].end() :].strip(), lines[i].no)
        elif adoption and _TITLE.match(text):
            title_index = i
            break
        elif current:
            names, no = lists[current]
            lists[current] = (join_text(names, text), no)
        else:
            if not adoption:
                adoption_no = lines[i].no
            adoption = join_text(adoption, text) if adoption else text
    if title_index is None:
        raise ParseError(
            gettext_noop("compilation layout: no title line ('55/100. Title') after the adoption line"),
            line=lines[first].no,
        )
    end, title, number = _title(lines, title_index, tab)
    found = recover_notes(adoption, w, tab.table.terminal)
    clean, notes = found.text, found.notes
    out = Compilation(
        cover=Cover(
            title_line=title_index,
            title_end=end,
            title=title,
            title_number=number,
            symbol_text=heading.group("number"),
            cover_date=parse_date(clean, tab),
        ),
        meeting=None,
        vote=None,
        adoption_line=adoption_no,
        adoption_notes=[note for _, note in notes],
        warnings=found.glued_warnings(adoption_no),
    )
    basis = w.basis.search(clean)
    if basis:
        out.cover.basis = " ".join(basis.group("basis").split())
    meeting = w.meeting.search(clean)
    out.meeting = int(meeting.group("num")) if meeting else None
    if out.meeting is None or out.cover.cover_date is None:
        out.warnings.append(
            ParseWarning(
                gettext_noop("compilation layout: no meeting or date in the adoption line"), adoption_no
            )
        )
    out.vote = read_vote(clean, lists, w)
    out.warnings.extend(vote_warnings(out.vote, lists, adoption_no))
    return out


def _title(lines: list[Line], start: int, tab: Compiled) -> tuple[int, str, str]:
    """(last index, title, number) of the title line at `start` and its continuation lines."""
    m = _TITLE.match(lines[start].text)
    title, end = m.group("title"), start
    j = start + 1
    while j < len(lines) and not lines[j].blank and not tab.formula.match(lines[j].text):
        title, end = join_text(title, lines[j].text), j
        j += 1
    return end, title.strip(), m.group("num")


def read_vote(adoption: str, lists: dict[str, tuple[str, int]], w: CompiledWords) -> Vote | None:
    """The vote the adoption line prints, with the lists of names that follow it."""
    totals = w.totals.search(adoption)
    if w.without_vote.search(adoption) and not totals:
        return Vote(kind="without_vote")
    if not totals and not lists:
        return None
    recorded = bool(w.recorded.search(adoption) or lists)
    vote = Vote(kind="recorded" if recorded else "non_recorded")
    if totals:
        vote.yes, vote.no = _count(totals.group("yes"), w), _count(totals.group("no"), w)
        vote.abstain = _count(totals.group("abstain"), w) if totals.group("abstain") else None
    for key, (names, _) in lists.items():
        setattr(vote, _LIST_FIELDS[key], split_names(names, w))
    return vote


def _count(text: str, w: CompiledWords) -> int:
    return int(text) if text.isdigit() else w.words.number_words[text.lower()]


def split_names(text: str, w: CompiledWords) -> list[str]:
    """A list of Member States' names as printed ("None" gives no names)."""
    text = text.strip().rstrip(".。;；")
    if not text or w.no_names.match(text):
        return []
    return [name for name in (n.strip() for n in w.name_separator.split(text)) if name]


def vote_warnings(vote: Vote | None, lists: dict[str, tuple[str, int]], line: int) -> list[ParseWarning]:
    """Totals that disagree with the lists, and a recorded vote whose lists are missing."""
    if vote is None or vote.kind != "recorded":
        return []
    out = []
    for key, field_name in _LIST_FIELDS.items():
        total, names = getattr(vote, key), getattr(vote, field_name)
        if key not in lists:
            out.append(ParseWarning(_NO_LIST[key], line))
        elif total is not None and total != len(names):
            out.append(ParseWarning(_NOT_COUNTED[key], lists[key][1], total=total, listed=len(names)))
    return out


@dataclass
class Recovered:
    """A text without its glued footnote texts: each note's text with the offset of its mark in `text`,
    the spans removed from the original, and excerpts of what still looks glued."""

    text: str
    notes: list[tuple[int, str]]
    removed: list[tuple[int, int]]
    glued: list[str]

    def glued_warnings(self, line: int | None) -> list[ParseWarning]:
        return [ParseWarning(GLUED, line, text=excerpt) for excerpt in self.glued]

    def shifted(self, offset: int) -> int:
        """An offset in the original text carried into `text`."""
        gone = 0
        for start, end in self.removed:
            if offset >= end:
                gone += end - start
            elif offset > start:
                return start - gone
        return offset - gone


def recover_notes(text: str, w: CompiledWords, terminal: str) -> Recovered:
    """`text` without the footnote texts glued into it. A note at the very end counts only after a
    finished clause ("Rights,")."""
    out: list[str] = []
    notes: list[tuple[int, str]] = []
    removed: list[tuple[int, int]] = []
    pos = 0
    for m in w.note.finditer(text):
        kept = "".join(out) + text[pos : m.start()]
        last = kept.rstrip()[-1:]
        if not text[m.end() :].strip() and (not last or last not in terminal):
            continue
        out.append(text[pos : m.start()])
        notes.append((len(kept), " ".join(m.group("note").split())))
        removed.append((m.start(), m.end()))
        pos = m.end()
    out.append(text[pos:])
    clean = "".join(out)
    glued = [clean[max(0, m.start() - 20) : m.start() + 40] for m in w.glue.finditer(clean)]
    return Recovered(clean, notes, removed, glued)


def finish_compilation(
    result: ParsedResolution, compilation: Compilation, tab: Compiled
) -> list[ParseWarning]:
    """Complete `result` from the compilation layout: meeting, vote, and the glued footnote texts of the
    adoption line and of each paragraph recovered as footnotes (marks numbered in reading order).
    Returns the layout's warnings."""
    w = words(tab.table.code)
    result.meeting = compilation.meeting
    result.vote = compilation.vote
    warnings = list(compilation.warnings)

    def add(text: str, line: int | None) -> str:
        n = len(result.footnotes) + 1
        result.footnotes.append(Footnote(eid=f"fnt_{n}", mark=str(n), text=text, line=line))
        return str(n)

    for note in compilation.adoption_notes:
        add(note, compilation.adoption_line)
    for para in result.paragraphs():
        found = recover_notes(para.text, w, tab.table.terminal)
        warnings.extend(found.glued_warnings(para.line))
        if not found.notes:
            continue
        refs = [FootnoteRef(r.mark, found.shifted(r.offset)) for r in para.footnote_refs]
        refs.extend(FootnoteRef(add(note, para.line), offset) for offset, note in found.notes)
        para.text = found.text
        para.footnote_refs = sorted(refs, key=lambda r: r.offset)
    return warnings
