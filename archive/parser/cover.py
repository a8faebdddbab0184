"""Step 3: metadata. The cover block (symbol, agenda items, basis), the title line, the formula and the
adoption line ("3rd plenary meeting" + date)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from archive.messages import gettext_noop

from .artefacts import furniture_reason
from .citation_words import ARABIC_SESSION_PREFIX
from .document import ParseError
from .footnotes import OWN_LINE_MARK
from .languages import Compiled, table
from .normalise import Line, fold_digits, join_text
from .ordinals import ordinal_number

# parts: "A-B"; a reissued document's symbol carries a star: "A/RES/79/238 A-B*"
_COVER_SYMBOL = re.compile(r"^(A/RES/[^\s*]+(?:\s?\([IVXLC]+\))?(?:\s[A-Z](?:-[A-Z])?)?)\s?\*?$")
_BASIS = re.compile(r"\[([^\[\]]+)\]")
_DRAFT = re.compile(r"\b[A-Z]+(?:/[A-Z0-9.\-]+)*/L\.\d+(?:/(?:Rev|Add|Corr)\.\d+)*")


@dataclass
class Cover:
    """What the lines before the body say."""

    title_line: int  # index into the line list
    title_end: int  # index of the last title line
    title: str
    title_number: str
    title_mark: str | None = None  # the title's footnote mark, alone on the line after it
    symbol_text: str | None = None
    agenda_items: list[str] = field(default_factory=list)
    basis: str | None = None
    draft_symbols: list[str] = field(default_factory=list)
    cover_date: datetime.date | None = None
    session_number: int | None = None


def parse_date(text: str, tab: Compiled) -> datetime.date | None:
    """The first date in `text` written in the table's format, or None."""
    if not tab.date:
        return None
    for m in tab.date.finditer(text):
        month_text = m.group("month")
        month = int(month_text) if month_text.isdigit() else _month(month_text, tab)
        if not month:
            continue
        try:
            return datetime.date(int(m.group("year")), month, int(m.group("day")))
        except ValueError:
            continue
    return None


def _month(text: str, tab: Compiled) -> int | None:
    """A month name, or either half of a double name ('كانون الأول/ديسمبر')."""
    months = tab.table.months
    for name in (text, *text.split("/")):
        if name.strip().lower() in months:
            return months[name.strip().lower()]
    return None


def find_title(lines: list[Line], tab: Compiled) -> tuple[int, int, str, str]:
    """(first index, last index, title, number) of the '59/190. Title' line and its continuation."""
    for i, line in enumerate(lines):
        m = tab.title_line.match(line.text)
        j = i + 1
        if not m:
            m, j = _number_alone(lines, i, tab)
            if not m:
                continue
        title, end = m.group("title"), j - 1
        while j < len(lines) and not lines[j].blank and not tab.formula.match(lines[j].text):
            if tab.title_line.match(lines[j].text) or tab.part_letter(lines[j].text):
                break  # another title, or the letter that opens part A of a multi-part resolution
            if OWN_LINE_MARK.match(lines[j].text):
                break  # the title's footnote mark, on its own line
            title, end = join_text(title, lines[j].text), j
            j += 1
        for k in _title_ends_before_formula(lines, j, tab):
            title, end = join_text(title, lines[k].text), k
        end = _with_title_mark(lines, end, tab)
        number = m.group("num")
        if prefix := m.groupdict().get("arabic_prefix"):
            number = f"{ARABIC_SESSION_PREFIX[prefix]}-{number}"
        return i, end, title.strip(), number
    first = next((line.no for line in lines if not line.blank), None)
    raise ParseError(gettext_noop("no title line of the form '59/190. Title' found"), line=first)


# The most lines a title is printed on: the longest titles (over 200 characters in Spanish or Russian, the
# longer languages) take seven in the title's narrow column, about half as wide as the text's.
TITLE_LINES = 8


def _title_ends_before_formula(lines: list[Line], j: int, tab: Compiled) -> list[int]:
    """The title's last lines when a blank line parts them from its first ones (an extractor writing a
    blank line after every line, as the Chinese seed's: "…提出的请", "", "求", "", "大会，"): the text lines
    between the blank and the formula (at most TITLE_LINES - 1), nothing else standing between a title and
    its formula, or between a title and the letter A that opens its first part ("Questions relating to",
    "", "information", "", "A"). None when neither follows them, or when one is a title, another part's
    letter, a mark or page furniture."""
    found: list[int] = []
    for k in range(j, len(lines)):
        text = lines[k].text
        if lines[k].blank:
            continue
        if tab.formula.match(text) or tab.part_letter(text) == "A":
            return found
        if OWN_LINE_MARK.match(text):
            continue  # the title's footnote mark, on its own line
        if (
            len(found) == TITLE_LINES - 1
            or tab.title_line.match(text)
            or tab.part_letter(text)
            or furniture_reason(lines[k])
        ):
            return []
        found.append(k)
    return []


def _with_title_mark(lines: list[Line], end: int, tab: Compiled) -> int:
    """`end`, or the index of the title's footnote mark when it stands alone on the line after the title's
    last, before the formula (an extractor writing superscripts on lines of their own)."""
    following = [k for k in range(end + 1, len(lines)) if not lines[k].blank][:2]
    if (
        len(following) == 2
        and OWN_LINE_MARK.match(lines[following[0]].text)
        and tab.formula.match(lines[following[1]].text)
    ):
        return following[0]
    return end


def _number_alone(lines: list[Line], i: int, tab: Compiled) -> tuple[re.Match | None, int]:
    """A title whose number stands alone on its line ('73/8.') with the title on the next text line:
    (the match of both read as one line, the index after the title's first line)."""
    text = lines[i].text
    if not text or text[-1] not in ".．" or " " in text:
        return None, i + 1
    j = i + 1
    while j < len(lines) and lines[j].blank:
        j += 1
    if j == len(lines) or tab.formula.match(lines[j].text):
        return None, i + 1
    m = tab.title_line.match(f"{text} {lines[j].text}")
    if not m or m.start("title") <= len(text):
        return None, i + 1
    return m, j + 1


# An agenda item in any of its printed forms: "105", "105 (b)", "105 b)", "105 b", "105(b)", "105 (ب)".
AGENDA_ITEM = re.compile(r"(?P<num>\d{1,3})\s*[(（]?(?P<sub>[^\W\d_]{1,3})?[)）]?")


def agenda_items(text: str, tab: Compiled) -> list[str]:
    """The agenda items after 'Agenda item(s)' as printed, spaces collapsed: '25', '25 (b)', French
    '25 b)', Russian '25 b', Arabic '25 (ب)'; several give a list."""
    if not tab.agenda:
        return []
    m = tab.agenda.search(text)
    if not m:
        return []
    parts = (" ".join(part.split()) for part in tab.item_separators.split(m.group("items")))
    return [part for part in parts if AGENDA_ITEM.fullmatch(part)]


def agenda_item(printed: str, language: str) -> str:
    """An agenda item in one form for every language, what a resolution's series and the catalogue match
    on: '25', '25 (b)' (from '25 b)', '25 b', '25(b)', Arabic '25 (ب)', digits of any script); an item
    written otherwise (by hand) is kept as written."""
    item = AGENDA_ITEM.fullmatch(fold_digits(printed.strip()))
    if not item:
        return printed.strip()
    sub = item.group("sub")
    letters = table(language).table.label_letters
    return f"{item.group('num')} ({letters.get(sub, sub)})" if sub else item.group("num")


def session_number(text: str, tab: Compiled) -> int | None:
    """The session an ordinal names on the cover ("Fifty-ninth session", "الدورة التاسعة والخمسون"):
    the pattern's "ordinal" group may hold a word or two too many on either side (the line before, the
    title after); the longest run of its words that is an ordinal counts."""
    if not tab.session:
        return None
    for m in tab.session.finditer(text):
        words = m.group("ordinal").split()
        runs = sorted(
            ((i, j) for i in range(len(words)) for j in range(i + 1, len(words) + 1)),
            key=lambda run: run[0] - run[1],
        )
        for i, j in runs:
            n = ordinal_number(" ".join(words[i:j]), tab.table.code)
            if n:
                return n
    return None


def read_cover(lines: list[Line], tab: Compiled) -> Cover:
    """Title and the cover block above it."""
    start, end, title, number = find_title(lines, tab)
    cover = Cover(title_line=start, title_end=end, title=title, title_number=number)
    if end > start and OWN_LINE_MARK.match(lines[end].text):
        cover.title_mark = lines[end].text
    cover_lines = [line.text for line in lines[:start] if not line.blank]
    joined = " ".join(cover_lines)
    for text in cover_lines:
        m = _COVER_SYMBOL.match(text)
        if m and cover.symbol_text is None:
            cover.symbol_text = m.group(1)
    cover.agenda_items = agenda_items(joined, tab)
    basis = _basis(joined, tab)
    if basis:
        cover.basis = basis
        cover.draft_symbols = _DRAFT.findall(cover.basis)
    if tab.adopted_cover:
        m = tab.adopted_cover.search(joined)
        if m:
            cover.cover_date = parse_date(m.group("date"), tab)
    cover.session_number = session_number(joined, tab)
    return cover


def _basis(joined: str, tab: Compiled) -> str | None:
    """The bracketed basis of the cover: the bracket opening with one of the language's basis wordings
    ("on the report of the", "without reference to a Main Committee"), else the first bracket."""
    brackets = [re.sub(r"\s+", " ", m.group(1)).strip() for m in _BASIS.finditer(joined)]
    openings = tuple(w.lower() for w in tab.table.basis)
    worded = [b for b in brackets if b.lower().startswith(openings)]
    return (worded or brackets or [None])[0]


def find_formula(lines: list[Line], start: int, tab: Compiled) -> tuple[int | None, bool]:
    """(index of the formula line at or after `start`, whether it ends with a comma)."""
    for i in range(start, len(lines)):
        m = tab.formula.match(lines[i].text)
        if m:
            return i, bool(m.group("comma"))
    return None, True


@dataclass
class Adoption:
    indices: list[int]  # the meeting line and the date line
    meeting: int | None
    date: datetime.date | None


def find_adoption(lines: list[Line], start: int, tab: Compiled) -> Adoption | None:
    """The first '28th plenary meeting' line after `start`, with the date on it or on a neighbour line."""
    if not tab.meeting:
        return None
    for i in range(start, len(lines)):
        m = tab.meeting.match(lines[i].text)
        if not m:
            continue
        meeting = int(m.group("num"))
        date = parse_date(m.group("date") or m.groupdict().get("date_first") or "", tab)
        if date:
            return Adoption([i], meeting, date)
        for j in _neighbours(lines, i):
            date = parse_date(lines[j].text, tab)
            if date and _only_date(lines[j].text, tab):
                return Adoption(sorted([i, j]), meeting, date)
        return Adoption([i], meeting, None)
    return None


def _neighbours(lines: list[Line], i: int) -> list[int]:
    """The nearest non-blank line after, then before, line i."""
    out = []
    for step in (1, -1):
        j = i + step
        while 0 <= j < len(lines) and lines[j].blank:
            j += step
        if 0 <= j < len(lines):
            out.append(j)
    return out


def _only_date(text: str, tab: Compiled) -> bool:
    return bool(tab.date and tab.date.fullmatch(text.strip()))
