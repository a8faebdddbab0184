"""Step 6: footnotes. Footnote marks (on their own line, glued to words or numbers), the footnotes' order
and their removal from the paragraph text. The footnote blocks are found by `footnote_pass`."""

from __future__ import annotations

import re

OWN_LINE_MARK = re.compile(r"^(\d{1,3}|\*{1,3})$")
FOOTNOTE_START = re.compile(r"^(?P<mark>\d{1,3}|\*{1,3})(?:\s+(?P<text>\S.*))?$")


def footnote_text_complete(text: str, abbreviations: tuple[str, ...]) -> bool:
    """Whether a footnote's text so far ends a sentence (so a following body line is not its continuation)."""
    t = text.rstrip()
    if not t or t[-1] not in ".。":
        return False
    last = t.split()[-1] if t.split() else t
    return not any(
        last.endswith(a) and (len(last) == len(a) or not last[-len(a) - 1].isalnum()) for a in abbreviations
    )


def next_mark(previous: str | None) -> str:
    """The mark expected after `previous` (numeric marks count up; stars add a star)."""
    if previous is None:
        return "1"
    if previous.isdigit():
        return str(int(previous) + 1)
    return previous + "*"


_AFTER_PUNCT = set(',.;:)]”’"»،؛')
_END_PUNCT = set(",.;:)]”’،؛")  # Arabic comma and semicolon included
_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")


def _ends_ok(text: str, e: int) -> bool:
    return e == len(text) or text[e].isspace() or text[e] in _END_PUNCT


def _glued_kind(text: str, s: int, e: int) -> str | None:
    """How the mark at text[s:e] sits: glued to a letter, after punctuation (with or without one space),
    after a year, or after a word and one space; None when it is not a mark there."""
    if s == 0 or (e < len(text) and text[e].isdigit()):
        return None
    prev = text[s - 1]
    if prev.isalpha():
        return "letter" if _ends_ok(text, e) else None
    if prev in _AFTER_PUNCT:
        return "punct" if _ends_ok(text, e) else None
    if prev.isdigit():
        if s >= 4 and _YEAR.fullmatch(text, s - 4, s) and (s == 4 or not text[s - 5].isalnum()):
            return "year" if _ends_ok(text, e) else None
        return None
    if prev == " " and s >= 2:
        before = text[s - 2]
        if before in _AFTER_PUNCT and (e == len(text) or text[e].isspace()):
            return "spaced"
        if s >= 3 and before.isalpha() and text[s - 3].isalpha():
            rest = text[e:]
            if not rest.strip() or re.match(r"\s+[^\W\d_]", rest):
                return "word"
    return None


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([^\W\d_]+)[.\s]*$", text[:pos])
    return m.group(1) if m else ""


def _word_after(text: str, pos: int) -> str:
    m = re.match(r"\s*([^\W\d_]+)", text[pos:])
    return m.group(1) if m else ""


def find_glued(
    text: str,
    mark: str,
    start: int = 0,
    months: frozenset[str] = frozenset(),
    numbered_words: frozenset[str] = frozenset(),
) -> tuple[int, int] | None:
    """Span of the first glued occurrence of `mark` in `text` at or after `start`, or None."""
    if not mark.isdigit():
        return None
    s = text.find(mark, start)
    while s != -1:
        e = s + len(mark)
        kind = _glued_kind(text, s, e)
        ok = kind is not None
        if kind == "letter":
            word = _word_before(text, s)
            ok = not (word.isupper() and len(word) > 1)  # "UN80", "COP15": part of a name
        if kind in ("spaced", "word") and _word_after(text, e).lower() in months:
            ok = False
        if kind == "word" and _word_before(text, s).lower() in numbered_words:
            ok = False
        if ok:
            return s, e
        s = text.find(mark, s + 1)
    return None


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
