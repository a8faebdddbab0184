"""Arabic text extracted in visual order: detected, and restored to logical (reading) order.

Some PDF extractors give right-to-left lines as they are drawn, left to right: the letters of each
Arabic word come reversed ("ةماعلا ةيعمجلا" for "الجمعية العامة"), the words in reverse order, numbers
and Latin symbols in their own order, brackets mirrored. The evidence is the shape of words: the
article "ال" opens Arabic words and "ة"/"ى" end them, never the other way round; reversed text shows
"لا" at word ends and "ة"/"ى" at word starts.

`logical_order` returns the text unchanged when it reads in logical order, restores it when every line
with enough evidence reads reversed, and raises ParseError naming the first line of the minority order
when the text mixes both (a restoration would then be a guess).
"""

from __future__ import annotations

import re
import unicodedata

from archive.messages import gettext_noop

from .document import ParseError

_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
# Presentation forms (initial, medial, final and isolated glyph codes) some extractions give instead of
# letters; NFKC turns them into the letters.
_PRESENTATION = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]+")
_LTR_TOKEN = re.compile(
    r"[A-Za-z0-9\u0660-\u0669\u06f0-\u06f9]+(?:[./\-:][A-Za-z0-9\u0660-\u0669\u06f0-\u06f9]+)*"
)
_LATIN = re.compile(r"[A-Za-z]")
_MIRROR = str.maketrans("()[]{}«»", ")(][}{»«")
MIN_EVIDENCE = 3  # word shapes a line needs before it is judged on its own
# A paragraph's number alone on its line ("1 -"), drawn right to left: "- 1". The other lines without
# Arabic letters (symbols, Latin dates, job numbers) are left-to-right text, in their own order.
_NUMBER_DRAWN_BACKWARD = re.compile(r"^\s*-\s*[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}\s*$")


def letters(text: str) -> str:
    """Arabic presentation forms replaced by the letters they draw."""
    return _PRESENTATION.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def evidence(line: str) -> tuple[int, int]:
    """(logical, reversed) word shapes in one line of letters."""
    logical = backward = 0
    for word in _ARABIC_WORD.findall(line):
        if len(word) < 3:
            continue
        logical += word.startswith("ال") + (word[-1] in "ةى")
        backward += word.endswith("لا") + (word[0] in "ةى")
    return logical, backward


def restore_line(line: str) -> str:
    """One visual-order line in logical order: reversed as a whole, brackets mirrored back, then each run
    of Latin letters and digits (Latin words with the single spaces between them: "Add.2 and Corr.1")
    put back in its own order."""
    flipped = line[::-1].translate(_MIRROR)
    runs = []  # (start, end) of left-to-right runs in the flipped line
    for token in _LTR_TOKEN.finditer(flipped):
        if (
            runs
            and flipped[runs[-1][1] : token.start()] == " "
            and _LATIN.search(flipped, runs[-1][0], runs[-1][1])
            and _LATIN.search(token.group(0))
        ):
            runs[-1] = (runs[-1][0], token.end())
        else:
            runs.append(token.span())
    out, pos = [], 0
    for start, end in runs:
        out += [flipped[pos:start], flipped[start:end][::-1]]
        pos = end
    out.append(flipped[pos:])
    return "".join(out)


def _verdict(line: str) -> bool | None:
    """True when the line reads reversed, False when it reads in logical order, None when its words say
    too little (fewer than MIN_EVIDENCE shapes, or no clear majority)."""
    logical, backward = evidence(line)
    if backward >= MIN_EVIDENCE and logical * 3 <= backward:
        return True
    if logical >= MIN_EVIDENCE and backward * 3 <= logical:
        return False
    return None


def logical_order(text: str) -> str:
    """`text` in logical order (see the module's docstring); ParseError when it mixes both orders."""
    text = letters(text)
    lines = text.split("\n")
    verdicts = [(no, _verdict(line)) for no, line in enumerate(lines, 1)]
    backward = [no for no, verdict in verdicts if verdict is True]
    if not backward:
        return text
    forward = [no for no, verdict in verdicts if verdict is False]
    if forward:
        minority = backward if len(backward) <= len(forward) else forward
        raise ParseError(
            gettext_noop(
                "Arabic text mixes visual (reversed) and logical order, so it cannot be restored safely: "
                "%(reversed)s of %(lines)s lines read reversed"
            ),
            line=minority[0],
            reversed=len(backward),
            lines=len(backward) + len(forward),
        )
    return "\n".join(
        restore_line(line) if _ARABIC_WORD.search(line) or _NUMBER_DRAWN_BACKWARD.match(line) else line
        for line in lines
    )
