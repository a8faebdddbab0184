"""Step 1: the text as numbered lines, and the rules for joining broken lines back together."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from .scripts import HAN

# A run of spaces this long on an otherwise empty line is the page-bottom rule above a footnote block
# in some extractions (the Chinese seed).
RULE_SPACES = 20


@dataclass(slots=True)  # a line a million times over must stay small
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


# A space between two Chinese characters: Chinese prints none, an extraction leaves one where a justified
# line was stretched or a title wrapped ("家 庭团聚"). Next to punctuation a space stays: the compilation
# layout's notes end at "。 " (compilation_words).
_SPACE_BETWEEN_HAN = re.compile(f"(?<=[{HAN}]) (?=[{HAN}])")
_HAN_CHARACTER = re.compile(f"[{HAN}]")


# Radicals that some PDFs' fonts map their characters to, as extractions give them ("⼤会" for 大会, "⻅"
# for 见): read as those characters. Each Kangxi radical has its character as compatibility form (NFKC);
# of the supplement, the simplified forms that stand for a whole character are listed.
_RADICAL = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")
_RADICALS = str.maketrans(
    {
        **{chr(cp): unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x2F00, 0x2FD6)},
        **dict(
            zip(
                "⺟⺠⻄⻅⻆⻉⻋⻑⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻬⻮⻰⻳",
                "母民西见角贝车長长门青韦页风飞食马骨鬼鱼鸟卤麦黄齐齿龙龟",
                strict=True,
            )
        ),
    }
)


# Bidirectional formatting characters, which extractors (pdftotext) put around right-to-left and
# left-to-right runs: invisible, never part of the text.
_BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def normalise_lines(text: str) -> list[Line]:
    """Split into lines at \\n, \\r\\n or \\r (as editors count them), strip, collapse inner spaces and drop
    those between Chinese characters, drop bidirectional controls, read radicals as their characters.
    Other separators (form feeds from page breaks, U+2028...) count as spaces."""
    text = _BIDI_CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if _RADICAL.search(text):
        text = text.translate(_RADICALS)
    out = []
    page = 0
    han = _HAN_CHARACTER.search(text) is not None
    for no, raw in enumerate(text.split("\n"), 1):
        raw = raw.replace("\ufeff", "")
        page += raw.count("\f")
        clean = " ".join(raw.split())
        if han:
            clean = _SPACE_BETWEEN_HAN.sub("", clean)
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


# The end of a line a superscript suffix follows: a number, a Roman one too ("74" / "e", "XXI" / "e"), or
# the French "n" of "no" (numéro: "Supplément n" / "o" / " 3 (A/59/3)")
_BEFORE_SUFFIX = re.compile(r"(?:\d|\b[IVXLC]+|\bn)$")


def joined_suffixes(lines: list[Line], suffixes: frozenset[str]) -> list[Line]:
    """`lines` with each superscript suffix that the extraction put on a line of its own, as it puts a
    footnote's mark, not indented, joined back to the number before it, and to the rest of its line after
    it, indented, where it goes on: "74" / "e" / " séance plénière" -> "74e séance plénière", "XXI" / "e" /
    " siècle," -> "XXIe siècle,", "n" / "o" / " 3" -> "no 3". (The rest of a line after a footnote's mark
    is indented: "Carta" / "3" / " a" stays.) The joined line keeps the first line's number."""
    if not suffixes:
        return lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        after = lines[i + 1] if i + 1 < len(lines) else None
        if (
            after is not None
            and after.text in suffixes
            and not after.indent
            and _BEFORE_SUFFIX.search(line.text)
        ):
            suffix = after.text
            rest = lines[i + 2] if i + 2 < len(lines) and lines[i + 2].indent else None
            raw, text = f"{line.raw.rstrip()}{suffix}", f"{line.text}{suffix}"
            if rest is not None:
                raw, text = f"{raw} {rest.raw.strip()}", f"{text} {rest.text}"
            out.append(replace(line, raw=raw, text=text))
            i += 3 if rest is not None else 2
        else:
            out.append(line)
            i += 1
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


# Digits other scripts print, read as ASCII digits: Arabic-Indic (٠-٩), extended Arabic-Indic (۰-۹) and
# full-width (０-９). Paragraph numbers, dates and symbols are then read by one set of patterns.
_DIGITS = {
    **{0x0660 + i: ord("0") + i for i in range(10)},
    **{0x06F0 + i: ord("0") + i for i in range(10)},
    **{0xFF10 + i: ord("0") + i for i in range(10)},
}


_OTHER_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]")


def fold_digits(text: str) -> str:
    """Arabic-Indic and full-width digits as ASCII digits."""
    return text.translate(_DIGITS) if _OTHER_DIGIT.search(text) else text


def has_other_digits(text: str) -> bool:
    return bool(_OTHER_DIGIT.search(text))


def printed_digits(text: str, source: str, start: int = 0) -> tuple[str, int]:
    """(`text` with each digit as `source` prints it, where its last digit stands in `source`): `text` was
    read with its digits folded from `source[start:]`, and each of its digits is the next digit of `source`
    of the same value (digits the parser took away on the way are passed over). One character for one."""
    out = list(text)
    pos = start
    for i, char in enumerate(out):
        if "0" <= char <= "9" and (match := _DIGIT_OF[char].search(source, pos)):
            out[i], pos = match.group(), match.end()
    return "".join(out), pos


# Each ASCII digit and the digits other scripts print for it.
_DIGIT_OF = {
    str(value): re.compile(f"[{value}{chr(0x0660 + value)}{chr(0x06F0 + value)}{chr(0xFF10 + value)}]")
    for value in range(10)
}


def plain_forms(lines: list[Line], mark_forms: re.Pattern | None) -> tuple[list[Line], list[tuple[int, str]]]:
    """(the lines with ASCII digits and footnote marks as bare numbers, the characters taken away as
    (line number, text)). Marks printed in a language's own form ("(1)" after a word in Arabic) become
    the bare numbers the footnote steps read, for the numbers a footnote line "(1) text" exists for:
    glued to the word before, alone on a line, or opening the footnote line ("(1) text" -> "1 text").
    A bracketed number after a space inside a line ("article 2 (1)") is left as it is, and so is one
    opening a line after a line ending with a number ("article 2" / "(1) and"). So do the marks
    of documents of the 1990s, in every language: "the Platform for Action, 2/" -> "Action,2", the
    footnote line "2/ Report of …" -> "2 Report of …"."""
    texts = [fold_digits(line.text) for line in lines]
    may_open = _may_open_footnotes(lines, texts)
    opens, notes = _footnote_lines(texts, may_open, mark_forms)
    slash_notes = _footnote_lines(texts, may_open, _SLASH_NOTE)[1]
    out, removed = [], []
    for line, text, opening in zip(lines, texts, opens, strict=True):
        taken = ""
        if notes and "(" in text:
            text, taken = _plain_marks(text, mark_forms, notes, opening=opening)
        if slash_notes and "/" in text:
            text, slashes = _plain_slash_marks(text, slash_notes)
            taken += slashes
        if taken:
            removed.append((line.no, taken))
        out.append(line if text == line.text else replace(line, text=text))
    return out, removed


# A footnote line of the 1990s ("2/ Report of …"), and a mark: after a word, a space or punctuation and
# before a space, punctuation or the line's end ("Action, 2/", "Declaration 2/ and").
_SLASH_NOTE = re.compile(r"(?P<mark>\d{1,3})/")
_SLASH_MARK = re.compile(r"(?P<space> ?)(?P<mark>\d{1,3})/(?=[^\w/]|$)")


def _plain_slash_marks(text: str, notes: frozenset[str]) -> tuple[str, str]:
    """`text` with its marks "N/" (of `notes`) as bare numbers glued to what stands before them; a
    number after a digit or a slash is part of a symbol ("A/52/" at a line's end)."""
    taken = []

    def plain(m: re.Match) -> str:
        before = text[m.start() - 1] if m.start() else ""
        if m.group("mark") not in notes or before.isdigit() or before == "/":
            return m.group(0)
        taken.append(m.group("space") + "/")
        return m.group("mark")

    return _SLASH_MARK.sub(plain, text), "".join(taken)


def _may_open_footnotes(lines: list[Line], texts: list[str]) -> list[bool]:
    """For each line, whether a mark opening it may open a footnote's line: not after a line ending with a
    number of one to three digits ("article 2" / "(1) and": a reference wrapped before its bracketed
    number; a footnote's text may end with a year or a symbol, "1994", "A/79/103"), unless a footnote rule
    of spaces stands between (the page's last line "article 2", then its footnotes)."""
    out, after_number = [], False
    for line, text in zip(lines, texts, strict=True):
        out.append(not after_number)
        if text.strip() or line.rule:
            after_number = text.rstrip()[-1:].isdigit() and _SHORT_NUMBER_END.search(text) is not None
    return out


_SHORT_NUMBER_END = re.compile(r"(?:^|\s)\d{1,3}\s*$")


def _footnote_lines(
    texts: list[str], opens: list[bool], mark_forms: re.Pattern | None
) -> tuple[list[bool], frozenset[str]]:
    """(for each line, whether a mark opening it may open a footnote's line; the numbers of the footnote
    lines printed in the mark form, "(1) text" or the mark alone). Footnotes are numbered through a text:
    a line "(N) text" whose N does not follow the last such line's is no footnote's ("(4) Report …", then
    the next page's first line "(1) وفي", a reference wrapped: "المادة 2" / "(1) وفي"). A mark alone may
    be a mark in the body as well as a footnote's, before or after others."""
    if mark_forms is None:
        return opens, frozenset()
    out, numbers, last = [], set(), 0
    for text, opening in zip(texts, opens, strict=True):
        m = mark_forms.match(text) if opening else None
        if m and m.end() < len(text) and text[m.end()].isspace():
            opening = int(m.group("mark")) > last
            last = int(m.group("mark")) if opening else last
        if m and opening and (m.end() == len(text) or text[m.end()].isspace()):
            numbers.add(m.group("mark"))
        out.append(opening)
    return out, frozenset(numbers)


def _plain_marks(
    text: str, mark_forms: re.Pattern, notes: frozenset[str], *, opening: bool
) -> tuple[str, str]:
    """`text` with its marks of `notes` as bare numbers: those glued to what stands before them, and one
    opening the line where `opening`."""
    taken = []

    def plain(m: re.Match) -> str:
        glued = m.start() > 0 and not text[m.start() - 1].isspace()
        if m.group("mark") in notes and (glued or (m.start() == 0 and opening)):
            mark = m.group("mark")
            taken.append(m.group(0).replace(mark, "", 1))
            return mark
        return m.group(0)

    return mark_forms.sub(plain, text), "".join(taken)
