"""Step 1: the text as numbered lines, and the rules for joining broken lines back together."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A run of spaces this long on an otherwise empty line is the page-bottom rule above a footnote block
# in some extractions (the Chinese seed).
RULE_SPACES = 20


@dataclass
class Line:
    """One source line: `no` is 1-based; `text` is stripped with inner spaces collapsed."""

    no: int
    raw: str
    text: str
    indent: bool = False  # starts with whitespace
    rule: bool = False  # an all-space line long enough to be a footnote rule
    column: int = 0  # where the text starts (leading whitespace, form feeds aside)
    page: int = 0  # form feeds before the line: the page, where the extraction marks page breaks

    @property
    def blank(self) -> bool:
        return not self.text


def normalise_lines(text: str) -> list[Line]:
    """Split into lines at \\n, \\r\\n or \\r (as editors count them), strip, collapse inner spaces. Other
    separators (form feeds from page breaks, U+2028...) count as spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    page = 0
    for no, raw in enumerate(text.split("\n"), 1):
        raw = raw.replace("\ufeff", "")
        page += raw.count("\f")
        clean = " ".join(raw.split())
        body = raw.replace("\f", "")
        column = len(body) - len(body.lstrip()) if clean else 0
        out.append(
            Line(
                no=no,
                raw=raw,
                text=clean,
                indent=column > 0,
                rule=not clean and len(raw) >= RULE_SPACES,
                column=column,
                page=page,
            )
        )
    return out


def is_cjk(ch: str) -> bool:
    cp = ord(ch)
    return (
        0x2E80 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF or 0xFF00 <= cp <= 0xFFEF or 0x3000 <= cp <= 0x303F
    )


_DASHES = "-\u2010\u2011\u2012\u2013\u2014"


def joiner(left: str, right: str) -> str:
    """The joint of two line fragments: nothing after a glued dash or next to CJK, else a space."""
    if not left or not right:
        return ""
    if left[-1] in _DASHES and len(left) > 1 and not left[-2].isspace():
        return ""
    if is_cjk(left[-1]) or is_cjk(right[0]):
        return ""
    return " "


def join_text(left: str, right: str) -> str:
    """`left` and `right` joined as broken lines of one paragraph."""
    return f"{left}{joiner(left, right)}{right}"


def repair_spaced_hyphens(text: str, keep_words: tuple[str, ...]) -> str:
    """'country- specific' -> 'country-specific'; a suspended 'confidence- and security-building' stays."""
    if "- " not in text:
        return text

    def fix(m: re.Match) -> str:
        return m.group(0) if m.group(1).lower() in keep_words else f"-{m.group(1)}"

    return re.sub(r"(?<=[^\W\d_])- ([^\W\d_]+)", fix, text)
