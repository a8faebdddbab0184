"""Headings kept as headings: an annex's section headings ("I. Global context…", "A. …", "A call to
action"), headings in the operative part, and the title that opens a declaration printed without an
"Annex" line. Each gets an eId in its container (`annex_1__hcontainer_2`), its printed number and a level,
so that a table of contents can be built."""

from __future__ import annotations

import re

from .document import Heading
from .paragraphs import Group, ends_with_colon

NUMBERED = re.compile(r"^(?P<num>[IVXLC]{1,7}|[A-Z])\s?\.(?:\s+(?P<text>\S.*))?$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(text: str) -> int | None:
    """The value of a well-formed roman number up to 399, or None."""
    total, previous = 0, 0
    for ch in reversed(text):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total if 0 < total < 400 and text == _roman(total) else None


def _roman(n: int) -> str:
    out = ""
    for value, numeral in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V")):
        while n >= value:
            out, n = out + numeral, n - value
    return out + ("IV" if n == 4 else "I" * n)


def build_headings(found: list[tuple[Group, str | None]], container: str) -> list[Heading]:
    """Headings from their groups and the eId of the paragraph each stands before. Roman numbers are the
    first level and capital letters the second (a letter is a letter when it follows the letter before it
    or is "A"); unnumbered headings sit one level below the deepest numbered level seen so far."""
    out: list[Heading] = []
    last_roman, last_letter, deepest = 0, "", 0
    prefix = f"{container}__" if container else ""
    for k, (group, before) in enumerate(found, 1):
        m = NUMBERED.match(group.raw)
        number, text, level = None, group.raw, deepest + 1
        if m and m.group("text"):
            label = m.group("num")
            letter = len(label) == 1 and (
                label == "A" or (last_letter and ord(label) == ord(last_letter) + 1)
            )
            value = None if letter else roman_value(label)
            if value is not None and value == last_roman + 1:
                number, text, level, last_roman, last_letter, deepest = (
                    f"{label}.",
                    m.group("text"),
                    1,
                    value,
                    "",
                    1,
                )
            elif len(label) == 1:
                number, text, level, last_letter, deepest = f"{label}.", m.group("text"), 2, label, 2
        out.append(Heading(f"{prefix}hcontainer_{k}", text, number, level, before, group.no))
    return out


def declaration_start(groups: list[Group], headings: list[tuple[Group, int]], first: int) -> int | None:
    """Index in `headings` of a title that opens a declaration (or other attached text) printed without an
    "Annex" line: a heading at or after group `first` (the operative part) after which paragraph numbering
    starts again from 1, or that follows a paragraph ending with a colon and is followed by unnumbered text
    or a paragraph 1."""
    for h, (_, k) in enumerate(headings):
        if k <= first or k >= len(groups):
            continue
        numbered_before = [g for g in groups[first:k] if g.numbered]
        after = next((g for g in groups[k:] if g.numbered), None)
        from_one = after is None or after.label == "1"
        if (numbered_before and after is not None and after.label == "1") or (
            ends_with_colon(groups[k - 1].raw) and from_one
        ):
            return h
    return None
