"""Step 4: where each line belongs. Page furniture, annex headings and titles, footnote blocks, own-line
footnote marks, and the body zones (resolution body, each annex) in reading order."""

from __future__ import annotations

from dataclasses import dataclass, field

from .artefacts import furniture_reason, running_title_runs, split_page_break_tail
from .document import Artefact
from .footnotes import (
    FOOTNOTE_START,
    OWN_LINE_MARK,
    FootnoteDraft,
    find_glued,
    footnote_text_complete,
    next_mark,
)
from .languages import Compiled
from .normalise import Line, join_text
from .paragraphs import LABEL, Item, is_terminal


@dataclass
class AnnexDraft:
    heading: str
    heading_index: int
    title: str | None = None
    title_indices: list[int] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)


@dataclass
class Layout:
    """Every line's place. `kinds[i]` is one of cover, title, formula, adoption, artefact, annex,
    footnote, mark, body, blank, unplaced."""

    kinds: list[str | None]
    texts: list[str]
    artefacts: list[Artefact] = field(default_factory=list)
    footnotes: list[FootnoteDraft] = field(default_factory=list)
    main: list[Item] = field(default_factory=list)
    annexes: list[AnnexDraft] = field(default_factory=list)
    unplaced: list[int] = field(default_factory=list)


def find_annexes(lines: list[Line], kinds: list[str | None], start: int, tab: Compiled) -> list[AnnexDraft]:
    """Annex heading lines ('Annex', 'Annex II') and the title lines under each."""
    out: list[AnnexDraft] = []
    if not tab.annex:
        return out
    n = len(lines)
    for i in range(start, n):
        if kinds[i] is not None or lines[i].blank or not tab.annex.match(lines[i].text):
            continue
        annex = AnnexDraft(heading=lines[i].text, heading_index=i)
        kinds[i] = "annex"
        j = i + 1
        while j < n and (lines[j].blank or kinds[j] is not None) and kinds[j] != "adoption":
            j += 1
        title = ""
        while j < n and kinds[j] is None and not lines[j].blank:
            text = lines[j].text
            if (
                tab.paragraph_number.match(text)
                or LABEL.match(text)
                or tab.annex.match(text)
                or FOOTNOTE_START.match(text)
            ):
                break
            if is_terminal(text, ".;") and not title:
                break
            title = join_text(title, text) if title else text
            annex.title_indices.append(j)
            kinds[j] = "annex"
            j += 1
        annex.title = title or None
        out.append(annex)
    return out


def classify(
    lines: list[Line], kinds: list[str | None], body_start: int, title: str, tab: Compiled
) -> Layout:
    """Fill in every unclaimed line's kind from `body_start` on, collecting artefacts and footnotes."""
    n = len(lines)
    layout = Layout(kinds=kinds, texts=[line.text for line in lines])
    for i in range(body_start, n):
        if kinds[i] is None:
            reason = furniture_reason(lines[i])
            if reason:
                kinds[i] = "artefact"
                layout.artefacts.append(Artefact(lines[i].no, lines[i].text or lines[i].raw, reason))
    annexes = find_annexes(lines, kinds, body_start, tab)
    free = [kinds[i] is None and i >= body_start for i in range(n)]
    for i in running_title_runs(lines, free, title):
        kinds[i] = "artefact"
        layout.artefacts.append(Artefact(lines[i].no, lines[i].text, "running header"))
    for i in range(body_start, n):
        if kinds[i] is None and not lines[i].blank:
            text, tail = split_page_break_tail(lines[i].text)
            if tail:
                layout.texts[i] = text
                layout.artefacts.append(Artefact(lines[i].no, tail, "page break"))
    _footnotes(lines, kinds, body_start, layout, tab)
    _zones(lines, kinds, body_start, layout, annexes)
    layout.annexes = annexes
    layout.artefacts.sort(key=lambda a: a.line)
    return layout


def _footnotes(lines: list[Line], kinds: list[str | None], start: int, layout: Layout, tab: Compiled) -> None:
    """Footnote blocks (after a rule, or a 'N text' line standing alone whose mark the text has used)
    and own-line marks."""
    months = frozenset(tab.table.months)
    abbreviations = tab.table.abbreviations
    in_block = False
    cur: FootnoteDraft | None = None
    blank_before = True
    after_break = True
    seen = _BodySoFar(months, tab.table.numbered_words)
    own_marks: set[str] = set()
    last_mark: str | None = None
    rules = {a.line for a in layout.artefacts if a.reason == "footnote rule"}
    for i in range(start, len(lines)):
        line, kind = lines[i], kinds[i]
        if kind is not None:
            if kind == "artefact" and line.no in rules:
                in_block, cur = True, None
            elif kind in ("artefact", "adoption", "annex"):
                in_block, cur = False, None
            after_break = True
            blank_before = True
            continue
        if line.blank:
            blank_before = True
            continue
        text = layout.texts[i]
        if in_block:
            m = FOOTNOTE_START.match(text)
            last = layout.footnotes[-1] if layout.footnotes else None
            if (
                cur is None
                and last is not None
                and not footnote_text_complete(last.text, abbreviations)
                and not (m and m.group("mark") == next_mark(last_mark))
            ):
                cur = last  # a footnote continued at the bottom of the next page
                cur.text = join_text(cur.text, text) if cur.text else text
                cur.lines.append(i)
                kinds[i] = "footnote"
                blank_before = after_break = False
                continue
            if (
                m
                and (cur is None or m.group("mark") == next_mark(last_mark))
                and not (cur is not None and cur.pending)
            ):
                cur = FootnoteDraft(
                    mark=m.group("mark"),
                    text=m.group("text") or "",
                    lines=[i],
                    pending=m.group("text") is None,
                )
                layout.footnotes.append(cur)
                last_mark = cur.mark
                kinds[i] = "footnote"
                blank_before = after_break = False
                continue
            if cur is not None and (
                cur.pending or (not blank_before and not footnote_text_complete(cur.text, abbreviations))
            ):
                cur.text = join_text(cur.text, text) if cur.text else text
                cur.pending = False
                cur.lines.append(i)
                kinds[i] = "footnote"
                blank_before = after_break = False
                continue
            in_block, cur = False, None
        if OWN_LINE_MARK.match(text):
            kinds[i] = "mark"
            own_marks.add(text)
            blank_before = after_break = False
            continue
        m = FOOTNOTE_START.match(text)
        if (
            m
            and m.group("text")
            and (blank_before or after_break)
            and m.group("mark") == next_mark(last_mark)
        ):
            mark = m.group("mark")
            if mark in own_marks or seen.has(mark):
                in_block = True
                cur = FootnoteDraft(mark=mark, text=m.group("text"), lines=[i])
                layout.footnotes.append(cur)
                last_mark = mark
                kinds[i] = "footnote"
                blank_before = after_break = False
                continue
        kinds[i] = "body"
        seen.add(text)
        blank_before = after_break = False


class _BodySoFar:
    """The body lines read so far, searched for glued footnote marks. Each line is searched with the tail
    of the line before it (so 'disarmament,' / '1 in which' is seen), and each mark's search resumes
    where it stopped: linear however many candidate footnote lines there are."""

    TAIL = 6

    def __init__(self, months: frozenset[str], numbered_words: frozenset[str]):
        self.months, self.numbered_words = months, numbered_words
        self.lines: list[str] = []
        self.scanned: dict[str, int] = {}

    def add(self, text: str) -> None:
        previous = self.lines[-1][-self.TAIL :] if self.lines else ""
        self.lines.append(f"{previous} {text}" if previous else text)

    def has(self, mark: str) -> bool:
        start = self.scanned.get(mark, 0)
        self.scanned[mark] = len(self.lines)
        return any(
            find_glued(line, mark, 0, self.months, self.numbered_words) is not None
            for line in self.lines[start:]
        )


def _zones(
    lines: list[Line], kinds: list[str | None], start: int, layout: Layout, annexes: list[AnnexDraft]
) -> None:
    """Body lines and own-line marks into the resolution body or an annex, with gap flags."""
    heads = [a.heading_index for a in annexes]
    gap = True
    current: list[Item] | None = layout.main
    for i in range(start, len(lines)):
        kind = kinds[i]
        if i in heads:
            current = annexes[heads.index(i)].items
            gap = True
            continue
        if kind == "adoption":
            current = None
            gap = True
            continue
        if kind not in ("body", "mark"):
            if kind is None and lines[i].blank:
                kinds[i] = "blank"
            gap = True
            continue
        if current is None:
            kinds[i] = "unplaced"
            layout.unplaced.append(i)
            continue
        text = layout.texts[i]
        current.append(
            Item(
                index=i,
                no=lines[i].no,
                text=text,
                mark=text if kind == "mark" else None,
                gap=gap,
                indent=lines[i].indent,
            )
        )
        if kind == "body":
            gap = False
