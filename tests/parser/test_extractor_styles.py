"""Property: a resolution laid out in the style of each text extractor — the archive's own (pdfplumber),
PyMuPDF, pdftotext and pdftotext -layout: their line breaks, blank lines, paragraph numbers, running
headers and footers at page breaks, footnote blocks at the page bottoms and footnote marks — parses back
to the same structure. The styles copy the real extractions of 73/8 in tests/data/extractions, and the
Chinese seed's (`seed`: from the title on, a blank line after every line, each paragraph's first line
indented by a space, marks on lines of their own, footnote blocks under a rule of spaces)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.parser import parse

TITLE = "Cooperation between the United Nations and the regional organizations"
WORDS = ["the", "of", "and", "international", "cooperation", "peace", "security", "development"]
PREAMBLE_LEADS = ["Recalling", "Reaffirming", "Noting with concern", "Welcoming", "Bearing in mind"]
OPERATIVE_LEADS = ["Decides", "Requests the Secretary-General", "Calls upon", "Encourages", "Invites"]
# a mark may stand after a comma and before a capital, mid-paragraph ("Tlatelolco, Rarotonga,3 Bangkok4")
NAMES = [
    "the Programme of Action",
    "the Sendai Framework",
    "the Istanbul Declaration",
    "Rarotonga,",
    "Bangkok",
]
AFTER_MARK = re.compile(r"(?<=\n)(?=[^\d\s])")
STYLES = ["pdfplumber", "pymupdf", "pdftotext", "pdftotext-layout", "seed"]


@dataclass
class Para:
    words: list[str]  # a footnote mark is a word "^N" right after a name
    number: int | None = None

    def text(self) -> str:
        return " ".join(w for w in self.words if not w.startswith("^"))

    def marks(self) -> list[str]:
        return [w[1:] for w in self.words if w.startswith("^")]


@st.composite
def resolutions(draw) -> list[Para]:
    paras: list[Para] = []
    count = {"marks": 0}

    def body(lead: str, end: str) -> list[str]:
        words = lead.split()
        for _ in range(draw(st.integers(1, 4))):
            words += draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=14))
            if draw(st.booleans()):
                count["marks"] += 1
                words += [*draw(st.sampled_from(NAMES)).split(), f"^{count['marks']}"]
        return [*words, "cooperation" + end]

    for _ in range(draw(st.integers(0, 5))):
        paras.append(Para(body(draw(st.sampled_from(PREAMBLE_LEADS)), ",")))
    operative = draw(st.integers(1, 5))
    for n in range(1, operative + 1):
        paras.append(Para(body(draw(st.sampled_from(OPERATIVE_LEADS)), "." if n == operative else ";"), n))
    return paras


def tokens(para: Para, style: str) -> list[tuple[str, str | None]]:
    """(word, its footnote mark) to wrap: a mark goes with the word before it, the way the extractor
    prints it (an extraction never starts a line with it)."""
    out: list[tuple[str, str | None]] = []
    for w in para.words:
        if w.startswith("^"):
            printed = {"pdfplumber": "\n{}\n", "pymupdf": "{}", "seed": "\n{}\n"}.get(style, " {}").format(
                w[1:]
            )
            out[-1] = (out[-1][0] + printed, w[1:])
        else:
            out.append((w, None))
    return out


def wrap(words: list[tuple[str, str | None]], width: int) -> list[tuple[str, list[str]]]:
    """(line, the footnote marks on it)."""
    lines: list[tuple[str, list[str]]] = []
    line, marks = "", []
    for w, mark in words:
        if line and len(line) + 1 + len(w.split("\n")[0]) > width:
            lines.append((line, marks))
            line, marks = w, []
        else:
            line = f"{line}{'' if line.endswith(chr(10)) or not line else ' '}{w}"
        marks += [mark] if mark else []
    return [*lines, (line, marks)]


def render(paras: list[Para], style: str, width: int, page_lines: int) -> str:
    if style == "seed":
        return render_seed(paras, width, page_lines)
    layout = style == "pdftotext-layout"
    gap = style in ("pdfplumber", "pymupdf")
    left, first = (" " * 16, " " * 21) if layout else ("", "")
    title_line = f"80/1.{' ' * 6 if layout else ' '}{TITLE}"
    if style == "pdftotext":
        title_line = f"80/1.\n\n{TITLE}"
    out = [
        "United Nations" + (" " * 40 + "A/RES/80/1" if layout else "\nA/RES/80/1"),
        "General Assembly" + (" " * 30 + "Distr.: General" if layout else "\nDistr.: General"),
        "1 December 2025",
        "",
        "Eightieth session",
        "Agenda item 12",
        "",
        "Resolution adopted by the General Assembly on 1 December 2025",
        "",
        "[without reference to a Main Committee (A/80/L.1)]",
        "",
        title_line,
        "",
        f"{left}The General Assembly,",
    ]
    pages = 1
    on_page: list[str] = []  # body lines on the current page
    notes: list[str] = []  # footnotes to print at its bottom

    def page_break() -> None:
        nonlocal pages
        block = ["", "__________________"] + [f"{left}{n} {footnote(n)}" for n in notes]
        footer = f"{pages}/9" + (" " * 40 + "25-12345" if layout else "\n25-12345")
        header = f"A/RES/80/1{' ' * 40 if layout else chr(10)}{TITLE}"
        out.extend([*(block if notes else []), "", footer, "\f" + header, ""])
        pages += 1
        on_page.clear()
        notes.clear()

    for para in paras:
        lines = wrap(tokens(para, style), width)
        if para.number is not None:
            if style in ("pymupdf", "pdftotext"):
                lines = [(f"{para.number}.", []), *lines]
            else:
                lines[0] = (f"{para.number}.{'   ' if layout else ' '}{lines[0][0]}", lines[0][1])
        if gap:
            out.append("")
        for k, (line, marks) in enumerate(lines):
            if len(on_page) == page_lines:
                page_break()
            out.append(f"{first if k == 0 else left}{line}")
            on_page.append(line)
            notes.extend(marks)
    out += ["", f"{' ' * 60 if layout else ''}3rd plenary meeting", "1 December 2025"]
    if notes:
        out += ["", "__________________"] + [f"{left}{n} {footnote(n)}" for n in notes]
    return "\n".join(out) + "\n"


def footnote(mark: str) -> str:
    """Footnote `mark`'s text: an even one long enough to wrap, with numbers where its lines may break."""
    symbol = f"A/80/{100 + int(mark)}"
    if int(mark) % 2:
        return f"{symbol}."
    return f"Report of the Conference on Cooperation, Cairo, 5 to 13 September 1994 ({symbol}), chap. I."


def footnote_lines(mark: str, width: int) -> list[str]:
    """A footnote's text wrapped in the seed's style: its first line indented, a blank line after each."""
    lines = [line for line, _ in wrap([(w, None) for w in footnote(mark).split()], width)]
    return [x for k, line in enumerate(lines) for x in (f"{' ' if k == 0 else ''}{line}", "")]


def render_seed(paras: list[Para], width: int, page_lines: int) -> str:
    """The Chinese seed's extraction: no cover, no page furniture; a blank line after each line of the page;
    a mark on a line of its own, the rest of its line on the next (the mark's line has no blank after it);
    a footnote block: a rule of spaces, then each mark on its line and its text after it. The next page
    follows the block's last line with no blank line, its first line indented by one more space."""
    out = [f" 80/1. {TITLE}", "", " The General Assembly,", ""]
    on_page, notes, page_indent = 0, [], ""

    def block() -> list[str]:
        return [" " * 59, *(x for n in notes for x in (n, *footnote_lines(n, width)))]

    for para in paras:
        lines = wrap(tokens(para, "seed"), width)
        if para.number is not None:
            lines[0] = (f"{para.number}. {lines[0][0]}", lines[0][1])
        for k, (line, marks) in enumerate(lines):
            if on_page == page_lines:
                if notes:
                    out += block()
                    while not out[-1]:
                        out.pop()
                    page_indent = " "
                on_page, notes = 0, []
            after_marks = AFTER_MARK.sub(" ", line)  # the rest of a mark's line, indented by a space
            out += [f"{page_indent}{' ' if k == 0 else ''}{after_marks}", ""]
            on_page, page_indent = on_page + 1, ""
            notes.extend(marks)
    out += ["", "3rd plenary meeting", "", "1 December 2025", ""]
    return "\n".join([*out, *(block() if notes else [])]) + "\n"


def expected(paras: list[Para]) -> dict:
    marks = [m for p in paras for m in p.marks()]
    return {
        "preambular": [(p.text(), p.marks()) for p in paras if p.number is None],
        "operative": [(str(p.number), p.text(), p.marks()) for p in paras if p.number is not None],
        "footnotes": [(m, footnote(m)) for m in marks],
    }


def structure(parsed) -> dict:
    return {
        "preambular": [(p.text, [r.mark for r in p.footnote_refs]) for p in parsed.preambular],
        "operative": [(p.number, p.text, [r.mark for r in p.footnote_refs]) for p in parsed.operative],
        "footnotes": [(f.mark, f.text) for f in parsed.footnotes],
    }


# Derandomized, so that CI runs the same 60 examples every time (a suite must not pass or fail by chance).
# Random runs found a pdftotext layout whose only numbered paragraph opened a page: its gap was read as the
# paragraph separator and the preamble merged, own-line marks after "Programme of Action" and all (the test
# below). Since that fix, 20,000 random examples pass (`derandomize=False, max_examples=15000`). With the
# seed's style and the names before capitals and after commas (5 December 2026): 2,000 random examples of
# the seed's style and 1,000 of each other style pass. With the seed's page breaks (no blank line after a
# footnote block, the next page's first line indented; 5 December 2026): 3,000 random examples of all
# styles and 3,000 of the seed's alone, pages of 2 to 30 lines, pass.
@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(resolutions(), st.sampled_from(STYLES), st.integers(50, 90), st.integers(6, 30))
def test_every_extractors_layout_parses_back_to_the_structure(paras, style, width, page_lines):
    text = render(paras, style, width, page_lines)
    parsed = parse(text)
    assert (parsed.title, parsed.symbol.canonical) == (TITLE, "A/RES/80/1")
    assert structure(parsed) == expected(paras), text
    assert [w.message for w in parsed.warnings] == [], text


def test_the_styles_are_those_of_the_real_extractions():
    paras = [
        Para(["Recalling", "the", "Programme", "of", "Action", "^1", "and", "peace,"]),
        Para(["Decides."], 1),
    ]
    assert "Action\n1\nand peace," in render(paras, "pdfplumber", 80, 30)
    assert "Action1 and peace,\n\n1.\nDecides." in render(paras, "pymupdf", 80, 30)
    assert "80/1.\n\nCooperation" in render(paras, "pdftotext", 80, 30)
    assert "Action 1 and peace,\n1.\nDecides." in render(paras, "pdftotext", 80, 30)
    assert "                     1.   Decides." in render(paras, "pdftotext-layout", 80, 30)
    assert render(paras, "seed", 80, 1) == (
        " 80/1. Cooperation between the United Nations and the regional organizations\n\n"
        " The General Assembly,\n\n Recalling the Programme of Action\n1\n and peace,\n\n"
        + " " * 59
        + "\n1\n A/80/101.\n  1. Decides.\n\n\n3rd plenary meeting\n\n1 December 2025\n\n"
    )


def test_a_paragraph_number_opening_a_page_is_no_evidence_that_gaps_separate_paragraphs():
    # pdftotext prints no blank line between paragraphs; the only numbered paragraph here opens page 2,
    # after the page's furniture: that gap is the page break's, not a paragraph separator (a random
    # example once merged every preambular paragraph into one)
    paras = [
        Para(["Recalling", "the", "Programme", "of", "Action", "^1", "and", "peace", "cooperation,"]),
        Para(["Recalling", "the", "Sendai", "Framework", "^2", "and", "security", "cooperation,"]),
        Para(["Decides", "to", "remain", "seized", "of", "the", "matter."], 1),
    ]
    text = render(paras, "pdftotext", 60, 2)
    assert "security cooperation,\n\n__________________" in text
    assert "regional organizations\n\n1.\nDecides" in text
    parsed = parse(text)
    assert structure(parsed) == expected(paras)
    assert parsed.warnings == []
