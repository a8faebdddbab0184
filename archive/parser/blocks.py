"""Step 4: where each line belongs. Page furniture, annex headings and titles, footnote blocks, own-line
footnote marks, and the body zones (resolution body, each annex) in reading order.

Each step is a function of the lines and of the kinds the steps before it found (a tuple, one per line,
None where not yet known) that returns what it finds; `classify` chains them into a `Layout`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, replace

from .artefacts import furniture_reason, running_title_runs, split_page_break_tail
from .document import Artefact
from .footnote_pass import FootnoteDraft, Kinds, read_footnotes
from .footnotes import FOOTNOTE_START
from .languages import Compiled
from .normalise import Line, join_text
from .paragraphs import Item, is_terminal


@dataclass(frozen=True)
class AnnexDraft:
    heading: str
    heading_index: int
    title: str | None = None
    title_indices: tuple[int, ...] = ()
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Layout:
    """Every line's place. `kinds[i]` is one of cover, title, formula, adoption, artefact, annex,
    footnote, mark, body, blank, unplaced; None where no step placed the line (between the title and the
    formula)."""

    kinds: Kinds
    texts: tuple[str, ...]
    artefacts: tuple[Artefact, ...]
    footnotes: tuple[FootnoteDraft, ...]
    main: tuple[Item, ...]
    annexes: tuple[AnnexDraft, ...]
    unplaced: tuple[int, ...]
    numbers: tuple[int, ...] = ()  # each line's number in the text (side-by-side columns share one)
    parts: tuple[tuple[Item, ...], ...] = ()  # body items of the second and later parts; `main` is part A's


def with_kind(kinds: Kinds, indices: Iterable[int], kind: str) -> Kinds:
    """`kinds` with the lines at `indices` set to `kind`."""
    out = list(kinds)
    for i in indices:
        out[i] = kind
    return tuple(out)


def find_annexes(
    lines: Sequence[Line], kinds: Sequence[str | None], start: int, tab: Compiled
) -> list[AnnexDraft]:
    """Annex heading lines ('Annex', 'Annex II') and the title lines under each, among the free lines."""
    out: list[AnnexDraft] = []
    if not tab.annex:
        return out
    n = len(lines)
    titles: set[int] = set()  # title lines of the annexes found so far: no heading among them
    for i in range(start, n):
        if kinds[i] is not None or i in titles or lines[i].blank or not tab.annex.match(lines[i].text):
            continue
        j = i + 1
        while j < n and (lines[j].blank or kinds[j] is not None) and kinds[j] != "adoption":
            j += 1
        title, indices = "", []
        while j < n and kinds[j] is None and not lines[j].blank:
            text = lines[j].text
            if (
                tab.paragraph_number.match(text)
                or tab.label(text)
                or tab.annex.match(text)
                or FOOTNOTE_START.match(text)
            ):
                break
            if is_terminal(text, ".;") and not title:
                break
            title = join_text(title, text) if title else text
            indices.append(j)
            j += 1
        titles.update(indices)
        out.append(AnnexDraft(lines[i].text, i, title or None, tuple(indices)))
    return out


def find_furniture(lines: Sequence[Line], kinds: Kinds, start: int) -> dict[int, str]:
    """Page furniture among the free lines from `start` on: {index: reason}."""
    out = {}
    for i in range(start, len(lines)):
        if kinds[i] is None:
            reason = furniture_reason(lines[i])
            if reason:
                out[i] = reason
    return out


def page_break_tails(
    lines: Sequence[Line], kinds: Kinds, start: int
) -> tuple[tuple[str, ...], list[Artefact]]:
    """(each line's text without a page-break tail, the tails as artefacts): '… international ---'."""
    texts = [line.text for line in lines]
    artefacts = []
    for i in range(start, len(lines)):
        if kinds[i] is None and not lines[i].blank:
            text, tail = split_page_break_tail(lines[i].text)
            if tail:
                texts[i] = text
                artefacts.append(Artefact(lines[i].no, tail, "page break"))
    return tuple(texts), artefacts


def classify(
    lines: Sequence[Line],
    kinds: Sequence[str | None],
    body_start: int,
    title: str,
    tab: Compiled,
    part_starts: Sequence[int] = (),
) -> Layout:
    """Every free line's place from `body_start` on, given the kinds found so far (left unchanged);
    `part_starts` are the heading lines of a multi-part resolution's second and later parts."""
    kinds = tuple(kinds)
    furniture = find_furniture(lines, kinds, body_start)
    kinds = with_kind(kinds, furniture, "artefact")
    annexes = find_annexes(lines, kinds, body_start, tab)
    kinds = with_kind(kinds, (i for a in annexes for i in (a.heading_index, *a.title_indices)), "annex")
    free = [kind is None and i >= body_start for i, kind in enumerate(kinds)]
    running = running_title_runs(lines, free, title)
    kinds = with_kind(kinds, running, "artefact")
    texts, breaks = page_break_tails(lines, kinds, body_start)
    rules = frozenset(i for i, reason in furniture.items() if reason == "footnote rule")
    kinds, footnotes = read_footnotes(lines, kinds, texts, body_start, rules, tab)
    kinds, main, annexes, unplaced, parts = place_lines(lines, kinds, texts, body_start, annexes, part_starts)
    artefacts = [
        *(Artefact(lines[i].no, lines[i].text or lines[i].raw, reason) for i, reason in furniture.items()),
        *(Artefact(lines[i].no, lines[i].text, "running header") for i in running),
        *breaks,
    ]
    artefacts.sort(key=lambda a: a.line)
    numbers = tuple(line.no for line in lines)
    return Layout(kinds, texts, tuple(artefacts), footnotes, main, annexes, unplaced, numbers, parts)


def place_lines(
    lines: Sequence[Line],
    kinds: Kinds,
    texts: Sequence[str],
    start: int,
    annexes: Sequence[AnnexDraft],
    part_starts: Sequence[int] = (),
) -> tuple[Kinds, tuple[Item, ...], tuple[AnnexDraft, ...], tuple[int, ...], tuple[tuple[Item, ...], ...]]:
    """(kinds, body items, annexes with their items, unplaced lines, later parts' body items): body lines
    and own-line marks into the resolution body, a later part's body or an annex, with gap flags; blank
    free lines become "blank", text after an adoption line outside an annex or a new part "unplaced"."""
    out = list(kinds)
    heads = {a.heading_index: k for k, a in enumerate(annexes)}
    # the body, then each annex, then each later part
    zones: list[list[Item]] = [[] for _ in range(len(annexes) + 1 + len(part_starts))]
    heads.update({index: len(annexes) + k for k, index in enumerate(part_starts)})
    unplaced = []
    gap = True
    current: list[Item] | None = zones[0]
    under_footnotes: set[int] = set()  # a page's first line right under the page before's footnotes
    for i in range(start, len(lines)):
        kind = kinds[i]
        if i in heads:
            current = zones[heads[i] + 1]
            gap = True
            continue
        if kind == "adoption":
            current = None
            gap = True
            continue
        if kind not in ("body", "mark"):
            if kind is None and lines[i].blank:
                out[i] = "blank"
            gap = True
            continue
        if current is None:
            out[i] = "unplaced"
            unplaced.append(i)
            continue
        text = texts[i]
        # the next page's first line, right under a footnote (no blank line between: the footnote pass's)
        if kind == "body" and i > start and kinds[i - 1] == "footnote":
            under_footnotes.add(i)
        current.append(
            Item(
                index=i,
                no=lines[i].no,
                text=text,
                mark=text if kind == "mark" else None,
                gap=gap,
                page_break=(bool(current) and lines[current[-1].index].page != lines[i].page)
                or i in under_footnotes,
            )
        )
        if kind == "body":
            gap = False
    zones = relative_indents(zones, lines, under_footnotes)
    annex_zones = zones[1 : len(annexes) + 1]
    placed = tuple(replace(a, items=tuple(items)) for a, items in zip(annexes, annex_zones, strict=True))
    parts = tuple(tuple(items) for items in zones[len(annexes) + 1 :])
    return tuple(out), tuple(zones[0]), placed, tuple(unplaced), parts


def relative_indents(
    zones: list[list[Item]], lines: Sequence[Line], under_footnotes: Set[int]
) -> list[list[Item]]:
    """The zones' items with `indent` set where the line starts right of its page's left margin (the
    leftmost body line of that page, in any zone): a layout-preserving extraction indents every line, first
    lines more. A page's first line right under the footnotes of the page before (`under_footnotes`: the
    seed's extraction, which marks no page break) is indented by one more space than its place says."""
    margin: dict[int, int] = {}
    for it in (it for zone in zones for it in zone):
        line = lines[it.index]
        margin[line.page] = min(margin.get(line.page, line.column), line.column)

    def indented(it: Item) -> bool:
        line = lines[it.index]
        return line.column - (it.index in under_footnotes) > margin[line.page]

    return [[replace(it, indent=indented(it)) for it in zone] for zone in zones]
