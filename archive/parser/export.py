"""The archive's JSON shape of a resolution, rendered from parser dataclasses.

One code path for every consumer: `manage.py export`, the REST API and the parser's own tests all
render through `resolution_dict`. The database side rebuilds dataclasses from rows and calls it too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .document import Annex, Citation, Footnote, Paragraph, ParsedResolution


def paragraph_dict(para: Paragraph) -> dict:
    out = {"eid": para.eid}
    if para.kind != "preambular":
        out["number"] = para.number
    out["text"] = para.text
    out["footnote_refs"] = [ref.mark for ref in para.footnote_refs]
    if para.kind != "preambular":
        out["subparagraphs"] = [paragraph_dict(sub) for sub in para.subparagraphs]
    return out


def annex_dict(annex: Annex) -> dict:
    return {
        "eid": annex.eid,
        "heading": annex.heading,
        "title": annex.title,
        "paragraphs": [paragraph_dict(p) for p in annex.paragraphs],
    }


def footnote_dict(footnote: Footnote) -> dict:
    return {"eid": footnote.eid, "mark": footnote.mark, "text": footnote.text}


def citation_dict(from_eid: str, citation: Citation, resolved: bool) -> dict:
    return {
        "from_eid": from_eid,
        "text": citation.text,
        "start": citation.start,
        "end": citation.end,
        "target": citation.target,
        "kind": citation.kind,
        "pinpoint": citation.pinpoint,
        "resolved": resolved,
    }


def citations_of(parsed: ParsedResolution) -> Iterable[tuple[str, Citation]]:
    """(from_eid, citation) for every citation in paragraphs, then footnotes, in document order."""
    for para in parsed.paragraphs():
        for citation in para.citations:
            yield para.eid, citation
    for footnote in parsed.footnotes:
        for citation in footnote.citations:
            yield footnote.eid, citation


def text_dict(parsed: ParsedResolution, resolved: Mapping[str, bool] | None = None) -> dict:
    """One language's text. `resolved` maps a cited resolution symbol to whether the archive holds it."""
    resolved = resolved or {}
    return {
        "title": parsed.title,
        "formula": parsed.formula,
        "preambular": [paragraph_dict(p) for p in parsed.preambular],
        "operative": [paragraph_dict(p) for p in parsed.operative],
        "annexes": [annex_dict(a) for a in parsed.annexes],
        "footnotes": [footnote_dict(f) for f in parsed.footnotes],
        "citations": [
            citation_dict(eid, c, resolved.get(c.target, False)) for eid, c in citations_of(parsed)
        ],
        "warnings": [{"line": w.line, "message": w.message} for w in parsed.warnings],
    }


def resolution_dict(
    texts: Mapping[str, ParsedResolution], resolved: Mapping[str, bool] | None = None, **extra
) -> dict:
    """The whole resolution: metadata from the first text (they agree once stored), then each text.

    `extra` adds top-level keys (the API adds `url`s; the archive adds `vote`)."""
    first = next(iter(texts.values()))
    symbol = first.symbol
    return {
        "symbol": symbol.canonical,
        "session": {"kind": symbol.session.kind, "number": symbol.session.number},
        "number": symbol.number,
        "parts": symbol.parts,
        "adopted_on": first.adopted_on.isoformat() if first.adopted_on else None,
        "meeting": first.meeting,
        "agenda_items": list(first.agenda_items),
        "basis": first.basis,
        "draft_symbols": list(first.draft_symbols),
        **extra,
        "texts": {lang: text_dict(parsed, resolved) for lang, parsed in texts.items()},
    }
