"""Multi-part resolutions (79/238 A-B): each part opens with its letter alone on a line, maybe a title,
then its own formula, and closes with its own meeting line. A part is found by that structure: a letter
line (A, B, C… in order, as the language prints them: Arabic ألف, باء …) whose next lines, after an
optional title, are a formula."""

from __future__ import annotations

from dataclasses import dataclass

from .cover import Adoption, find_adoption
from .languages import Compiled
from .normalise import Line, join_text

TITLE_LINES = 3  # a part's title takes at most this many lines


@dataclass(frozen=True)
class PartDraft:
    """Where one part stands: its letter line, title lines, formula line and closing meeting line(s)."""

    letter: str  # Latin, for the eId
    printed: str  # as the language prints it ("B", Arabic "باء")
    heading_index: int
    title: str | None
    title_indices: tuple[int, ...]
    formula_index: int
    comma: bool
    adoption: Adoption | None

    @property
    def eid(self) -> str:
        return f"part_{self.letter.lower()}"


def find_parts(lines: list[Line], start: int, tab: Compiled) -> list[PartDraft]:
    """The parts from line `start` on, in order from A; [] unless there are at least two."""
    out: list[PartDraft] = []
    expected = "A"
    for i in range(start, len(lines)):
        if tab.part_letter(lines[i].text) != expected:
            continue
        part = _part(lines, i, expected, lines[i].text.removesuffix("."), tab)
        if part is not None:
            out.append(part)
            expected = chr(ord(expected) + 1)
    if len(out) < 2:
        return []
    return [
        PartDraft(
            p.letter, p.printed, p.heading_index, p.title, p.title_indices, p.formula_index, p.comma, adoption
        )
        for p, adoption in zip(out, _adoptions(lines, out, tab), strict=True)
    ]


def _part(lines: list[Line], i: int, letter: str, printed: str, tab: Compiled) -> PartDraft | None:
    title, indices = "", []
    j = i + 1
    while j < len(lines):
        if lines[j].blank:
            j += 1
            continue
        m = tab.formula.match(lines[j].text)
        if m:
            return PartDraft(
                letter, printed, i, title or None, tuple(indices), j, bool(m.group("comma")), None
            )
        if len(indices) == TITLE_LINES:
            return None
        title = join_text(title, lines[j].text) if title else lines[j].text
        indices.append(j)
        j += 1
    return None


def _adoptions(lines: list[Line], parts: list[PartDraft], tab: Compiled) -> list[Adoption | None]:
    """Each part's closing meeting line: the first after its formula and before the next part."""
    out = []
    for k, part in enumerate(parts):
        adoption = find_adoption(lines, part.formula_index + 1, tab)
        end = parts[k + 1].heading_index if k + 1 < len(parts) else len(lines)
        out.append(adoption if adoption and max(adoption.indices) < end else None)
    return out
