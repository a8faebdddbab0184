"""The metadata panel of a resolution's page: its session, agenda items, the draft and the reports it was
adopted on (official documents, linked), its meeting and its neighbours in its series."""

from __future__ import annotations

from dataclasses import dataclass

from archive.parser.citations import find_citations

from .links import compare_url, resolution_url, undocs_url


@dataclass(frozen=True)
class DocumentLink:
    symbol: str
    url: str


def report_symbols(basis: str) -> list[str]:
    """The documents the cover's line in square brackets names ("[on the report of the Third Committee
    (A/59/503/Add.2)]"), in order, each once."""
    found = (citation.target for citation in find_citations(basis, "en") if citation.kind == "document")
    return list(dict.fromkeys(found))


def reports_of(resolution) -> list[str]:
    """The reports its cover names, then those its catalogue record adds, each once."""
    return list(dict.fromkeys([*report_symbols(resolution.basis), *resolution.report_symbols]))


def document_links(symbols: list[str], language: str) -> list[DocumentLink]:
    """Official documents on undocs.org, in the reader's language."""
    return [DocumentLink(symbol, undocs_url(symbol, language)) for symbol in symbols]


@dataclass(frozen=True)
class Neighbour:
    """The previous or next resolution of a series, and the comparison of the earlier with the later."""

    symbol: str
    url: str
    compare_url: str


def neighbour(symbol: str, other: str | None, *, later: bool) -> Neighbour | None:
    if other is None:
        return None
    earlier, then = (symbol, other) if later else (other, symbol)
    return Neighbour(other, resolution_url(other), compare_url(earlier, then))
