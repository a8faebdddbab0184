"""The archive's JSON (one language's text, as `export` prints it) back to a `ParsedResolution`.

The inverse of `export.resolution_dict` for what the archive stores. What the JSON does not carry
is filled in plainly: paragraph kinds come from where a paragraph sits (preambular, operative,
sub-paragraph, annex paragraph) and a footnote marker stands at the end of its paragraph's text.
Keys the archive computes or does not store (`vote`, `resolved`, `url`s...) are ignored.

Every problem raises `JsonImportError` naming the field by its path ("texts.en.operative[2].number").
"""

from __future__ import annotations

import datetime

from .document import (
    Annex,
    Citation,
    Footnote,
    FootnoteRef,
    Paragraph,
    ParsedResolution,
    ParseWarning,
    Symbol,
)
from .languages import LANGUAGES
from .symbols import normalise_parts, parse_symbol

CITATION_KINDS = ("resolution", "document", "session")


class JsonImportError(ValueError):
    def __init__(self, field: str, message: str):
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


def parsed_from_json(data: object) -> ParsedResolution:
    """One language's text in the export shape, as the parser would have produced it."""
    top = _Reader(data, "")
    symbol = _symbol(top)
    texts = top.object("texts")
    if len(texts) != 1:
        raise JsonImportError("texts", f"give exactly one language's text, not {len(texts)}")
    [(language, text_data)] = texts.items()
    if language not in LANGUAGES:
        raise JsonImportError("texts", f"{language!r} is not one of the languages {', '.join(LANGUAGES)}")
    text = _Reader(text_data, f"texts.{language}")
    parsed = ParsedResolution(
        language=language,
        symbol=symbol,
        title=text.string("title", min_length=1),
        formula=text.string("formula", max_length=200, nullable=True) or None,
        agenda_items=top.strings("agenda_items", max_length=40),
        basis=top.string("basis", nullable=True) or None,
        draft_symbols=top.strings("draft_symbols", max_length=60),
        adopted_on=_date(top),
        meeting=top.integer("meeting", nullable=True, maximum=32767),
        preambular=[_paragraph(r, "preambular") for r in text.items("preambular")],
        operative=[_paragraph(r, "operative") for r in text.items("operative")],
        annexes=[_annex(r) for r in text.items("annexes")],
        footnotes=[_footnote(r) for r in text.items("footnotes")],
        warnings=[
            ParseWarning(r.string("message", min_length=1), r.integer("line", nullable=True))
            for r in text.items("warnings")
        ],
    )
    _check_eids(parsed, text.path)
    _check_footnote_refs(parsed, text)
    _attach_citations(parsed, text)
    return parsed


class _Reader:
    """Typed access to one JSON object's keys, naming the key's path in errors."""

    def __init__(self, data: object, path: str):
        if not isinstance(data, dict):
            raise JsonImportError(path or "(body)", "must be an object")
        self.data, self.path = data, path

    def field(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def get(self, key: str, types: type | tuple[type, ...], what: str, nullable: bool):
        value = self.data.get(key)
        if value is None and nullable:
            return None
        if key not in self.data:
            raise JsonImportError(self.field(key), "is required")
        if not isinstance(value, types) or isinstance(value, bool):
            raise JsonImportError(self.field(key), f"must be {what}{' or null' if nullable else ''}")
        if isinstance(value, str) and "\x00" in value:
            raise JsonImportError(self.field(key), "must not contain NUL characters")
        return value

    def string(self, key: str, *, min_length: int = 0, max_length: int | None = None, nullable=False):
        value = self.get(key, str, "a string", nullable)
        if value is not None and len(value.strip()) < min_length:
            raise JsonImportError(self.field(key), "must not be empty")
        if value is not None and max_length is not None and len(value) > max_length:
            raise JsonImportError(self.field(key), f"must be at most {max_length} characters long")
        return value

    def integer(self, key: str, *, minimum: int = 1, maximum: int = 2**31 - 1, nullable=False):
        value = self.get(key, int, "a whole number", nullable)
        if value is not None and not minimum <= value <= maximum:
            raise JsonImportError(self.field(key), f"must be between {minimum} and {maximum}")
        return value

    def object(self, key: str) -> dict:
        return self.get(key, dict, "an object", nullable=False)

    def items(self, key: str) -> list[_Reader]:
        values = self.get(key, list, "a list", nullable=False)
        return [_Reader(value, f"{self.field(key)}[{i}]") for i, value in enumerate(values)]

    def strings(self, key: str, *, max_length: int) -> list[str]:
        values = self.get(key, list, "a list", nullable=False)
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip() or len(value) > max_length or "\x00" in value:
                raise JsonImportError(
                    f"{self.field(key)}[{i}]", f"must be a string of 1 to {max_length} characters"
                )
        return list(values)


def _symbol(top: _Reader) -> Symbol:
    text = top.string("symbol", min_length=1)
    try:
        symbol = parse_symbol(text)
    except ValueError as exc:
        raise JsonImportError("symbol", str(exc)) from None
    parts = top.string("parts", max_length=20, nullable=True)
    if parts:
        symbol = Symbol(symbol.session, symbol.number, normalise_parts(parts), symbol.old_era)
    session = top.data.get("session")
    if session is not None and session != {"kind": symbol.session.kind, "number": symbol.session.number}:
        raise JsonImportError("session", f"does not match the symbol {symbol.canonical}")
    if top.data.get("number") is not None and top.data["number"] != symbol.number:
        raise JsonImportError("number", f"does not match the symbol {symbol.canonical}")
    return symbol


def _date(top: _Reader) -> datetime.date | None:
    value = top.string("adopted_on", nullable=True)
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise JsonImportError("adopted_on", "must be a date as YYYY-MM-DD") from None


def _paragraph(r: _Reader, kind: str) -> Paragraph:
    numbered = kind != "preambular"
    text = r.string("text", min_length=1)
    subkind = "subparagraph"
    return Paragraph(
        kind=kind,
        eid=r.string("eid", min_length=1, max_length=80),
        text=text,
        number=(r.string("number", max_length=20, nullable=True) or None) if numbered else None,
        footnote_refs=[FootnoteRef(mark, len(text)) for mark in r.strings("footnote_refs", max_length=10)],
        subparagraphs=[_paragraph(s, subkind) for s in r.items("subparagraphs")] if numbered else [],
    )


def _annex(r: _Reader) -> Annex:
    return Annex(
        eid=r.string("eid", min_length=1, max_length=40),
        heading=r.string("heading", min_length=1, max_length=200),
        title=r.string("title", nullable=True) or None,
        paragraphs=[_paragraph(p, "annex_paragraph") for p in r.items("paragraphs")],
    )


def _footnote(r: _Reader) -> Footnote:
    return Footnote(
        eid=r.string("eid", min_length=1, max_length=40),
        mark=r.string("mark", min_length=1, max_length=10),
        text=r.string("text", min_length=1),
    )


def _check_eids(parsed: ParsedResolution, path: str) -> None:
    seen: set[str] = set()
    for eid in [p.eid for p in parsed.paragraphs()] + [f.eid for f in parsed.footnotes]:
        if eid in seen:
            raise JsonImportError(path, f"the eId {eid!r} is used twice")
        seen.add(eid)
    annexes = [a.eid for a in parsed.annexes]
    if len(set(annexes)) != len(annexes):
        raise JsonImportError(f"{path}.annexes", "annex eIds must differ")
    marks = [f.mark for f in parsed.footnotes]
    if len(set(marks)) != len(marks):
        raise JsonImportError(f"{path}.footnotes", "footnote marks must differ")


def _check_footnote_refs(parsed: ParsedResolution, text: _Reader) -> None:
    marks = {f.mark for f in parsed.footnotes}
    for para in parsed.paragraphs():
        for ref in para.footnote_refs:
            if ref.mark not in marks:
                raise JsonImportError(
                    f"{text.path}.footnote_refs",
                    f"{para.eid} refers to footnote {ref.mark!r}, which is not given",
                )


def _attach_citations(parsed: ParsedResolution, text: _Reader) -> None:
    holders = {p.eid: p for p in parsed.paragraphs()} | {f.eid: f for f in parsed.footnotes}
    for r in text.items("citations"):
        from_eid = r.string("from_eid", min_length=1)
        holder = holders.get(from_eid)
        if holder is None:
            raise JsonImportError(r.field("from_eid"), f"no paragraph or footnote has the eId {from_eid!r}")
        raw = r.string("text", min_length=1, max_length=300)
        start = r.integer("start", minimum=0)
        end = r.integer("end", minimum=start + 1)
        if holder.text[start:end] != raw:
            raise JsonImportError(r.field("text"), f"is not the text of {from_eid} from {start} to {end}")
        kind = r.string("kind")
        if kind not in CITATION_KINDS:
            raise JsonImportError(r.field("kind"), f"must be one of {', '.join(CITATION_KINDS)}")
        target = r.string("target", min_length=1, max_length=120)
        if kind == "resolution":
            try:
                target = parse_symbol(target).canonical
            except ValueError as exc:
                raise JsonImportError(r.field("target"), str(exc)) from None
        pinpoint = r.string("pinpoint", max_length=20, nullable=True) or None
        holder.citations.append(Citation(raw, start, end, target, kind, pinpoint))
