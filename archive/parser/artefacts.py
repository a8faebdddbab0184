"""Step 2: page furniture. Job numbers, barcodes, page numbers, running symbol and title headers, rules."""

from __future__ import annotations

import re

from .normalise import Line

# "25-15106 (E)", a reissued document's "25-00123* (E)"; around 2000 "00 55951"; an Arabic page's, drawn
# right to left, "(A) 24-23459"
_JOB = r"(?:\([A-Z]\)\s?)?\d{2}[- ]\d{5}\*?(?:\s?\([A-Z]\))?"
_PAGE = r"\d{1,3}\s?/\s?\d{1,3}"
_SYMBOL = r"A/RES/[\w./\-]+(?:\s?\([IVXLC]+\))?(?:\s[A-Z](?:-[A-Z])?)?"
# "Page 2" under the running symbol (documents of the 1990s and 2000s), in each language's words.
_PAGE_LABEL = r"(?:Page|Página|[Сс]тр\.|الصفحة)\s?\d{1,3}|第\s?\d{1,3}\s?页"
PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("job number", re.compile(rf"^{_JOB}(?:\s+\d{{6}})?$")),
    ("print date", re.compile(r"^\d{6}$")),  # the job number's ddmmyy, on its own line in pdftotext
    ("barcode", re.compile(r"^\*\d{5,}\*$")),
    ("page number", re.compile(rf"^{_PAGE}$")),
    # a page's foot on one line, as an extractor keeping lines whole gives it: "2/2 25-15779" (farther
    # apart, "2/2        25-15779", they are columns: `columns.py` splits them)
    ("page and job number", re.compile(rf"^(?:{_PAGE} {{1,3}}{_JOB}|{_JOB} {{1,3}}{_PAGE})$")),
    ("page label", re.compile(rf"^(?:{_PAGE_LABEL})$")),
    ("running symbol", re.compile(rf"^{_SYMBOL}(?:\s?\*)?(?:\s+(?:{_PAGE_LABEL}))?$")),
    ("footnote rule", re.compile(r"^(?:_{4,}|-{3,}|—{3,})$")),
    ("continued overleaf", re.compile(r"^/\s?(?:\.\.\.|…)$")),  # a page's last line, in the 1990s
)
PAGE_BREAK_TAIL = re.compile(r"\s+(-{3,})$")


def furniture_reason(line: Line) -> str | None:
    """Why this line is page furniture, or None."""
    if line.rule:
        return "footnote rule"
    for reason, pattern in PATTERNS:
        if pattern.match(line.text):
            return reason
    return None


def split_page_break_tail(text: str) -> tuple[str, str | None]:
    """'... international ---' -> ('... international', '---')."""
    m = PAGE_BREAK_TAIL.search(text)
    if not m or m.start() == 0:
        return text, None
    return text[: m.start()], m.group(1)


def _flat(s: str) -> str:
    return "".join(s.split())


def running_title_runs(lines: list[Line], free: list[bool], title: str) -> list[int]:
    """Indices of running-header lines repeating the title: runs of free, non-blank lines that are each a
    piece of the title and stand between blanks, furniture or the edges of the text, not after a paragraph
    ending with a colon. A header prints the title from its start: a run either begins the title or
    continues the header just read (its lines may stand apart, between blank lines), so a line of the body
    that repeats words from the middle of the title, blank lines around it, stays in the body."""
    flat_title = _flat(title)
    if len(flat_title) < 4:
        return []
    minimum = min(len(flat_title), 12)
    out: list[int] = []
    header = ""  # the header read so far: the beginning of the title, flat
    i, n = 0, len(lines)
    while i < n:
        if not free[i] or lines[i].blank:
            i += 1
            continue
        j = i
        while j < n and free[j] and not lines[j].blank and _is_piece(lines[j].text, flat_title, minimum):
            j += 1
        if j == i:  # body text: a header read before it is over
            header = ""
            i += 1
            continue
        run = "".join(_piece(lines[k].text) for k in range(i, j))
        before_ok = i == 0 or lines[i - 1].blank or not free[i - 1]
        after_ok = j == n or lines[j].blank or not free[j]
        read = next((h for h in (header + run, run) if flat_title.startswith(h)), None)
        if before_ok and after_ok and read is not None and not _opens_a_text(lines, free, i):
            out.extend(range(i, j))
            header = read
        else:
            header = ""
        i = j
    return out


def _opens_a_text(lines: list[Line], free: list[bool], i: int) -> bool:
    """Whether the nearest non-blank line before line i is text ending with a colon: a title repeated
    there opens what that paragraph introduces (a declaration whose title is the resolution's: "Approves
    the following political declaration:"), it is not a running header."""
    before = next((k for k in range(i - 1, -1, -1) if not lines[k].blank), None)
    return before is not None and free[before] and lines[before].text.rstrip().endswith((":", "："))


# The running symbol beside the title on the header's one line ("A/RES/80/2 Scale of assessments…", or
# the title first on odd pages), as an extractor keeping lines whole gives it.
_BESIDE_SYMBOL = re.compile(rf"^{_SYMBOL}\s+|\s+{_SYMBOL}$")


def _piece(text: str) -> str:
    """A line as a piece of the title: without the running symbol beside it, without spaces."""
    return _flat(_BESIDE_SYMBOL.sub("", text, count=1))


def _is_piece(text: str, flat_title: str, minimum: int) -> bool:
    flat = _piece(text)
    return len(flat) >= minimum and flat in flat_title
