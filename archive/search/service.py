"""The one search the page /search and the API /api/v1/search/ run: matching units grouped by resolution,
best first, a page of them with their best hits and snippets, and the facets (resolutions per session and
per language). A fixed number of queries whatever the archive's size: five, or none for a symbol."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from datetime import date

from archive.models import ResolutionText, Session
from archive.models.search import SearchUnit
from archive.parser.symbols import parse_symbol

from .query import SearchFilters, SearchQuery, parse_query
from .snippets import mark_substrings, to_html

PER_PAGE = 20
HITS_PER_RESOLUTION = 3


class PageNotFound(Exception):
    """A page number beyond the last page of results."""


@dataclass(frozen=True)
class Hit:
    language: str
    part: str
    eid: str
    title: str  # of the text the hit is in
    snippet: str  # safe HTML
    rank: float


@dataclass(frozen=True)
class Group:
    """A resolution with hits: its best `hits` (at most HITS_PER_RESOLUTION of `hit_count`)."""

    symbol: str
    adopted_on: date | None
    session: tuple[str, int]
    score: float
    hit_count: int
    hits: list[Hit]

    @property
    def title(self) -> str:
        return self.hits[0].title if self.hits else ""


@dataclass(frozen=True)
class Facet:
    value: str  # a session prefix ("59", "S-27") or a language code
    label: str
    session: tuple[str, int] | None
    count: int


@dataclass(frozen=True)
class SearchResults:
    text: str
    query: SearchQuery | None = None
    symbol: str | None = None  # the query was a resolution symbol: go there
    groups: list[Group] = field(default_factory=list)
    total: int = 0  # resolutions
    page: int = 1
    per_page: int = PER_PAGE
    sessions: list[Facet] = field(default_factory=list)
    languages: list[Facet] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))


def symbol_of(text: str) -> str | None:
    try:
        return parse_symbol(text).canonical
    except ValueError:
        return None


def search(text: str, filters: SearchFilters | None = None, *, page: int = 1, per_page: int = PER_PAGE):
    """Search for `text`. Raises PageNotFound for a page past the last."""
    filters = filters or SearchFilters()
    text = text.strip()
    symbol = symbol_of(text) if text else None
    if symbol:
        return SearchResults(text=text, symbol=symbol)
    query = parse_query(text, filters.language)
    units = SearchUnit.objects.search(query)
    sessions = session_facets(units.filtered(dataclasses.replace(filters, session=None)))
    languages = language_facets(SearchUnit.objects.search(parse_query(text)), filters)
    # Every resolution is in one session: the session counts add up to the total.
    total = sum(f.count for f in sessions if filters.session in (None, f.session))
    if page < 1 or (page - 1) * per_page >= max(total, 1):
        raise PageNotFound(page)
    matching = units.filtered(filters)
    rows = list(matching.resolutions_by_rank()[(page - 1) * per_page : page * per_page])
    hits = best_hits(matching, query, [row["resolution"] for row in rows])
    groups = [
        Group(
            symbol=row["resolution__symbol"],
            adopted_on=row["resolution__adopted_on"],
            session=(row["resolution__session__kind"], row["resolution__session__number"]),
            score=row["score"],
            hit_count=row["hits"],
            hits=hits.get(row["resolution"], []),
        )
        for row in rows
    ]
    return SearchResults(
        text=text,
        query=query,
        groups=groups,
        total=total,
        page=page,
        per_page=per_page,
        sessions=sessions,
        languages=languages,
    )


def best_hits(matching, query: SearchQuery, resolution_ids: list[int]) -> dict[int, list[Hit]]:
    """The best hits of each resolution, with snippets (two queries: which units, then their snippets, so
    that ts_headline runs on the shown hits only)."""
    best = list(
        matching.filter(resolution__in=resolution_ids)
        .best_per_resolution(HITS_PER_RESOLUTION)
        .values_list("source", "row_id", "rank")
    )
    shown = {
        (row["source"], row["row_id"]): row
        for row in SearchUnit.objects.units([(source, row_id) for source, row_id, _ in best])
        .with_snippets(query)
        .values("source", "row_id", "resolution", "language", "part", "eid", "text__title", "snippet")
    }
    hits: dict[int, list[Hit]] = {}
    for source, row_id, rank in best:
        row = shown[source, row_id]
        snippet = row["snippet"]
        if row["language"] == "zh":
            snippet = mark_substrings(snippet, query.terms())
        hits.setdefault(row["resolution"], []).append(
            Hit(
                language=row["language"],
                part=row["part"],
                eid=row["eid"],
                title=row["text__title"],
                snippet=to_html(snippet),
                rank=rank,
            )
        )
    return hits


def session_facets(units) -> list[Facet]:
    facets = []
    for row in units.count_by_session():
        session = Session(kind=row["resolution__session__kind"], number=row["resolution__session__number"])
        facets.append(
            Facet(
                value=session.symbol_prefix,
                label=str(session),
                session=(session.kind, session.number),
                count=row["resolutions"],
            )
        )
    return facets


def language_facets(units, filters: SearchFilters) -> list[Facet]:
    """Per language, with every filter but the language (so that the other languages can be chosen)."""
    names = dict(ResolutionText.Language.choices)
    rows = units.filtered(dataclasses.replace(filters, language=None)).count_by_language()
    return [
        Facet(value=row["language"], label=names[row["language"]], session=None, count=row["resolutions"])
        for row in rows
    ]
