"""General Assembly resolution symbols and other UN document symbols: parsing and canonical spelling.

Eras of GA resolution symbols:

* old era (sessions I-XXX, 1946-1975): numbered serially, session in Roman numerals in brackets,
  optional part letters: "217 A (III)" -> A/RES/217(III). Old special and emergency special sessions
  print "(S-1)", "(S-2)" for the first two special sessions, then "(S-III)" ... "(S-VII)", and
  "(ES-I)" ... "(ES-V)" for emergency special sessions;
* modern era (from the thirty-first session, 1976): "session/number": 59/190 -> A/RES/59/190,
  special sessions "S-27/2" -> A/RES/S-27/2, emergency special sessions "ES-10/19" -> A/RES/ES-10/19.

Part letters ("A", "C", "A-B") are kept in `Symbol.parts` but are not part of the canonical symbol.
"""

from __future__ import annotations

import re

from archive.messages import MessageError, gettext_noop

from .document import SessionRef, Symbol
from .languages import CYRILLIC_LOOKALIKES, PART_CONNECTORS, PART_LETTERS

_ROMAN_VALUES = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
_ROMAN_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")

# Highest session numbered in the old (serial) era, per session kind.
OLD_ERA_LAST = {"regular": 30, "special": 7, "emergency": 5}
# Old special sessions printed with Arabic digits: "(S-1)", "(S-2)".
_OLD_SPECIAL_ARABIC = {1, 2}
# The modern "session/number" form starts with the thirty-first regular session.
FIRST_MODERN_REGULAR = 31

# Why a symbol or a session cannot be read.
NOT_A_SYMBOL = gettext_noop("%(symbol)r is not a General Assembly resolution symbol")
NOT_A_SYMBOL_BECAUSE = gettext_noop("%(symbol)r is not a General Assembly resolution symbol: %(reason)s")
BEFORE_MODERN = gettext_noop(
    "%(symbol)r is not a General Assembly resolution symbol (symbols of the form session/number start "
    "with session %(first)s)"
)
NOT_A_SESSION = gettext_noop("%(session)r is not a session: write 59, S-27 or ES-10")
ROMAN_SESSION = gettext_noop("old-era regular sessions are written in Roman numerals, not %(numeral)r")
NO_OLD_SESSION = {
    "regular": gettext_noop("there was no regular session %(numeral)r in the old era"),
    "special": gettext_noop("there was no special session %(numeral)r in the old era"),
    "emergency": gettext_noop("there was no emergency special session %(numeral)r in the old era"),
}

_PREFIX_KIND = {"": "regular", "S": "special", "ES": "emergency"}
_KIND_PREFIX = {"regular": "", "special": "S-", "emergency": "ES-"}
# The session part of a modern symbol, as URLs and query parameters write it: "59", "S-27", "ES-10".
SESSION_PREFIX = r"(?:S-|ES-)?[1-9][0-9]{0,2}"
_SESSION_PREFIX = re.compile(SESSION_PREFIX)

# Characters folded one-to-one before matching: full-width ASCII forms, Arabic-Indic digits,
# non-breaking and typographic hyphens, non-breaking spaces.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x0660 + i: ord("0") + i for i in range(10)})
_FOLD.update({0x06F0 + i: ord("0") + i for i in range(10)})
_FOLD.update({0x2010: ord("-"), 0x2011: ord("-"), 0x00A0: ord(" "), 0x202F: ord(" "), 0x3000: ord(" ")})


# A part letter printed otherwise than as a Latin capital (Arabic "باء", Cyrillic "В"), a word of its
# own, maybe after a connector ("وباء", "إلى جيم"); read as Latin inside a symbol only (not in running text,
# where they are words).
_PRINTED_PART = re.compile(
    r"(?<![^\W\d_])(?:(?P<connector>{})\s*)?(?P<letter>{})(?![^\W\d_])".format(
        "|".join(sorted(PART_CONNECTORS, key=len, reverse=True)),
        "|".join(sorted(PART_LETTERS, key=len, reverse=True)),
    )
)


def latin_parts(text: str) -> str:
    """Part letters in Latin capitals: "ألف وباء" -> "A and B", Cyrillic "А" -> "A"."""

    def latin(match: re.Match) -> str:
        connector = match["connector"]
        joined = f" {PART_CONNECTORS[connector]} " if connector else ""
        return joined + PART_LETTERS[match["letter"]]

    return _PRINTED_PART.sub(latin, text)


_FOLDED = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FOLD)) + "]")


def fold(text: str) -> str:
    """Fold full-width forms, Arabic-Indic digits and odd hyphens/spaces to ASCII, one char for one."""
    return text.translate(_FOLD) if _FOLDED.search(text) else text  # the search is the cheaper scan


# A document symbol typed with Cyrillic capitals that look like Latin ones ("А/79/100", "Е/CN.6/2024/3"):
# a run of capitals before a slash and what follows it, with a digit somewhere.
_LOOKALIKES = "".join(CYRILLIC_LOOKALIKES)
_LOOKALIKE_SYMBOL = re.compile(
    rf"(?<![^\W\d_])[A-Z{_LOOKALIKES}]{{1,10}}/[A-Z{_LOOKALIKES}0-9][A-Za-z{_LOOKALIKES}0-9./-]*"
)
_LATIN = str.maketrans(CYRILLIC_LOOKALIKES)


def latin_symbols(text: str) -> str:
    """Cyrillic look-alike capitals inside document symbols as Latin ones, one char for one (Russian)."""

    def latin(match: re.Match) -> str:
        symbol = match.group()
        return symbol.translate(_LATIN) if any(c.isdigit() for c in symbol) else symbol

    return _LOOKALIKE_SYMBOL.sub(latin, text)


def roman_to_int(numeral: str) -> int:
    """Value of a Roman numeral ("XXI" -> 21); ValueError if it is not a well-formed numeral."""
    numeral = numeral.strip().upper()
    if not numeral or not _ROMAN_RE.fullmatch(numeral):
        raise MessageError(gettext_noop("%(numeral)r is not a Roman numeral"), numeral=numeral)
    total, i = 0, 0
    for value, letters in _ROMAN_VALUES:
        while numeral.startswith(letters, i):
            total += value
            i += len(letters)
    return total


def int_to_roman(number: int) -> str:
    """Roman numeral of 1..3999 (21 -> "XXI")."""
    if not 0 < number < 4000:
        raise ValueError(f"{number} cannot be written in Roman numerals")
    out = []
    for value, letters in _ROMAN_VALUES:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def _old_session_label(session: SessionRef) -> str:
    if session.kind == "regular":
        return int_to_roman(session.number)
    if session.kind == "special" and session.number in _OLD_SPECIAL_ARABIC:
        return f"S-{session.number}"
    return _KIND_PREFIX[session.kind] + int_to_roman(session.number)


def parse_session(prefix: str) -> SessionRef:
    """The session of a symbol's session part, in any case: "59" -> regular 59, "S-27" -> special 27,
    "ES-10" -> emergency 10. ValueError for anything else (" 59", "059", "A/59")."""
    upper = prefix.upper()
    if not _SESSION_PREFIX.fullmatch(upper):
        raise MessageError(NOT_A_SESSION, session=prefix)
    kind, _, number = upper.rpartition("-")
    return SessionRef(_PREFIX_KIND[kind], int(number))


def session_prefix(session: SessionRef) -> str:
    """The session part of a modern symbol: "59", "S-27", "ES-10"."""
    return f"{_KIND_PREFIX[session.kind]}{session.number}"


def format_symbol(symbol: Symbol) -> str:
    """The archive's canonical spelling: A/RES/59/190, A/RES/217(III), A/RES/S-27/2, A/RES/ES-10/19."""
    session = symbol.session
    if session.kind not in _KIND_PREFIX:
        raise ValueError(f"unknown session kind {session.kind!r}")
    if symbol.old_era:
        return f"A/RES/{symbol.number}({_old_session_label(session)})"
    return f"A/RES/{session_prefix(session)}/{symbol.number}"


_PARTS = r"[A-Z]{1,2}(?:\s*(?:-|–|,|AND|ET|Y|И|TO)\s*[A-Z]{1,2})*"
_MODERN_RE = re.compile(
    rf"(?:A/RES/)?(?:(?P<prefix>E?S)-)?(?P<session>\d{{1,3}})/(?P<number>\d{{1,4}})"
    rf"(?:\s*(?P<parts>{_PARTS}))?"
)
_OLD_RE = re.compile(
    rf"(?:A/RES/)?(?P<number>\d{{1,4}})(?:\s*(?P<parts>{_PARTS}))?"
    rf"\s*\(\s*(?:(?P<prefix>E?S)\s*-\s*)?(?P<session>[IVXLC]+|\d{{1,2}})\s*\)"
    rf"(?:\s*(?P<parts_after>{_PARTS}))?"
)


_PART_CONNECTORS = {"and", "et", "y", "и", "to", "à"}


def normalise_parts(parts: str | None) -> str:
    """Part letters as printed, tidied: "a and b" -> "A and B", "A - B" -> "A-B", "A–C" -> "A-C"."""
    if not parts:
        return ""
    parts = re.sub(r"\s*[-–]\s*", "-", " ".join(parts.split()))
    parts = re.sub(r"\s*,\s*", ", ", parts)
    runs = list(re.finditer(r"[^\W\d_]+", parts))

    def case(match: re.Match) -> str:
        word = match.group(0)
        inner = runs[0].start() < match.start() and match.end() < runs[-1].end()
        return word.lower() if inner and word.lower() in _PART_CONNECTORS else word.upper()

    return re.sub(r"[^\W\d_]+", case, parts)


def old_era_session(prefix: str | None, numeral: str) -> SessionRef:
    """The session of an old-era bracket: ("", "III") -> regular 3, ("S", "2") -> special 2."""
    kind = _PREFIX_KIND[(prefix or "").upper()]
    if numeral.isdigit():
        number = int(numeral)
        if kind == "regular":
            raise MessageError(ROMAN_SESSION, numeral=numeral)
    else:
        number = roman_to_int(numeral)
    if not 1 <= number <= OLD_ERA_LAST[kind]:
        raise MessageError(NO_OLD_SESSION[kind], numeral=numeral)
    return SessionRef(kind, number)


def parse_symbol(text: str) -> Symbol:
    """Read one GA resolution symbol in any era's spelling ("A/RES/59/190", "217 A (III)", "ES-10/19")."""
    original = text
    cleaned = latin_parts(fold(str(text)).strip().rstrip("。.,;/ ").strip()).upper()
    cleaned = re.sub(r"\s+", " ", cleaned)
    error = MessageError(NOT_A_SYMBOL, symbol=original)
    if len(cleaned) > 80:
        raise error
    match = _MODERN_RE.fullmatch(cleaned)
    if match:
        kind = _PREFIX_KIND[match["prefix"] or ""]
        session, number = int(match["session"]), int(match["number"])
        if session < 1 or number < 1:
            raise error
        if kind == "regular" and session < FIRST_MODERN_REGULAR:
            raise MessageError(BEFORE_MODERN, symbol=original, first=FIRST_MODERN_REGULAR)
        return Symbol(SessionRef(kind, session), number, normalise_parts(match["parts"]))
    match = _OLD_RE.fullmatch(cleaned)
    if match:
        if match["parts"] and match["parts_after"]:
            raise error
        try:
            session = old_era_session(match["prefix"], match["session"])
        except MessageError as exc:
            raise MessageError(NOT_A_SYMBOL_BECAUSE, symbol=original, reason=exc) from None
        number = int(match["number"])
        if number < 1:
            raise error
        parts = normalise_parts(match["parts"] or match["parts_after"])
        return Symbol(session, number, parts, old_era=True)
    raise error


# Tokens that UN symbols spell in mixed case; every other letter run is upper-cased.
_MIXED_CASE = {
    w.upper(): w for w in ("Corr", "Add", "Rev", "Amend", "Sub", "Part", "Parts", "Vol", "Vols", "Agenda")
}
_TRAILING = "。.,;，；、 "


def normalise_document_symbol(text: str) -> str:
    """A UN document symbol tidied: "a/conf.157/24（part i）" -> "A/CONF.157/24 (Part I)".

    Upper-cases the series letters but keeps the conventional "Corr.", "Add.", "Rev.", "Part" ...;
    full-width brackets become ASCII, one space before a bracket that follows a number, whitespace
    trimmed, trailing punctuation removed. Joint symbols ("A/67/828-S/2013/210") are kept as printed.
    """
    symbol = re.sub(r"\s+", " ", fold(text)).strip().rstrip(_TRAILING)

    def case(match: re.Match) -> str:
        word = match.group(0)
        upper = word.upper()
        nxt = symbol[match.end() : match.end() + 1]
        if upper == "AND":
            return "and"
        if upper == "RES" and nxt == "." and word != upper:
            return "Res"
        return _MIXED_CASE.get(upper, upper)

    symbol = re.sub(r"[A-Za-z]+", case, symbol)
    symbol = re.sub(r"(?<=\d)\s*\(\s*", " (", symbol)
    symbol = re.sub(r"\(\s+", "(", symbol)
    symbol = re.sub(r"\s+\)", ")", symbol)
    symbol = re.sub(r"\s*/\s*", "/", symbol)
    return symbol
