"""Text extraction from official UN resolution PDFs, in the line style the parser reads.

One PDF line gives one text line; page furniture (running headers, job numbers, "2/2") is kept
as lines for the parser to remove. Superscript footnote marks in running text are put on a line
of their own ("…resolution 72/4;" / "1" / "…"); a mark that starts a line (a footnote at the page
bottom) stays in front of its text ("1 A/73/85."). A footnote separator drawn as a rule is written
as "_______________". No Django here.

A PDF from outside may be hostile (a glyph bomb: a small compressed stream drawing millions of glyphs, or
thousands of pages): `extract_text_contained` reads it in a child process (`python -m archive.pdf_text`)
under a CPU-time limit (RLIMIT_CPU), an address-space limit (RLIMIT_AS) and a page limit, killed past them,
so the web worker neither grows nor stalls.
"""

from __future__ import annotations

import io
import json
import re
import resource
import signal
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pdfplumber
from pdfminer.layout import LTChar, LTComponent, LTContainer, LTCurve, LTPage
from pdfminer.pdfdocument import PDFEncryptionError

from archive.messages import MessageError, gettext_noop

NOT_PDF = gettext_noop("the file is not a PDF (it does not start with %%PDF-)")
DAMAGED = gettext_noop("the PDF is damaged and cannot be read")
ENCRYPTED = gettext_noop("the PDF is encrypted (password-protected) and cannot be read")
NO_TEXT = gettext_noop("the PDF has no text layer (scanned image?)")
SEPARATOR = "_______________"

BASELINE_TOLERANCE = 0.15  # glyphs on one line: baselines within this many ems
SMALL_RATIO = 0.85  # a glyph this much smaller than the line's body size is "small"
RAISE_RATIO = 0.2  # ...and a superscript when its baseline is raised by this many ems
SPACE_GAP = 0.2  # a gap wider than this many ems between glyphs is a word space
COLUMN_GAP = 3.0  # a gap wider than this many ems splits a line into separate text lines
BLANK_GAP = 1.45  # a baseline step larger than this many ems is written as an empty line
MARK_RE = re.compile(r"[0-9]{1,3}|[a-z]{1,2}|[*†‡§]{1,3}")
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "ft", "ﬆ": "st"})


OUT_OF_MEMORY = 3  # the child's exit status when an allocation fails under RLIMIT_AS
TOO_MANY_PAGES = gettext_noop("the PDF has %(pages)s pages, over the limit of %(limit)s")
TOO_MUCH_CPU = gettext_noop("reading the PDF took over %(seconds)s seconds of processor time: refused")
TOO_MUCH_MEMORY = gettext_noop("reading the PDF needed over %(megabytes)s MB of memory: refused")


class PdfTextError(MessageError):
    """The PDF cannot be turned into text: `template` is one of the constants above."""


@dataclass(slots=True)
class Glyph:
    """One character: its text, horizontal extent, font size and baseline (from the page top)."""

    text: str
    x0: float
    x1: float
    size: float
    base: float
    top: float
    blank: bool = False
    sup: bool = False


@dataclass(slots=True)
class Line:
    """Glyphs sharing a baseline, plus any superscripts/subscripts attached to them.

    `size` is the line's body size; `x0`, `x1` and `top` bound its inked glyphs (see `measure`).
    """

    glyphs: list[Glyph]
    base: float
    size: float = 0.0
    attached: bool = False
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0

    @property
    def inked(self) -> list[Glyph]:
        return [g for g in self.glyphs if not g.blank]

    def measure(self) -> None:
        """Set the bounds of the inked glyphs (call after changing `glyphs`)."""
        ink = self.inked or self.glyphs
        self.x0 = min(g.x0 for g in ink)
        self.x1 = max(g.x1 for g in ink)
        self.top = min(g.top for g in ink)


@dataclass
class Rule:
    """A drawn horizontal rule, in top-down page coordinates."""

    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class Segment:
    """A run of a line without a column-sized gap; becomes one or more text lines."""

    glyphs: list[Glyph]
    base: float
    size: float

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return self.glyphs[-1].x1


@dataclass(frozen=True)
class Limits:
    cpu_seconds: int = 30
    memory_bytes: int = 1024 * 1024 * 1024
    max_pages: int = 500


def extract_text_contained(data: bytes, limits: Limits) -> str:
    """`extract_text` in a child process within `limits`; PdfTextError with a message past any of them."""
    if bytes(data[:5]) != b"%PDF-":
        raise PdfTextError(NOT_PDF)
    try:
        child = subprocess.run(
            [sys.executable, "-m", "archive.pdf_text", json.dumps(limits.__dict__)],
            input=data,
            capture_output=True,
            timeout=2 * limits.cpu_seconds + 10,  # waiting for a processor counts here, not in RLIMIT_CPU
            check=False,
        )
    except subprocess.TimeoutExpired:  # run() has killed it
        raise PdfTextError(TOO_MUCH_CPU, seconds=limits.cpu_seconds) from None
    if child.returncode == 0:
        answer = json.loads(child.stdout)
        if "error" in answer:
            raise PdfTextError(answer["error"], **answer["params"])
        return answer["text"]
    if child.returncode in (-signal.SIGXCPU, -signal.SIGKILL):  # past RLIMIT_CPU's soft, then hard limit
        raise PdfTextError(TOO_MUCH_CPU, seconds=limits.cpu_seconds)
    if child.returncode in (OUT_OF_MEMORY, -signal.SIGABRT, -signal.SIGSEGV):  # past RLIMIT_AS
        raise PdfTextError(TOO_MUCH_MEMORY, megabytes=limits.memory_bytes // (1024 * 1024))
    raise PdfTextError(DAMAGED)


def _contained_child(limits: Limits) -> None:
    """The child's side: limits first, then the PDF from standard input, the answer as JSON on standard
    output. Running out of memory ends it with a non-zero status (the parent names the limit)."""
    resource.setrlimit(resource.RLIMIT_CPU, (limits.cpu_seconds, limits.cpu_seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    data = sys.stdin.buffer.read()
    try:
        answer = {"text": extract_text(data, max_pages=limits.max_pages)}
    except PdfTextError as exc:
        answer = {"error": exc.template, "params": exc.params}
    except MemoryError:
        sys.exit(OUT_OF_MEMORY)
    sys.stdout.write(json.dumps(answer))


def extract_text(data: bytes, max_pages: int | None = None) -> str:
    """Return the text of a resolution PDF, one PDF line per text line, pages separated by a blank line."""
    if not isinstance(data, bytes | bytearray | memoryview) or bytes(data[:5]) != b"%PDF-":
        raise PdfTextError(NOT_PDF)
    try:
        pages = _read_pages(data, max_pages)
    except PdfTextError:
        raise
    except Exception as exc:  # pdfminer raises many kinds; none may escape
        raise PdfTextError(ENCRYPTED if _is_encryption_error(exc) else DAMAGED) from exc
    if not any(line.strip() for page in pages for line in page):
        raise PdfTextError(NO_TEXT)
    return "\n\n".join("\n".join(page) for page in pages if page)


def _is_encryption_error(exc: BaseException | None) -> bool:
    """True if `exc`, its wrapped argument or its cause chain is a pdfminer encryption error."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, PDFEncryptionError):
            return True
        if exc.args and isinstance(exc.args[0], PDFEncryptionError):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _read_pages(data: bytes, max_pages: int | None) -> list[list[str]]:
    """Open the PDF and extract every page's lines (refused past `max_pages`, before any is read)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        if not pdf.pages:
            raise PdfTextError(DAMAGED)
        if max_pages is not None and len(pdf.pages) > max_pages:
            raise PdfTextError(TOO_MANY_PAGES, pages=len(pdf.pages), limit=max_pages)
        pages = []
        for page in pdf.pages:
            page.page_obj.rotate = 0  # read in the content's own frame: text on a /Rotate page stays upright
            pages.append(_page_lines(page.layout))
            page.close()
        return pages


def _page_lines(layout: LTPage) -> list[str]:
    """The text lines of one page (pdfminer's layout objects are read directly: much faster)."""
    chars, shapes = _layout_objects(layout)
    glyphs = _glyphs(chars, layout.y1)
    if not any(not g.blank for g in glyphs):
        return []
    lines = _group_lines(glyphs)
    body = _body_size(glyphs)
    rules = _horizontal_rules(shapes, layout.y1)
    header_end = _header_end(rules, layout.height, layout.width)
    header = [ln for ln in lines if ln.base < header_end]
    rest = [ln for ln in lines if ln.base >= header_end]
    out = [_text(seg) for seg in _header_segments(header)]
    if out and rest:
        out.append("")
    out.extend(_body_texts(rest, rules, body, layout.height))
    return [t for chunk in out for t in chunk.split("\n")]


def _layout_objects(container: LTContainer) -> tuple[list[LTChar], list[LTComponent]]:
    """All characters and drawn shapes (lines, rectangles, curves), figures included."""
    chars: list[LTChar] = []
    shapes: list[LTComponent] = []
    stack = [container]
    while stack:
        for obj in stack.pop():
            if isinstance(obj, LTChar):
                chars.append(obj)
            elif isinstance(obj, LTCurve):
                shapes.append(obj)
            elif isinstance(obj, LTContainer):
                stack.append(obj)
    return chars, shapes


def _glyphs(chars: list[LTChar], page_top: float) -> list[Glyph]:
    """Glyphs for upright characters, duplicates (fake bold) dropped.

    The baseline is the bottom raised by the font's usual descent, so a text rise (Ts) counts.
    """
    descents: defaultdict[str, Counter[float]] = defaultdict(Counter)
    for ch in chars:
        if ch.size:
            descents[ch.fontname][round((ch.y0 - ch.matrix[5]) / ch.size, 2)] += 1
    usual = {font: counts.most_common(1)[0][0] for font, counts in descents.items()}
    glyphs = []
    seen = set()
    for ch in chars:
        text = ch.get_text()
        key = (text, round(ch.x0, 1), round(ch.y0, 1))
        if not ch.upright or key in seen:
            continue
        seen.add(key)
        size = ch.size or 1.0
        base = page_top - ch.y0 + usual.get(ch.fontname, 0.0) * size
        glyphs.append(Glyph(text, ch.x0, ch.x1, size, base, page_top - ch.y1, not text.strip()))
    return glyphs


def _body_size(glyphs: Iterable[Glyph]) -> float:
    """The most common font size on the page."""
    sizes = Counter(round(g.size, 1) for g in glyphs if not g.blank)
    return sizes.most_common(1)[0][0]


def _group_lines(glyphs: list[Glyph]) -> list[Line]:
    """Group glyphs by baseline, then attach small raised/lowered clusters to their host line."""
    clusters: list[Line] = []
    for g in sorted(glyphs, key=lambda g: g.base):
        last = clusters[-1] if clusters else None
        if last and g.base - last.base <= BASELINE_TOLERANCE * max(g.size, last.size):
            last.glyphs.append(g)
            last.size = max(last.size, g.size)
        else:
            clusters.append(Line([g], g.base, g.size))
    clusters = [ln for ln in clusters if ln.inked]
    for ln in clusters:
        ln.size = _line_size(ln.glyphs)
        ln.measure()
    hosts = [ln for ln in clusters if not _attach(ln, clusters)]
    for ln in hosts:
        ln.glyphs.sort(key=lambda g: g.x0)
        ln.measure()
    return hosts


def _line_size(glyphs: list[Glyph]) -> float:
    """The body size of a line: its most common size among inked glyphs (ties: the larger)."""
    sizes = Counter(round(g.size, 1) for g in glyphs if not g.blank)
    if not sizes:
        return max(g.size for g in glyphs)
    return max(sizes.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _attach(small: Line, lines: list[Line]) -> bool:
    """Attach a cluster of small glyphs to a nearby larger line (as super/subscripts); True if attached."""
    biggest = max(g.size for g in small.inked)
    best = None
    for host in lines:
        if host is small or host.attached or biggest >= SMALL_RATIO * host.size:
            continue
        if not host.base - 0.75 * host.size <= small.base <= host.base + 0.35 * host.size:
            continue
        if small.x0 < host.x0 - 3 * host.size or small.x1 > host.x1 + 3 * host.size:
            continue
        if best is None or abs(host.base - small.base) < abs(best.base - small.base):
            best = host
    if best is None:
        return False
    raised = best.base - small.base >= RAISE_RATIO * best.size
    for g in small.glyphs:
        g.sup = raised and not g.blank
    best.glyphs.extend(small.glyphs)
    small.attached = True
    return True


def _horizontal_rules(shapes: list[LTComponent], page_top: float) -> list[Rule]:
    """Thin horizontal lines and rectangles drawn on the page, top to bottom."""
    rules = [
        Rule(shape.x0, shape.x1, page_top - shape.y1, page_top - shape.y0)
        for shape in shapes
        if shape.height <= 2 and shape.width >= 36
    ]
    return sorted(rules, key=lambda r: r.top)


def _header_end(rules: list[Rule], height: float, width: float) -> float:
    """Top of the rule under the running header (near the page top), or 0 when there is none."""
    for rule in rules:
        if rule.top < 0.15 * height and rule.x1 - rule.x0 > 0.4 * width:
            return rule.top
    return 0.0


def _segments(line: Line) -> list[Segment]:
    """Split a line at column-sized gaps."""
    segments: list[Segment] = []
    current: list[Glyph] = []
    last_x1 = None
    for g in line.glyphs:
        if not g.blank and last_x1 is not None and g.x0 - last_x1 > COLUMN_GAP * line.size and current:
            segments.append(Segment(current, line.base, line.size))
            current = []
        current.append(g)
        if not g.blank:
            last_x1 = g.x1
    if current:
        segments.append(Segment(current, line.base, line.size))
    return [s for s in (_trim(s) for s in segments) if s.glyphs]


def _trim(seg: Segment) -> Segment:
    """Drop leading and trailing blank glyphs."""
    glyphs = seg.glyphs
    start = next((i for i, g in enumerate(glyphs) if not g.blank), len(glyphs))
    end = next((i for i in range(len(glyphs) - 1, -1, -1) if not glyphs[i].blank), -1)
    return Segment(glyphs[start : end + 1], seg.base, seg.size)


def _header_segments(lines: list[Line]) -> list[Segment]:
    """Running-header segments in reading order: column by column, top to bottom in each."""
    columns: list[list[Segment]] = []
    for seg in sorted((s for ln in lines for s in _segments(ln)), key=lambda s: s.x0):
        for col in columns:
            if seg.x0 <= max(s.x1 for s in col) and seg.x1 >= min(s.x0 for s in col):
                col.append(seg)
                break
        else:
            columns.append([seg])
    return [seg for col in columns for seg in sorted(col, key=lambda s: s.base)]


def _body_texts(lines: list[Line], rules: list[Rule], body: float, height: float) -> list[str]:
    """Texts of the lines below the header, with empty lines for paragraph gaps and the footnote separator."""
    out: list[str] = []
    separator_before = _separator_line(lines, rules, body, height)
    prev: Line | None = None
    for ln in lines:
        if prev is not None and ln.base - prev.base > BLANK_GAP * max(ln.size, prev.size):
            out.append("")
        if ln is separator_before:
            out.append(SEPARATOR)
        out.extend(_text(seg) for seg in _segments(ln))
        prev = ln
    return out


def _separator_line(lines: list[Line], rules: list[Rule], body: float, height: float) -> Line | None:
    """The first footnote line right under a drawn separator rule, if the page has one."""
    if any(_text_of(ln).startswith("_____") for ln in lines):
        return None
    for rule in rules:
        if rule.top < 0.4 * height:
            continue
        below = [ln for ln in lines if ln.top >= rule.bottom - 1]
        if not below:
            continue
        first = below[0]
        near = first.top - rule.bottom < 3 * first.size
        if near and first.size < 0.9 * body and first.x0 >= rule.x0 - 2:
            return first
    return None


def _text_of(line: Line) -> str:
    """The raw text of a line, unspaced."""
    return "".join(g.text for g in line.glyphs).strip()


def _text(seg: Segment) -> str:
    """The text of a segment; a superscript mark inside running text goes on its own line."""
    pieces: list[str] = []
    buf: list[str] = []
    glyphs = seg.glyphs
    i = 0
    while i < len(glyphs):
        g = glyphs[i]
        if g.sup:
            j = i
            while j < len(glyphs) and glyphs[j].sup:
                j += 1
            mark = "".join(x.text for x in glyphs[i:j])
            _place_mark(mark, glyphs, i, buf, pieces)
            i = j
            continue
        if buf and not g.blank and _spaced(glyphs[i - 1], g, seg.size) and buf[-1] != " ":
            buf.append(" ")
        buf.append(" " if g.blank else g.text)
        i += 1
    tail = "".join(buf)
    if tail.strip() or not pieces:
        pieces.append(tail)
    return "\n".join(_clean(p) for p in pieces)


def _place_mark(mark: str, glyphs: list[Glyph], i: int, buf: list[str], pieces: list[str]) -> None:
    """Emit a superscript run: in front of the text at a line start, inline after a digit (an ordinal),
    else each mark of the run ("1", or "1,2") on a line of its own."""
    marks = [m.strip() for m in mark.split(",")]
    prev = glyphs[i - 1] if i else None
    if not "".join(buf).strip():
        buf.extend([mark, " "])
    elif not all(MARK_RE.fullmatch(m) for m in marks) or (mark.isalpha() and prev and prev.text.isdigit()):
        buf.append(mark)  # an ordinal ("2e", "1st") or other raised text, not a footnote mark
    else:
        pieces.append("".join(buf))
        pieces.extend(marks)
        buf.clear()


def _spaced(a: Glyph, b: Glyph, size: float) -> bool:
    """True if the gap between two glyphs is a word space."""
    return b.x0 - a.x1 > SPACE_GAP * min(size, max(a.size, b.size))


def _clean(text: str) -> str:
    """Collapse runs of spaces, expand ligatures and strip the ends."""
    return re.sub(r" {2,}", " ", text.translate(LIGATURES)).strip()


if __name__ == "__main__":
    _contained_child(Limits(**json.loads(sys.argv[1])))
