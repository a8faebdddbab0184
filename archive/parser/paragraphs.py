"""Step 5: paragraphs. Body lines grouped into paragraphs (numbers, sub-paragraph letters, continuation
across line and page breaks), and sub-paragraph labels checked, inferred where the extraction lost them,
and nested."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .normalise import joiner

NUMBER = re.compile(r"^(?P<num>\d{1,3})\s?[.．](?:\s+(?P<rest>\S.*))?$")
LABEL = re.compile(r"^[(（](?P<lab>[a-z]{1,3})[)）](?:\s+(?P<rest>\S.*))?$")
SECTION_LABEL = re.compile(r"^(?:[IVXLC]+|[A-Z])\.$")  # "I." or "A." standing alone: a heading's number
# A line's sub-paragraph label: (Latin label, rest of the line) or None; `languages.Compiled.label`.
LabelReader = Callable[[str], "tuple[str, str] | None"]


def latin_label(text: str) -> tuple[str, str] | None:
    """The English and Chinese label form "(a)": (label, rest of the line)."""
    m = LABEL.match(text)
    return (m.group("lab"), m.group("rest") or "") if m else None


_TRAILING_MARK = re.compile(r"(?<=\S)\s?\d{1,3}$")
_CLOSERS = '”’"»」』】'


@dataclass(slots=True)
class Item:
    """One body line (or a footnote mark standing on its own line) in reading order."""

    index: int  # index into the line list
    no: int  # 1-based line number
    text: str
    mark: str | None = None
    gap: bool = False  # a blank line, furniture or a footnote block stands before it
    indent: bool = False
    page_break: bool = False  # a new page starts with it: its gap says nothing of paragraphs


@dataclass
class Group:
    """Lines read as one paragraph: `raw` joined text, own-line marks as (position, mark)."""

    no: int
    label: str | None = None
    numbered: bool = False  # "3." rather than "(c)"
    printed: str | None = None  # the label as printed ("(c)", "c)", "(ج)")
    raw: str = ""
    marks: list[tuple[int, str]] = field(default_factory=list)
    indices: list[int] = field(default_factory=list)
    mark_indices: list[int] = field(default_factory=list)  # own-line mark lines

    # the text as pieces while lines are added (joining at each line would copy it each time)
    _pieces: list[str] = field(default_factory=list, init=False, repr=False, compare=False)
    _size: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._pieces = [self.raw] if self.raw else []
        self._size = len(self.raw)

    @property
    def label_only(self) -> bool:
        return self.label is not None and not self._pieces

    @property
    def size(self) -> int:
        """The length of the text so far."""
        return self._size

    @property
    def end(self) -> str:
        """The end of the text so far (enough to read its final punctuation)."""
        return "".join(self._pieces[-3:])[-_TAIL:]

    def add(self, text: str) -> None:
        """One more line of the paragraph; `raw` holds the whole text after `close`."""
        if self._pieces:
            joint = joiner(self._pieces[-1], text)
            self._pieces.append(joint)
            self._size += len(joint)
        self._pieces.append(text)
        self._size += len(text)

    def close(self) -> None:
        self.raw = "".join(self._pieces)
        self._pieces = [self.raw] if self.raw else []


def is_terminal(text: str, terminal: str) -> bool:
    """Whether paragraph text ends with clause-final punctuation (a glued footnote mark aside), outside
    brackets: "children (A/80/100/Add.1 and Corr.1;" goes on."""
    tail = t = _tail(text)
    if t and t[-1].isdigit():
        stripped = _TRAILING_MARK.sub("", t)
        if stripped and stripped[-1] in terminal:
            t = stripped
    t = t.rstrip(_CLOSERS)
    return bool(t) and t[-1] in terminal and not _OPEN_BRACKET.search(tail)


_OPEN_BRACKET = re.compile(r"[(（][^)）]*$")  # a bracket the text leaves open


def _tail(text: str) -> str:
    """The end of `text`, right-stripped: what the checks of its ending need, in constant time."""
    return text[-_TAIL:].rstrip() or text.rstrip()


_TAIL = 64


def ends_with_colon(text: str) -> bool:
    t = _TRAILING_MARK.sub("", _tail(text)).rstrip(_CLOSERS)
    return t.endswith((":", "：", ":"))


def _continues(text: str, capitalised: bool) -> bool:
    """A line starting with a digit (or in lower case, where clauses are capitalised) continues."""
    ch = text[:1]
    return ch.isdigit() or (capitalised and ch.islower())


def _title_after_colon(groups: list[Group], it: Item, terminal: str) -> bool:
    """Whether the paragraph being read is a title standing alone after a paragraph that ends with a colon
    ("Approves the following declaration:" / its title / "We, Heads of State…"): one unlabelled line
    without final punctuation, then a blank line and a capitalised line."""
    if len(groups) < 2 or not it.gap or not it.text[:1].isupper():
        return False
    cur, before = groups[-1], groups[-2]
    return (
        cur.label is None
        and len(cur.indices) == 1
        and not cur.marks
        and not is_terminal(cur.end, terminal)
        and ends_with_colon(before.end)
    )


@dataclass(frozen=True)
class Separators:
    """What this extraction puts before a paragraph's first line: a gap (blank line), an indent, both
    or neither (then punctuation and capitals alone tell). `spaced`: it puts a gap before most lines that
    continue a paragraph too (a blank line between all lines), so that a line with none after a footnote
    mark on its own line stood on the mark's line in the document: it continues the paragraph.
    `lettered_indent`: it indents the lines that open sub-paragraphs ("(a) To cooperate;"), so that a
    lettered line without an indent is a reference wrapped ("paragraphs 4 (a)," / "(b) and (c) of"): read
    from the lines that open a list, "(a)" or "(i)" after final punctuation; failing those, as `indent`."""

    gap: bool = False
    indent: bool = False
    spaced: bool = False
    lettered_indent: bool = False


def separators(
    items: list[Item],
    terminal: str,
    number: re.Pattern = NUMBER,
    capitalised: bool = True,
    label: LabelReader = latin_label,
) -> Separators:
    """Read from lines whose place is certain: a gap or an indent separates paragraphs when most lines
    that certainly start one have it (numbered lines after final punctuation; failing those, lettered
    ones, which a reference wrapped imitates more often: "paragraphs 4 (a)," / "(b) and (c) of"; failing
    those, other lines after final punctuation) and few lines that certainly continue one have it (after a
    line without final punctuation, or starting in lower case or with a digit). A line that opens a page is
    no evidence either way: the page break puts a gap before it whether it starts a paragraph or continues
    one; nor is a numbered or lettered line after a line going on ("in paragraph 4 (a) and" / "(b) of")."""
    numbered: list[Item] = []
    lettered: list[Item] = []
    candidates: list[Item] = []
    continuing: list[Item] = []
    previous: Item | None = None
    after_mark = False  # the extraction broke the line for an own-line mark: no evidence of the page
    for it in items:
        if it.mark is not None:
            after_mark = True
            continue
        if (
            previous is not None
            and not after_mark
            and not it.page_break
            and not _label_alone(previous.text, number, label)
        ):
            ended = is_terminal(previous.text, terminal)
            if number.match(it.text):
                if ended:
                    numbered.append(it)
            elif label(it.text):
                if ended:
                    lettered.append(it)
            elif not ended or _continues(it.text, capitalised):
                continuing.append(it)
            else:
                candidates.append(it)
        previous, after_mark = it, False
    firsts = numbered or lettered or candidates
    indent = _separates([it.indent for it in firsts], [it.indent for it in continuing])
    lists = [it for it in lettered if label(it.text)[0] in LIST_STARTS]
    return Separators(
        gap=_separates([it.gap for it in firsts], [it.gap for it in continuing]),
        indent=indent,
        spaced=sum(it.gap for it in continuing) * 2 > len(continuing),
        lettered_indent=sum(it.indent for it in lists) * 2 > len(lists) if lists else indent,
    )


def _label_alone(text: str, number: re.Pattern, label: LabelReader) -> bool:
    m = number.match(text)
    if m:
        return not m.group("rest")
    read = label(text)
    return read is not None and not read[1]


def _separates(firsts: list[bool], continuing: list[bool]) -> bool:
    return sum(firsts) * 2 > len(firsts) and sum(continuing) * 4 <= len(continuing)


def group_lines(
    items: list[Item],
    terminal: str,
    separated: Separators | None = None,
    capitalised: bool = True,
    number: re.Pattern = NUMBER,
    label: LabelReader = latin_label,
) -> list[Group]:
    """Paragraphs from body lines; a line continues the paragraph before unless it starts a new one: a
    number or a letter after final punctuation, or a capital after final punctuation with whatever
    separates paragraphs in this extraction (`separated`, read from the lines when not given)."""
    sep = separated or separators(items, terminal, number, capitalised, label)
    # Where nothing separates paragraphs but their numbers, an unnumbered line after a numbered
    # paragraph's final punctuation is that paragraph's next sentence (after a gap, a heading may start).
    groups: list[Group] = []
    cur: Group | None = None
    pending: list[Item] = []  # own-line marks before the first paragraph
    last_number = 0
    numbered_run = False  # the paragraph read is numbered (or lettered under a numbered one)
    after_mark = False  # the line before was an own-line mark
    # The paragraph read has a list: a sub-paragraph, or a paragraph ending with a colon before (its
    # sub-paragraphs' labels may be lost). Another label goes on with it; without one, a list opens with (a)
    # or (i): "paragraphs 4 (a)," / "(b) and (c) of resolution 70/1" is a reference wrapped.
    list_open = False
    for it in items:
        if it.mark is not None:
            if cur is None:
                pending.append(it)
            else:
                cur.marks.append((cur.size, it.mark))
                cur.mark_indices.append(it.index)
            after_mark = True
            continue
        on_marks_line = after_mark and sep.spaced and not it.gap
        after_mark = False
        prev_terminal = (
            cur is None
            or cur.label_only
            or (is_terminal(cur.end, terminal) and not SECTION_LABEL.match(cur.end))
        )
        num = number.match(it.text)
        lab = label(it.text) if it.indent or not sep.lettered_indent else None
        wrapped_reference = bool(lab) and not list_open and lab[0] not in LIST_STARTS
        if wrapped_reference:
            lab = None
        new: Group | None = None
        if num and cur is not None and cur.label_only and not cur.numbered:
            num = None
        if (
            num
            and (prev_terminal or int(num.group("num")) in (last_number + 1, 1 if it.gap else -1))
            and not (cur and cur.label_only)
        ):
            new = Group(no=it.no, label=num.group("num"), numbered=True)
            last_number = int(num.group("num"))
            rest = num.group("rest") or ""
        elif lab and (prev_terminal or (cur is not None and cur.label_only)):
            rest = lab[1]
            new = Group(no=it.no, label=lab[0], printed=it.text[: len(it.text) - len(rest)].strip())
        elif (
            cur is None
            or _title_after_colon(groups, it, terminal)
            or (
                not cur.label_only
                and not on_marks_line
                and not wrapped_reference
                and prev_terminal
                and not _continues(it.text, capitalised)
                and (it.gap or not sep.gap)
                and (it.indent or not sep.indent)
                and (sep.gap or sep.indent or not numbered_run or it.gap)
            )
        ):
            new = Group(no=it.no)
            rest = it.text
        if new is not None:
            numbered_run = new.numbered or (new.label is not None and numbered_run)
            if new.numbered or new.label is not None or (cur is not None and ends_with_colon(cur.end)):
                list_open = not new.numbered
            groups.append(new)
            cur = new
            for mark in pending:
                cur.marks.append((0, mark.mark))
                cur.mark_indices.append(mark.index)
            pending = []
            if rest:
                cur.add(rest)
        else:
            assert cur is not None
            cur.add(it.text)
        cur.indices.append(it.index)
    if pending and groups:
        groups[-1].marks.extend((groups[-1].size, m.mark) for m in pending)
        groups[-1].mark_indices.extend(m.index for m in pending)
    for g in groups:
        g.close()
    return groups


# --- sub-paragraph labels -------------------------------------------------------------------------

ROMANS = [
    "i",
    "ii",
    "iii",
    "iv",
    "v",
    "vi",
    "vii",
    "viii",
    "ix",
    "x",
    "xi",
    "xii",
    "xiii",
    "xiv",
    "xv",
    "xvi",
    "xvii",
    "xviii",
    "xix",
    "xx",
    "xxi",
    "xxii",
    "xxiii",
    "xxiv",
    "xxv",
]
_ROMAN_NEXT = {a: b for a, b in zip(ROMANS, ROMANS[1:], strict=False)}


def alpha_next(label: str) -> str | None:
    """a -> b ... z -> aa -> bb ... (the UN doubles letters after z)."""
    if not label or len(set(label)) != 1 or not label.isalpha():
        return None
    ch = label[0]
    if ch == "z":
        return "aa" if len(label) == 1 else None
    return chr(ord(ch) + 1) * len(label)


def _next(kind: str, label: str) -> str | None:
    return alpha_next(label) if kind == "alpha" else _ROMAN_NEXT.get(label)


_START = {"alpha": "a", "roman": "i"}
LIST_STARTS = frozenset(_START.values())
_BUDGET = 20000


def assign_labels(labels: list[str | None], colon_before: list[bool]) -> list[tuple[str, int]] | None:
    """(label, depth) for each sub-paragraph, given printed labels (None where lost) and whether the item
    before each ends with a colon. Depth 0 is a letter level under the paragraph, 1 a roman level under
    a letter. None when no consistent reading exists."""
    budget = [_BUDGET]
    out: list[tuple[str, int]] = []

    def options(stack: tuple[tuple[str, str], ...], label: str | None, colon: bool):
        cont, push, pop = [], [], []
        for depth in range(len(stack) - 1, -1, -1):
            kind, cur = stack[depth]
            nxt = _next(kind, cur)
            if nxt and (label is None or label == nxt):
                entry = (stack[:depth] + ((kind, nxt),), nxt, depth)
                (cont if depth == len(stack) - 1 else pop).append(entry)
        top_kind = stack[-1][0] if stack else None
        if len(stack) < 2:
            for kind in ("alpha", "roman"):
                if kind == top_kind or (not stack and kind == "roman"):
                    continue
                start = _START[kind]
                if label is None or label == start:
                    push.append((stack + ((kind, start),), start, len(stack)))
        return (push + cont + pop) if colon else (cont + push + pop)

    def dfs(i: int, stack) -> bool:
        budget[0] -= 1
        if budget[0] < 0:
            return False
        if i == len(labels):
            return True
        for new_stack, label, depth in options(stack, labels[i], colon_before[i] and i > 0):
            out.append((label, depth))
            if dfs(i + 1, new_stack):
                return True
            out.pop()
        return False

    if not labels:
        return []
    if len(labels) > 400:
        return None
    return list(out) if dfs(0, ()) else None
