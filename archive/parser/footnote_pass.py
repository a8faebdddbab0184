"""The footnote pass: which of the body's free lines are footnotes, footnote marks standing on their own
line, or body text. A small state machine reads the lines in order; a line placed by an earlier step
(furniture, an adoption line, an annex heading) or a blank line only moves it.

States (`Phase`):
- BODY: reading the resolution's text;
- BLOCK: after a footnote rule, before the block's first footnote;
- FOOTNOTE: reading a footnote's text;
- MARK: a footnote's mark stood alone on its line; its text follows.
Beside the state the machine remembers whether a gap (a blank or placed line) stands before the line.

Transitions:
- a footnote rule -> BLOCK; any other placed line -> BODY (MARK stays: page furniture may stand between a
  mark and its text); a blank line: no change;
- a text line, in
  BLOCK: continues the last footnote if its text is unfinished (a footnote carried over to the next
    page), or the line has no indent where the body's lines are spaced and indented (carried over after
    a sentence's end), and the line does not start the next footnote -> FOOTNOTE (MARK if that
    footnote's text is still to come); else a line "N text" or "N" starts a footnote -> FOOTNOTE or
    MARK; else as in BODY;
  FOOTNOTE: where the body's lines are spaced (a blank line between a paragraph's lines, as in the
    seed's extraction), an indented line with no gap before it is the next page's first: as in BODY;
    where it also indents some body lines, a line without an indent that starts no footnote continues the
    footnote, its text finished or not (its next sentence: only the next page's first line, indented,
    ends the block there);
    "N text" with the next mark starts the next footnote; a line after a footnote whose text is
    unfinished continues it, unless a gap stands before it and it starts a numbered paragraph (some
    extractions put a blank line between all lines) and the footnote does not end with an abbreviation
    that a number follows ("…párr." / "2."); else as in BODY.
  In both, after an unfinished footnote, "N text" starts the next only if the body has used mark N
  ("4 Report of the Conference, Cairo," / "5 to 13 September 1994 …" is footnote 4 wrapped), and, where
  every footnote so far began with its mark alone on its line, only the mark alone does;
  MARK: the footnote's text -> FOOTNOTE;
  BODY: a lone mark ("1", "*") is an own-line mark; after a gap, "N text" starts a footnote (-> FOOTNOTE)
    when N is the next mark and the text so far used it (on its own line or glued), where the text prints
    no footnote rule (where it does, a footnote starts under one: "1 million people, 2 of 5" wrapped to
    the start of a line is body text); else body text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

from .footnotes import (
    FOOTNOTE_START,
    OWN_LINE_MARK,
    ends_with_abbreviation,
    footnote_text_complete,
    next_mark,
)
from .languages import Compiled
from .marks import candidates
from .normalise import Line, join_text
from .paragraphs import is_terminal

Kinds = tuple[str | None, ...]


class Phase(Enum):
    BODY = "body"
    BLOCK = "block"
    FOOTNOTE = "footnote"
    MARK = "mark"


@dataclass(frozen=True)
class FootnoteDraft:
    """A footnote as read: its mark, text and source lines (indices)."""

    mark: str
    text: str = ""
    lines: list[int] = field(default_factory=list)
    pending: bool = False  # the mark stood alone; its text is still to come

    def extended(self, index: int, text: str, *, text_found: bool = False) -> FootnoteDraft:
        """This footnote with one more line; `text_found` ends its pending state."""
        pending = self.pending and not text_found
        return FootnoteDraft(self.mark, join_text(self.text, text), [*self.lines, index], pending)


class FootnotePass:
    """The machine: its phase, the gap flag, and what it has read so far."""

    def __init__(self, tab: Compiled, *, ruled: bool = False):
        self.abbreviations = tab.table.abbreviations
        self.counters = tab.table.counters
        self.paragraph_number = tab.paragraph_number  # "1 - تهيب" is a paragraph, not footnote 1
        self.terminal = tab.table.terminal
        self.ruled = ruled  # the text prints footnote rules: footnotes start under them only
        self.phase = Phase.BODY
        self.gap = True
        self.footnotes: list[FootnoteDraft] = []
        self.own_marks: set[str] = set()
        self.start_forms: set[bool] = set()  # whether each footnote so far began with its mark alone
        # Body lines going on with the line before them (which ended without final punctuation), by
        # whether a gap stood before them: [none, one]. Mostly one: the extraction spaces its lines (the
        # seed's). Not the rest of a line after its mark on a line of its own: the extraction broke the line
        # for the mark, and put no gap there whatever it does between lines.
        self.continuations = [0, 0]
        self.after_mark = False
        self.indented = 0  # body lines that start with a space: the extraction indents (the seed's)
        self.body = _BodySoFar(tab.number_words)

    def placed(self, *, rule: bool) -> None:
        """A line an earlier step placed: a footnote rule opens a block, anything else closes it, except
        that a footnote whose mark stood alone still waits for its text (a page number may come between)."""
        if rule:
            self.phase = Phase.BLOCK
        elif self.phase is not Phase.MARK:
            self.phase = Phase.BODY
        self.gap = True

    def blank(self) -> None:
        self.gap = True

    def text(self, index: int, text: str, *, indent: bool = False) -> str:
        """Read one text line (`indent`: it starts with a space): its kind ("footnote", "mark" or "body"),
        after the transition it makes."""
        match self.phase:
            case Phase.BODY:
                kind = self._in_body(index, text)
            case Phase.BLOCK:
                kind = self._in_block(index, text, indent)
            case Phase.FOOTNOTE if indent and not self.gap and self._spaced():
                kind = self._in_body(index, text)  # the next page's first line
            case Phase.FOOTNOTE:
                kind = self._in_footnote(index, text, indent)
            case Phase.MARK:
                kind = self._extend(index, text, text_found=True)
        self.gap = False
        self.after_mark = kind == "mark"
        self.indented += kind == "body" and indent
        return kind

    def _spaced(self) -> bool:
        """Whether the extraction puts a blank line between a paragraph's lines (the seed's). There it puts
        none after a page's last line, and indents the next page's first."""
        without, with_gap = self.continuations
        return with_gap > without

    def _goes_on_unindented(self, indent: bool) -> bool:
        """Whether a line among the footnotes goes on with the last one, its text finished or not ("Resolution
        217 A (III)." / "See also …"): it has no indent where the extraction spaces the body's lines and
        indents some (a paragraph's first), as the seed's does; there the next page's first line, indented,
        is the only body text that follows footnotes on a page."""
        return bool(self.footnotes) and not indent and self._spaced() and self.indented >= 2

    def _start_of(self, text: str) -> re.Match | None:
        """A footnote's start, "N text" or "N", unless N counts what follows it: a Chinese footnote wrapped
        before a number ("补编第" / "3 号》(A/80/3)")."""
        start = FOOTNOTE_START.match(text)
        if start and start["text"] and start["text"][0] in self.counters:
            return None
        return start

    def _expected(self) -> str:
        return next_mark(self.footnotes[-1].mark if self.footnotes else None)

    def _unfinished(self) -> bool:
        return bool(self.footnotes) and not footnote_text_complete(
            self.footnotes[-1].text, self.abbreviations
        )

    def _in_block(self, index: int, text: str, indent: bool) -> str:
        start = self._start_of(text)
        if (self._unfinished() or self._goes_on_unindented(indent)) and not self._starts_next(start):
            return self._extend(index, text)
        if start:
            return self._start(index, start)
        return self._in_body(index, text)

    def _in_footnote(self, index: int, text: str, indent: bool) -> str:
        start = self._start_of(text)
        if self._starts_next(start):
            return self._start(index, start)
        if self._goes_on_unindented(indent) or (self._unfinished() and self._continues(text)):
            return self._extend(index, text)
        return self._in_body(index, text)

    def _continues(self, text: str) -> bool:
        """Whether a line goes on with the last footnote, its text unfinished: unless a gap stands before it
        and it starts a numbered paragraph, where the footnote does not end with an abbreviation a number
        follows ("…cap. III, párr." / "2.")."""
        if not (self.gap and self.paragraph_number.match(text)):
            return True
        return ends_with_abbreviation(self.footnotes[-1].text, self.abbreviations)

    def _starts_next(self, start: re.Match | None) -> bool:
        """Whether a line "N text" (or "N") starts the next footnote: N is the next mark. After an unfinished
        footnote, which may wrap before a number ("5 to 13 September"), only if it does not end with an
        abbreviation a number follows ("Supplement No." / "3 (A/80/3)"), the body has used mark N and,
        where every footnote so far began with its mark alone on its line, the line is the mark alone."""
        if not start or start["mark"] != self._expected():
            return False
        if not self._unfinished():
            return True
        if ends_with_abbreviation(self.footnotes[-1].text, self.abbreviations):
            return False
        marks_alone = self.start_forms == {True}
        return self._used(start["mark"]) and not (marks_alone and start["text"])

    def _used(self, mark: str) -> bool:
        return mark in self.own_marks or self.body.has(mark)

    def _in_body(self, index: int, text: str) -> str:
        self.phase = Phase.BODY
        alone = OWN_LINE_MARK.match(text)
        start = self._start_of(text)
        if (
            start
            and (start["text"] or alone)
            and not self.ruled
            and self.gap
            and start["mark"] == self._expected()
            and not self.paragraph_number.match(text)
            and self._used(start["mark"])
        ):
            return self._start(index, start)
        if alone:
            self.own_marks.add(text)
            return "mark"
        if self.body.previous and not self.after_mark and not is_terminal(self.body.previous, self.terminal):
            self.continuations[self.gap] += 1
        self.body.add(text)
        return "body"

    def _start(self, index: int, start: re.Match) -> str:
        pending = start["text"] is None
        self.start_forms.add(pending)
        self.footnotes.append(FootnoteDraft(start["mark"], start["text"] or "", [index], pending))
        self.phase = Phase.MARK if pending else Phase.FOOTNOTE
        return "footnote"

    def _extend(self, index: int, text: str, *, text_found: bool = False) -> str:
        draft = self.footnotes[-1].extended(index, text, text_found=text_found)
        self.footnotes[-1] = draft
        self.phase = Phase.MARK if draft.pending else Phase.FOOTNOTE
        return "footnote"


def read_footnotes(
    lines: Sequence[Line],
    kinds: Kinds,
    texts: Sequence[str],
    start: int,
    rules: frozenset[int],
    tab: Compiled,
) -> tuple[Kinds, tuple[FootnoteDraft, ...]]:
    """(every line's kind, the footnotes): the free lines from `start` on read as "footnote", "mark" or
    "body"; `rules` are the indices of the footnote rules among the placed lines."""
    machine = FootnotePass(tab, ruled=bool(rules))
    out = list(kinds)
    for i in range(start, len(lines)):
        if kinds[i] is not None:
            machine.placed(rule=i in rules)
        elif lines[i].blank:
            machine.blank()
        else:
            out[i] = machine.text(i, texts[i], indent=lines[i].indent)
    return tuple(out), tuple(machine.footnotes)


class _BodySoFar:
    """The numbers in the body lines read so far that may be footnote marks (`marks.candidates`). Each
    line is read with the tail of the line before it, so 'disarmament,' / '1 in which' is seen."""

    TAIL = 6

    def __init__(self, words: frozenset[str]):
        self.words = words
        self.previous = ""
        self.marks: set[str] = set()

    def add(self, text: str) -> None:
        joined = f"{self.previous[-self.TAIL :]} {text}" if self.previous else text
        self.marks.update(c.mark for c in candidates(joined, self.words))
        self.previous = text

    def has(self, mark: str) -> bool:
        return mark in self.marks
