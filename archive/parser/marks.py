"""Footnote marks in running text (where the extraction did not put them on a line of their own), found by
evidence rather than word lists, in one pass over the text:

- where the number stands: glued to a word ("Nations1") or to punctuation ("72/4;1", "宣言》、1国际") — glued;
  after punctuation and a space ("Court, 1 and") — strong; after a year ("2015–2030 3 and", "20242"), after
  a capitalised word and a space, before a lower-case word or punctuation ("Programme of Action 9 and"),
  or between two Chinese characters, glued or spaced ("盟约2和", "盟约 2 和") — weak; after a lower-case
  word ("the agenda 5 and", but also "phase 1 of") — faint. A number after a small number and a comma
  ("paragraphs 3, 4 and") is in a list; one in a document's symbol ("Add.1", "A/C.2/80/L.2") is the
  symbol's; one before a month is a date; one before a Chinese counter ("，3个国家", "4 项", "12月")
  counts or dates.
- that a footnote with that number exists, and that first references run in order: footnote N's mark is
  the first glued candidate after footnote N-1's before N+1's first glued one (a number after a comma is
  most often the text's own: "in 2019, 2 million"); failing one, the first strong, then weak candidate
  before N+1's first glued or strong one; a faint one only between N-1's and N+1's marks.
- a later glued or strong candidate for a footnote already referenced is a repeated reference ("Court, 1
  and"), where it stands as some first reference does (glued or spaced, after punctuation or not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .normalise import is_cjk

_AFTER_PUNCT = frozenset(',.;:)]”’"»،؛，。；：）》」、')
_END_PUNCT = frozenset(",.;:)]”’،؛，。；：）》」、")
_LIST_PUNCT = frozenset(",;:.،؛，；：。、")  # after these, a number following a number is in a list
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_NUMBER = re.compile(r"\d+")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_NONSPACE = re.compile(r"\S")
_LOOKBACK = 40  # characters looked at before a number: constant work per number
_SYMBOL_BEFORE = re.compile(r"[!-~]+$")  # a symbol's characters before a position: ASCII ("和Corr" -> "Corr")
GLUED, STRONG, WEAK, FAINT = 3, 2, 1, 0


@dataclass(frozen=True)
class Candidate:
    """A number that may be footnote mark `mark`, at text[start:end] of paragraph `para`."""

    para: int
    start: int
    end: int
    mark: str
    level: int  # GLUED, STRONG, WEAK or FAINT

    @property
    def at(self) -> tuple[int, int]:
        return (self.para, self.start)


def candidates(text: str, words: frozenset[str] = frozenset(), para: int = 0) -> Iterable[Candidate]:
    """The numbers in `text` that may be footnote marks, in order; `words`: the language's words before
    which a number dates or counts (LanguageTable.number_words)."""
    for m in _NUMBER.finditer(text):
        found = _classify(text, m.start(), m.end(), words)
        if found:
            start, level = found
            yield Candidate(para, start, m.end(), text[start : m.end()], level)


def glued_title_mark(title: str, mark: str) -> int | None:
    """Where `mark`, the first footnote's (a title's footnote comes first), starts when it ends the title,
    glued to its last word or punctuation ("…regroupement familial1", "…家庭团聚的极端重要性1")."""
    glued = [c for c in candidates(title) if c.end == len(title) and c.level == GLUED and c.mark == mark]
    return glued[-1].start if glued else None


def _classify(text: str, s: int, e: int, words: frozenset[str]) -> tuple[int, int] | None:
    """(where the mark starts, level) for the digit run text[s:e], or None when it is no mark."""
    after = _after(text, e)
    if s == 0 or after in words:  # a Chinese counter: "3个", "4 项", "12月"
        return None
    prev = text[s - 1]
    if _is_han(after) and _after_han(text, s, e):
        return s, WEAK
    # Chinese lines join with no space: a mark after punctuation may be followed by the next line's text
    # ("《维也纳宣言和行动纲领》3" or "…纲领》 3" / "所申明…").
    if not (_ends_well(text, e) or (_before(text, s) in _AFTER_PUNCT and is_cjk(text[e]))):
        return None
    if prev.isdigit() or prev == "第":  # 第 5 段: a Chinese ordinal, not a mark
        return None
    if e - s > 3:  # a year with a mark glued to it: "20242" is 2024 and mark 2
        if 5 <= e - s <= 7 and _YEAR.fullmatch(text, s, s + 4) and text[s + 4] != "0":
            return (s + 4, WEAK) if not text[s - 1].isalnum() else None
        return None
    if text[s] == "0":
        return None
    if prev.isalpha():
        # not after an acronym ("CO2", "UN80") or a letter alone ("G20", Arabic "و2": "and 2")
        word = _WORD_BEFORE.search(text, max(0, s - _LOOKBACK), s)
        if word and (word.group().isupper() or (len(word.group()) == 1 and not _is_han(prev))):
            return None
        return s, GLUED
    if prev in _AFTER_PUNCT:
        after_digit = s >= 2 and text[s - 2].isdigit()
        # "2.5", "1,500"; "5，6": a list of numbers in Chinese
        number = after_digit and (prev in ".，、" or (prev == "," and e - s == 3))
        if (number and e < len(text)) or (prev == "." and _in_symbol(text, s - 1)):
            return None
        return s, GLUED
    if prev != " " or s < 2:
        return None
    before = text[s - 2]
    if _word_follows(text, e, words):  # a month: "2 December"
        return None
    if before in _AFTER_PUNCT:
        # the end, a space, or Chinese with none ("、 2《公民", a line joined: "行动纲领》 4" / "所指出…")
        if not (e == len(text) or text[e].isspace() or is_cjk(text[e])):
            return None
        listed = before in _LIST_PUNCT and _small_number_ends(text, s - 2)
        return None if listed and _NONSPACE.search(text, e) else (s, STRONG)
    if not _lower_word_or_end(text, e):
        return None
    if before.isalpha():
        word = _WORD_BEFORE.search(text, max(0, s - 1 - _LOOKBACK), s - 1)
        if not word or (len(word.group()) > 1 and word.group().isupper()):
            return None
        return s, WEAK if word.group()[0].isupper() else FAINT
    if before.isdigit() and s >= 6 and _YEAR.fullmatch(text, s - 5, s - 1):
        return (s, WEAK) if s == 5 or not text[s - 6].isalnum() else None
    return None


def _in_symbol(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` is inside a document's symbol, a number after it the symbol's
    ("A/C.2/80/L.2", "Add.1", "Corr.1", "Rev.1"): its token has a slash, or ends with a short capitalised
    abbreviation (a mark after a full stop follows a word: "the matter.1")."""
    token = _SYMBOL_BEFORE.search(text, max(0, dot - _LOOKBACK), dot)
    if token is None:
        return False
    word = _WORD_BEFORE.search(token.group())
    return "/" in token.group() or (word is not None and word.group()[0].isupper() and len(word.group()) <= 5)


def _after_han(text: str, s: int, e: int) -> bool:
    """Whether a number of one to three digits before a Chinese character stands after one too, glued or a
    space on either side ("国际人权盟约2和其他", "盟约 2 和"); not after 第, an ordinal ("第 5 段")."""
    before = _before(text, s)
    return e - s <= 3 and text[s] != "0" and _is_han(before) and before != "第"


def _before(text: str, s: int) -> str:
    """The character before position `s`, over one space ("" at the start)."""
    i = s - 1 - (text[s - 1 : s] == " ")
    return text[i] if i >= 0 else ""


def _after(text: str, e: int) -> str:
    """The character at position `e`, over one space ("" at the end)."""
    i = e + (text[e : e + 1] == " ")
    return text[i : i + 1]


def _is_han(ch: str) -> bool:
    """A Chinese character ("" is none)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _small_number_ends(text: str, end: int) -> bool:
    """Whether a number of one to three digits standing alone ends at `end` ("paragraphs 3, 4")."""
    start = end
    while start > 0 and text[start - 1].isdigit() and end - start < 4:
        start -= 1
    return 1 <= end - start <= 3 and (start == 0 or text[start - 1] == " ")


def _ends_well(text: str, e: int) -> bool:
    return e == len(text) or text[e].isspace() or text[e] in _END_PUNCT


def _lower_word_or_end(text: str, e: int) -> bool:
    """What follows a spaced mark: the end, punctuation, or a space and a lower-case word."""
    if e == len(text) or text[e] in _END_PUNCT:
        return True
    return text[e] == " " and e + 1 < len(text) and text[e + 1].islower()


def _word_follows(text: str, e: int, words: frozenset[str]) -> bool:
    if not words:
        return False
    m = _WORD_AFTER.match(text, e, e + 20)
    return bool(m) and m.group(1).lower() in words


@dataclass
class Placed:
    """The marks found: for each paragraph, the (start, end) spans to delete and (position, mark) refs."""

    spans: list[list[tuple[int, int]]]
    marks: list[list[tuple[int, str]]]


class _Queue:
    """One footnote number's candidates of one strength, consumed in order as the cursor moves on."""

    def __init__(self) -> None:
        self.items: list[Candidate] = []
        self.next = 0

    def first_after(self, cursor: tuple[int, int]) -> Candidate | None:
        while self.next < len(self.items) and self.items[self.next].at <= cursor:
            self.next += 1
        return self.items[self.next] if self.next < len(self.items) else None


def place_marks(
    texts: Sequence[str],
    footnotes: Sequence[str],
    anchors: dict[str, tuple[int, int]],
    words: frozenset[str] = frozenset(),
) -> Placed:
    """The marks of `footnotes` (their marks, in order) in the paragraphs' `texts`. `anchors` gives where
    a footnote's mark already stands (a mark on its own line): those move the cursor and are not searched.
    Footnote N's mark is the first candidate after N-1's, by level (glued, strong, then weak) among those
    before N+1's first candidate of that level or higher; a faint one (after a lower-case word: "the
    agenda 5 and") only when N-1's and N+1's marks stand on either side of it. Linear in the length of the
    texts plus the number of footnotes."""
    out = Placed([[] for _ in texts], [[] for _ in texts])
    queues: dict[tuple[str, int], _Queue] = {}
    every: list[Candidate] = []
    for k, text in enumerate(texts):
        for c in candidates(text, words, k):
            queues.setdefault((c.mark, c.level), _Queue()).items.append(c)
            every.append(c)
    empty = _Queue()

    def first_after(mark: str, level: int, cursor: tuple[int, int]) -> Candidate | None:
        return queues.get((mark, level), empty).first_after(cursor)

    first: dict[str, tuple[int, int]] = dict(anchors)
    taken: set[tuple[int, int]] = set()
    forms: set[tuple[bool, bool]] = set()  # how the first references found in the text stand
    cursor = (-1, -1)
    for n, mark in enumerate(footnotes):
        if mark in anchors:
            cursor = max(cursor, anchors[mark])
            continue
        if mark in first:
            continue  # a second footnote with the same mark: its first reference is taken
        # where N+1's mark may stand at the latest: its first glued candidate (for a glued one of N); its
        # first glued or strong one (for a strong or weak one of N); its first down to weak (a faint one)
        glued_bound = bound = faint_bound = None
        if n + 1 < len(footnotes):
            nxt = footnotes[n + 1]
            glued, strong, weak = (_at(first_after(nxt, level, cursor)) for level in (GLUED, STRONG, WEAK))
            glued_bound = _earliest(cursor, anchors.get(nxt), glued)
            bound = _earliest(cursor, glued_bound, strong)
            faint_bound = _earliest(cursor, bound, weak)
        chosen = None
        for level, before in ((GLUED, glued_bound), (STRONG, bound), (WEAK, bound)):
            c = first_after(mark, level, cursor)
            if c is not None and (before is None or c.at < before):
                chosen = c
                break
        faint = first_after(mark, FAINT, cursor)
        after_previous = n > 0 and footnotes[n - 1] in first
        if chosen is None and faint and faint_bound and faint.at < faint_bound and after_previous:
            chosen = faint
        if chosen is None:
            continue
        first[mark] = chosen.at
        taken.add(chosen.at)
        forms.add(_form(texts[chosen.para], chosen.start))
        _record(out, chosen)
        cursor = chosen.at
    for c in every:
        repeated = c.level >= STRONG and c.at not in taken and c.mark in first and first[c.mark] < c.at
        if repeated and _form(texts[c.para], c.start) in forms:
            _record(out, c)
    return out


def _form(text: str, start: int) -> tuple[bool, bool]:
    """How a mark stands: after punctuation or not, after a space or glued. An extraction prints its marks
    alike, so a repeated reference stands as some first reference does ("Action,1 the" makes "in 2019,
    3 million" no reference to footnote 3)."""
    return _before(text, start) in _AFTER_PUNCT, text[start - 1] == " "


def _earliest(cursor: tuple[int, int], *places: tuple[int, int] | None) -> tuple[int, int] | None:
    return min((at for at in places if at is not None and at > cursor), default=None)


def _at(c: Candidate | None) -> tuple[int, int] | None:
    return c.at if c else None


def _record(out: Placed, c: Candidate) -> None:
    out.spans[c.para].append((c.start, c.end))
    out.marks[c.para].append((c.start, c.mark))
