"""Step 6: footnotes. Footnote marks on their own line, the footnotes' order and the marks' removal from the
paragraph text. The footnote blocks are found by `footnote_pass`, marks in running text by `marks`."""

from __future__ import annotations

import re

OWN_LINE_MARK = re.compile(r"^(\d{1,3}|\*{1,3})$")
FOOTNOTE_START = re.compile(r"^(?P<mark>\d{1,3}|\*{1,3})(?:\s+(?P<text>\S.*))?$")


def footnote_text_complete(text: str, abbreviations: tuple[str, ...]) -> bool:
    """Whether a footnote's text so far ends a sentence (so a following body line is not its continuation)."""
    t = text.rstrip()
    return bool(t) and t[-1] in ".。" and not ends_with_abbreviation(t, abbreviations)


def ends_with_abbreviation(text: str, abbreviations: tuple[str, ...]) -> bool:
    """Whether `text` ends with one of the language's abbreviations ("para.", "No.": most are followed by a
    number)."""
    words = text.split()
    last = words[-1] if words else ""
    return any(
        last.endswith(a) and (len(last) == len(a) or not last[-len(a) - 1].isalnum()) for a in abbreviations
    )


def next_mark(previous: str | None) -> str:
    """The mark expected after `previous` (numeric marks count up; stars add a star)."""
    if previous is None:
        return "1"
    if previous.isdigit():
        return str(int(previous) + 1)
    return previous + "*"


def finalise_text(
    raw: str,
    marks: list[tuple[int, str]],
    keep_words: tuple[str, ...] = (),
    deleted: list[tuple[int, int]] = (),
) -> tuple[str, list[tuple[str, int]]]:
    """Collapse whitespace, repair 'word- word' hyphens, drop the `deleted` spans (glued marks), and turn
    (position, mark) pairs in `raw` into (mark, offset) pairs in the final text."""
    if not marks and not deleted:
        return _collapse(raw, keep_words), []
    gone = {p for s, e in deleted for p in range(s, e)}
    by_pos: dict[int, list[str]] = {}
    for pos, mark in sorted(marks, key=lambda pm: pm[0]):
        by_pos.setdefault(min(max(pos, 0), len(raw)), []).append(mark)
    out: list[str] = []
    refs: list[tuple[str, int]] = []
    n = len(raw)
    for pos in range(n + 1):
        for mark in by_pos.get(pos, ()):
            offset = len(out) - 1 if out and out[-1] == " " else len(out)
            refs.append((mark, offset))
        if pos == n:
            break
        if pos in gone:
            continue
        ch = raw[pos]
        if ch.isspace():
            if not out or out[-1] == " ":
                continue
            if out[-1] == "-" and len(out) > 1 and out[-2].isalpha():
                word = re.match(r"[^\W\d_]+", raw[pos + 1 :])
                if word and word.group(0).lower() not in keep_words:
                    continue
            out.append(" ")
            continue
        out.append(ch)
    while out and out[-1] == " ":
        out.pop()
    final = "".join(out)
    return final, [(mark, min(offset, len(final))) for mark, offset in refs]


_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_])- ([^\W\d_]+)")


def _collapse(raw: str, keep_words: tuple[str, ...]) -> str:
    """Fast path of finalise_text for text without marks."""
    text = " ".join(raw.split())
    if "- " not in text:
        return text
    return _SPACED_HYPHEN.sub(
        lambda m: m.group(0) if m.group(1).lower() in keep_words else f"-{m.group(1)}", text
    )
