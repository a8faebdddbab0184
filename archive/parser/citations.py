"""Find citations in a paragraph's or footnote's text: GA resolutions, other UN documents, sessions.

`find_citations(text, language)` returns `Citation`s in order of position. Spans (`start`, `end`)
cover the cited symbol as printed ("59/190", "217 A (III)", "1645 (2005)", "A/CONF.157/24 (Part I)"),
or the session phrase ("eightieth session", "第六十届会议"); `text[start:end] == citation.text`.

Rules (UN citation conventions, vocabulary in `citation_words`):

* a bare "59/190" is a GA resolution only in a list introduced by the word for resolution(s)
  ("resolutions 60/180, 65/7 and 70/262", "第 76/1 和 77/2 号决议"); "A/RES/..." is always one;
* "1645 (2005)" (number with a year in brackets) is a Security Council resolution, cited as the
  organ resolution S/RES/1645 (2005); resolutions of the Human Rights Council, the Economic and Social
  Council and the Commission on Human Rights named as such are organ resolutions too (A/HRC/RES/45/1,
  E/RES/2023/5, E/CN.4/RES/2005/69), as are those symbols printed in full (`issuing_bodies`); other
  bodies' resolutions and all decisions are not cited;
* symbols of other organisations (IAEA "GC(69)/RES/7", OAU "CM/Res.1153 (XLVIII)", "ICC-ASP/20/Res.5")
  are citations of kind "other", their target the symbol as printed: never read as UN symbols;
* document symbols are series letters followed by "/" segments and at least one digit; a following
  "(Part I)" or "(Vol. II)" belongs to the symbol; "and Corr.1" after a symbol cites base + "/Corr.1";
* sessions are ordinal session mentions ("eightieth session", "第六十届特别会议"), not those of
  other bodies ("session of the Conference of the Parties", "the Committee ... on its eighty-fifth
  session", "the twentieth session of the Assembly of States Parties") nor the numbered special
  sessions devoted to disarmament.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from . import citation_words as words
from .document import Citation, Symbol
from .issuing_bodies import NON_UN_SYMBOL_RE
from .languages import PART_CONNECTORS, PART_LETTERS
from .ordinals import chinese_number, ordinal_key
from .symbols import fold, int_to_roman, latin_parts, latin_symbols, normalise_document_symbol, parse_symbol

# --- Symbol shapes (matched on folded text, case-sensitive) -----------------------------------------

_PRINTED_LETTER = "|".join(sorted(PART_LETTERS, key=len, reverse=True))  # Arabic ألف, Cyrillic А
_LETTER = rf"(?:[A-Z]{{1,2}}(?![A-Za-z0-9/])|(?:{_PRINTED_LETTER})(?![\w/]))"
_CONNECTOR = "|".join(
    ["-", "–", "and", "et", "y", "и", "to", "à", *sorted(PART_CONNECTORS, key=len, reverse=True)]
)
_PARTS = rf"(?P<parts>{_LETTER}(?:\s*(?:{_CONNECTOR})\s*{_LETTER}|,\s*{_LETTER})*)"
_AR_PREFIX = "(?:" + "|".join(sorted(words.ARABIC_SESSION_PREFIX, key=len, reverse=True)) + ")"
_ITEM_RE = re.compile(
    r"(?<![A-Za-z0-9/.\-])(?:"
    r"(?P<sc>\d{1,4}\s*\(\s*(?:19|20)\d\d\s*\))"
    rf"|(?P<old>\d{{1,4}}(?:\s*{_PARTS})?\s*\(\s*(?:(?P<oldpre>E?S|{_AR_PREFIX})\s*-\s*"
    r"(?P<oldnum>[IVXL]+|\d{1,2})|(?P<oldroman>[IVXL]+))\s*\))"
    r"|(?P<yearly>(?:19|20)\d\d/\d{1,3})(?![\d/])"
    rf"|(?P<modern>(?:(?P<pre>E?S|{_AR_PREFIX})\s*-\s*)?\d{{1,3}}/\d{{1,4}}(?![\d/])"
    rf"(?:\s*{_PARTS.replace('parts', 'mparts')})?)"
    r")"
)
_EXPLICIT_RE = re.compile(
    r"(?<![A-Za-z0-9/.\-])A/RES/(?:(?:E?S-)?\d{1,3}/\d{1,4}(?![\d/])"
    r"(?:\s*[A-Z]{1,2}(?:-[A-Z]{1,2})?(?![\w/]))?"
    r"|\d{1,4}(?:\s*[A-Z]{1,2})?\s*\(\s*(?:E?S-)?(?:[IVXL]+|\d{1,2})\s*\)(?:\s*[A-Z]{1,2}(?![\w/]))?)"
)
_SEG = r"[A-Za-z0-9]+(?:[.\-][A-Za-z0-9]+)*"
_DOC_RE = re.compile(rf"(?<![A-Za-z0-9/.\-)])[A-Z]{{1,10}}(?:/{_SEG})+")
_DOC_MORE_RE = re.compile(rf"(?:/{_SEG})+")
_DOC_PART_RE = re.compile(
    r"\s*\((?:[Pp]arts?|PARTS?|[Vv]ols?\.?|VOLS?\.?)\s*[IVXLC\d]+(?:\s*(?:and|et|y|и|-|–|,)\s*[IVXLC\d]+)*\)"
)
_DOC_RES_SUFFIX_RE = re.compile(r"\s*\((?:(?:19|20)\d\d|[IVXLC]{1,8})\)")
_DOC_CONT_RE = re.compile(
    r"\s*(?:,\s*)?(?:and|et|y|и|و|和|及)\s*(?P<tok>(?P<kind>Corr|Add|Rev|Amend)\.\d+)(?![\w/])"
)
_WORD_TOKEN = re.compile(r"[^\W\d_]+")


def _compile(pattern: str, flags: int = 0) -> re.Pattern:
    """Patterns are written with ^ for readability; they are applied with .match(text, pos)."""
    return re.compile(pattern[1:] if pattern.startswith("^") else pattern, flags)


@cache
def _vocabulary(language: str) -> dict | None:
    table = words.LANGUAGES.get(language)
    if table is None:
        return None
    vocab = dict(table)
    for key in ("conj", "date", "qualifier", "para_after", "para_before", "session_series_after"):
        if key in table:
            vocab[key] = _compile(table[key], re.IGNORECASE)
    ordinal_keys = list(table.get("ordinals", {}))
    vocab["ordinal_first_words"] = {key.split(" ")[0] for key in ordinal_keys}
    vocab["ordinal_last_words"] = {key.split(" ")[-1] for key in ordinal_keys}
    vocab["digit_ordinal"] = re.compile(table["digit_ordinal"]) if table.get("digit_ordinal") else None
    for key in ("resolution", "session", "session_numbered", "group_open", "group_close"):
        if key in table:
            vocab[key] = re.compile(table[key], re.IGNORECASE)
    if "resolution_after" in table:
        vocab["resolution_after"] = re.compile(rf"\s*(?:{table['resolution_after']})")
    organs = words.ORGAN_NAMES.get(language, {})
    for key in ("body_before", "body_inner", "body_after"):
        vocab[key] = _compile_bodies(organs.get(key, []) + table.get(key, []))
    other_bodies = words.OTHER_BODY_SESSIONS.get(language, {})
    for key in ("session_skip_after", "session_skip_before"):
        vocab[key] = [_compile(p) for p in table.get(key, []) + other_bodies.get(key, [])]
    return vocab


# --- Helpers ------------------------------------------------------------------------------------------


def _compile_bodies(patterns: list[tuple[str, str]]) -> tuple[re.Pattern, list[str], bool] | None:
    """One alternation of a language's body patterns: at one position the first listed wins; among
    end-anchored patterns the one starting earliest (the longest name) wins."""
    if not patterns:
        return None
    anchored = patterns[0][0].endswith("$")
    alternatives = "|".join(f"(?P<b{i}>{p.removeprefix('^')})" for i, (p, _) in enumerate(patterns))
    return re.compile(alternatives), [body for _, body in patterns], anchored


def _first_body(compiled, haystack: str, pos: int = 0) -> tuple[str, int] | None:
    """(body, end of the name) named at `pos`, or at the end of `haystack` for end-anchored patterns."""
    if compiled is None:
        return None
    pattern, bodies, anchored = compiled
    match = pattern.search(haystack) if anchored else pattern.match(haystack, pos)
    if not match:
        return None
    index = next(i for i in range(len(bodies)) if match.group(f"b{i}") is not None)
    return bodies[index], match.end()


def _ga_symbol_text(item: re.Match) -> str | None:
    """The matched list item rewritten for `parse_symbol` (Latin letters, Roman session numerals)."""
    if item["old"]:
        number = re.match(r"\d+", item["old"]).group(0)
        parts = latin_parts(item["parts"] or "")
        if item["oldroman"]:
            session = item["oldroman"]
        else:
            prefix = words.ARABIC_SESSION_PREFIX.get(item["oldpre"], item["oldpre"])
            numeral = item["oldnum"]
            if item["oldpre"] in words.ARABIC_SESSION_PREFIX and numeral.isdigit() and prefix == "":
                numeral = _roman(int(numeral))
            session = f"{prefix}-{numeral}" if prefix else numeral
        return f"{number} {parts} ({session})" if parts else f"{number} ({session})"
    if item["modern"]:
        core = re.match(rf"(?:(?:E?S|{_AR_PREFIX})\s*-\s*)?\d+/\d+", item["modern"]).group(0)
        if item["pre"]:
            prefix = words.ARABIC_SESSION_PREFIX.get(item["pre"], item["pre"])
            core = prefix + "-" + core.split("-", 1)[1].strip()
        parts = latin_parts(item["mparts"] or "")
        return f"{core} {parts}" if parts else core
    return None


def _roman(number: int) -> str:
    return int_to_roman(number) if 0 < number < 4000 else str(number)


def _item_citation(text: str, item: re.Match, body: str | None, pin: str | None) -> Citation | None:
    start, end = item.span()
    raw = text[start:end]
    if item["sc"]:  # "1325 (2000)" is the Security Council's shape, whoever "Council" is
        if body in words.BODY_SYMBOL:
            return None
        number, year = re.findall(r"\d+", item["sc"])
        return Citation(raw, start, end, f"S/RES/{number} ({year})", "document", pin)
    if body in words.BODY_SYMBOL:
        shape = next((s for s in words.BODY_SYMBOL[body] if item[s]), None)
        if shape is None:
            return None
        if shape == "old":  # "1235 (XLII)", "1235 (د-42)" -> "1235(XLII)", as old GA symbols are written
            number = _ga_symbol_text(item)
        else:
            number = re.match(r"(?:[A-Z]+\s*-\s*)?\d+/\d+", item[shape]).group(0)
        target = words.BODY_SYMBOL[body][shape].format(number=re.sub(r"\s+", "", number))
        return Citation(raw, start, end, target, "document", pin)
    if body not in (None, "ga"):
        return None
    symbol_text = _ga_symbol_text(item)
    if symbol_text is None:
        return None
    try:
        symbol = parse_symbol(symbol_text)
    except ValueError:
        return None
    return Citation(raw, start, end, symbol.canonical, "resolution", pin, _one_part(symbol))


def _one_part(symbol: Symbol) -> str | None:
    """The part a citation names, when it names one ("79/238 B"; not "60/1 A and B")."""
    return symbol.parts if len(symbol.parts) == 1 else None


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _read_list(m: str, pos: int, vocab: dict) -> tuple[list[tuple[re.Match, str | None]], int]:
    """Symbols listed from `pos`: [(item match, pinpoint after it)], and the end of the list."""
    items: list[tuple[re.Match, str | None]] = []
    while True:
        item = _ITEM_RE.match(m, _skip_ws(m, pos))
        if not item:
            break
        pos = item.end()
        pin = None
        para = vocab.get("para_after") and vocab["para_after"].match(m, pos)
        if para:
            pin, pos = para["pin"], para.end()
        for key in ("date", "qualifier"):
            qualifier = vocab.get(key) and vocab[key].match(m, pos)
            if qualifier:
                pos = qualifier.end()
        para = pin is None and vocab.get("para_after") and vocab["para_after"].match(m, pos)
        if para:  # after the date: "resolution 60/251 of 15 March 2006, in particular paragraph 8"
            pin, pos = para["pin"], para.end()
        items.append((item, pin))
        conj = vocab["conj"].match(m, pos)
        if not conj or not _ITEM_RE.match(m, _skip_ws(m, conj.end())):
            break
        pos = conj.end()
    return items, pos


# --- Finders ------------------------------------------------------------------------------------------


def _keyword_citations(text: str, m: str, vocab: dict) -> list[Citation]:
    out: list[Citation] = []
    for keyword in vocab["resolution"].finditer(m):
        pos = keyword.end()
        inner = _first_body(vocab["body_inner"], m, pos)
        items, end = _read_list(m, inner[1] if inner else pos, vocab)
        if not items:
            continue
        before = m[max(0, keyword.start() - 80) : keyword.start()]
        found = inner or _first_body(vocab["body_before"], before)
        body = found[0] if found else None
        after = _first_body(vocab["body_after"], m, end)
        if after and body is None:
            body = after[0]
        pin_before = vocab["para_before"].search(before)
        for index, (item, pin) in enumerate(items):
            if index == 0 and pin is None and pin_before:
                pin = pin_before["pin"]
            citation = _item_citation(text, item, body, pin)
            if citation:
                out.append(citation)
    return out


def _keyword_after_citations(text: str, m: str, vocab: dict) -> list[Citation]:
    """Lists closed by the keyword (Chinese): 第 59/190 号决议, 第 76/1 和 77/2 号决议,
    1998年12月4日第 53/72 号、1999年12月1日第 54/43 号决议."""
    out: list[Citation] = []
    chain: list[tuple[re.Match, str | None]] = []
    chain_start = 0
    pos = 0
    for start in vocab["group_open"].finditer(m):
        if start.start() < pos:
            continue
        items, end = _read_list(m, start.end(), vocab)
        close = vocab["group_close"].match(m, end) if items else None
        if not close:
            continue
        if not chain or not _linked(m, pos, start.start(), vocab):
            chain, chain_start = [], start.start()
        chain.extend(items)
        pos = close.end()
        resolution = vocab["resolution_after"].match(m, pos)
        if not resolution:
            continue
        before = m[max(0, chain_start - 60) : chain_start]
        before = re.sub(vocab["date"].pattern + "$", "", before)
        found = _first_body(vocab["body_before"], before)
        body = found[0] if found else None
        para = vocab["para_after"].match(m, resolution.end())
        for index, (item, pin) in enumerate(chain):
            if para and len(chain) == 1 and index == 0:
                pin = para["pin"]
            citation = _item_citation(text, item, body, pin)
            if citation:
                out.append(citation)
        chain = []
        pos = resolution.end()
    return out


def _linked(m: str, prev_end: int, next_start: int, vocab: dict) -> bool:
    """Whether two 第…号 groups belong to one list (a separator and perhaps a date between)."""
    between = m[prev_end:next_start]
    if len(between) > 40:
        return False
    return bool(re.fullmatch(rf"(?:{vocab['conj'].pattern})(?:{vocab['date'].pattern})?\s*", between))


def _explicit_citations(text: str, m: str) -> list[Citation]:
    out = []
    for match in _EXPLICIT_RE.finditer(m):
        try:
            symbol = parse_symbol(match.group(0))
        except ValueError:
            continue
        span = text[match.start() : match.end()]
        out.append(
            Citation(
                span, match.start(), match.end(), symbol.canonical, "resolution", None, _one_part(symbol)
            )
        )
    return out


def _document_citations(text: str, m: str) -> list[Citation]:
    out = []
    for match in _DOC_RE.finditer(m):
        end = match.end()
        if not any(c.isdigit() for c in match.group(0)):
            continue
        while True:
            part = _DOC_PART_RE.match(m, end)
            if part:
                end = part.end()
                more = _DOC_MORE_RE.match(m, end)
                end = more.end() if more else end
                continue
            break
        if "RES" in match.group(0).upper():
            suffix = _DOC_RES_SUFFIX_RE.match(m, end)
            end = suffix.end() if suffix else end
        target = normalise_document_symbol(m[match.start() : end])
        kind = "document"
        out.append(Citation(text[match.start() : end], match.start(), end, target, kind))
        base = target
        while True:
            cont = _DOC_CONT_RE.match(m, end)
            if not cont:
                break
            token = normalise_document_symbol(cont["tok"])
            base = re.sub(rf"/{cont['kind']}\.\d+$", "", base, flags=re.IGNORECASE)
            out.append(
                Citation(
                    text[cont.start("tok") : cont.end("tok")],
                    cont.start("tok"),
                    cont.end("tok"),
                    f"{base}/{token}",
                    kind,
                )
            )
            end = cont.end()
    return out


def _other_citations(text: str, m: str) -> list[Citation]:
    """Symbols of other organisations, kept as printed (brackets folded, one space for any whitespace)."""
    return [
        Citation(text[s:e], s, e, re.sub(r"\s+", " ", m[s:e]), "other")
        for s, e in (match.span() for match in NON_UN_SYMBOL_RE.finditer(m))
    ]


def _ordinal_backward(m: str, end: int, vocab: dict) -> tuple[int, int] | None:
    """(start, number) of the ordinal phrase ending at `end` (up to 4 words), longest first."""
    last = _WORD_TOKEN.search(m, max(0, end - 30), end)
    while last and last.end() != end:
        last = _WORD_TOKEN.search(m, last.end(), end)
    if not last or ordinal_key(last.group(0)) not in vocab["ordinal_last_words"]:
        return None
    ordinals = vocab["ordinals"]
    tokens = list(_WORD_TOKEN.finditer(m, max(0, end - 80), end))
    tokens = tokens[-4:]
    for first in range(len(tokens)):
        start = tokens[first].start()
        between = [m[a.end() : b.start()] for a, b in zip(tokens[first:], tokens[first + 1 :], strict=False)]
        if any(not re.fullmatch(r"\s*[-‐‑]?\s*", gap) for gap in between):
            continue
        if start > 0 and (m[start - 1].isalnum()):
            continue
        number = ordinals.get(ordinal_key(m[start:end]))
        if number:
            return start, number
    return None


def _ordinal_forward(m: str, start: int, vocab: dict) -> tuple[int, int] | None:
    """(end, number) of the ordinal phrase starting after `start` (up to 4 words), longest first."""
    first = _WORD_TOKEN.search(m, start, min(len(m), start + 30))
    if not first or m[start : first.start()].strip():
        return None
    if ordinal_key(first.group(0)) not in vocab["ordinal_first_words"]:
        return None
    ordinals = vocab["ordinals"]
    tokens = list(_WORD_TOKEN.finditer(m, start, min(len(m), start + 80)))[:4]
    for last in range(len(tokens) - 1, -1, -1):
        between = [
            m[a.end() : b.start()] for a, b in zip(tokens[: last + 1], tokens[1 : last + 1], strict=False)
        ]
        if any(gap.strip() for gap in between):
            continue
        end = tokens[last].end()
        if end < len(m) and m[end].isalnum():
            continue
        number = ordinals.get(ordinal_key(m[tokens[0].start() : end]))
        if number:
            return end, number
    return None


def _session_kind(match: re.Match) -> str:
    if match.group("emergency"):
        return "emergency"
    if match.group("special"):
        return "special"
    return "regular"


def _session_citations(text: str, m: str, vocab: dict) -> list[Citation]:
    out = []
    series: set[str] = set()
    for match in vocab["session"].finditer(m):
        kind = _session_kind(match)
        if vocab["ordinal_after"]:
            found = _ordinal_forward(m, match.end(), vocab)
            if not found:
                continue
            start, (end, number) = match.start("word"), found
            tail = end
        else:
            start, end, tail = None, match.end(), match.end()
            digits = vocab["digit_ordinal"] and vocab["digit_ordinal"].search(
                m, max(0, match.start() - 8), match.start()
            )
            gap = re.search(r"\s{1,20}$", m[max(0, match.start() - 20) : match.start()])
            if not gap:
                continue
            found = _ordinal_backward(m, match.start() - len(gap.group(0)), vocab)
            if found:
                start, number = found
            elif digits:
                start, number = digits.start(), int(digits.group(1))
            else:
                continue
        target = f"{kind}/{number}"
        if vocab.get("session_series_after") and vocab["session_series_after"].match(m, tail):
            series.add(target)
            continue
        if any(p.match(m, tail) for p in vocab["session_skip_after"]):
            continue
        before = m[max(0, start - 60) : start]
        if any(p.search(before) for p in vocab["session_skip_before"]):
            continue
        if number < 1:
            continue
        out.append(Citation(text[start:end], start, end, target, "session"))
    return [c for c in out if c.target not in series]


def _numbered_session_citations(text: str, m: str, vocab: dict) -> list[Citation]:
    """Sessions written with a numeral (Chinese 第六十届会议)."""
    out = []
    for match in vocab["session_numbered"].finditer(m):
        before = m[max(0, match.start() - 30) : match.start()]
        if any(p.search(before) for p in vocab["session_skip_before"]):
            continue
        number = chinese_number(match["num"])
        if number < 1:
            continue
        kind = "emergency" if match["emergency"] else "special" if match["special"] else "regular"
        out.append(
            Citation(
                text[match.start() : match.end()], match.start(), match.end(), f"{kind}/{number}", "session"
            )
        )
    return out


# --- Entry point --------------------------------------------------------------------------------------


def _merge(groups: list[list[Citation]]) -> list[Citation]:
    """Earlier groups win where spans overlap; result in order of position."""
    taken: list[tuple[int, int]] = []
    kept: list[Citation] = []
    for group in groups:
        for citation in group:
            i = bisect_left(taken, (citation.start, citation.end))
            neighbours = taken[max(0, i - 1) : i + 1]
            if any(s < citation.end and citation.start < e for s, e in neighbours):
                continue
            taken.insert(i, (citation.start, citation.end))
            kept.append(citation)
    kept.sort(key=lambda c: (c.start, c.end))
    return kept


def find_citations(text: str, language: str) -> list[Citation]:
    """Citations in `text` (ar, zh, en, fr, ru, es), in order of position. Never raises on any text."""
    if not isinstance(text, str) or not text:
        return []
    m = latin_symbols(fold(text)) if language == "ru" else fold(text)
    vocab = _vocabulary(language)
    symbols = "/" in m  # every symbol has a slash: without one, no explicit, other or document citation
    groups = [_explicit_citations(text, m), _other_citations(text, m)] if symbols else []
    if vocab is not None:
        keyword_after = "resolution_after" in vocab
        groups.append((_keyword_after_citations if keyword_after else _keyword_citations)(text, m, vocab))
    if symbols:
        groups.append(_document_citations(text, m))
    if vocab is not None:
        numbered = "session_numbered" in vocab
        groups.append((_numbered_session_citations if numbered else _session_citations)(text, m, vocab))
    return _merge(groups)
