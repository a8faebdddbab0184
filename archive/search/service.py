"""The one search the page /search and the API /api/v1/search/ run: the resolutions found, best first, a
page of them with their best hits and snippets, and the facets (resolutions per session and per language).
A fixed number of queries whatever the archive's size: five (the planner's setting, the facets by session
and by language in one scan of the texts found, the page of resolutions, their hits, the hits' snippets),
six with a phrase (the page's candidates checked), or none for a symbol.

What is found, and in what order:
- A resolution is found when one of its texts, in a language searched, matches the query as a whole (its
  title, paragraphs and footnotes together, `SearchDocument`): every required word (or one of an OR) is
  somewhere in the text, each phrase (and each Chinese word of two bigrams or more) within one title,
  paragraph or footnote, and no excluded word or phrase is anywhere in it.
- The facets and the total count those resolutions (by the texts' index only, never their paragraphs).
  With a phrase (a quoted phrase, a term of several words, a Chinese term of three characters or more),
  they count the resolutions whose texts have the words of the phrases anywhere and ignore the excluded
  terms: an upper bound, as checking the phrases would read every such text. The resolutions listed are
  checked: a page has the phrases' resolutions only, so that the last pages may have fewer rows or none.
- Resolutions are ranked by the best ts_rank of their found texts' titles against the query (0 when no
  title has the words: a title is what a resolution is about), then the latest adopted first, then by
  symbol. Ranking whole texts by their paragraphs would read every match.
- A resolution's hits are the units (title, paragraphs, footnotes) of its found texts with at least one
  of the terms, best first by ts_rank against the terms (a unit with more of them first; a title counts
  ten times a paragraph), then language, then document order; read for the page's resolutions only.
- With a part filter, a text is found when it matches and a unit of that part has one of the terms; the
  hits are those units."""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction

from archive.models import ResolutionText, Session
from archive.models.search import SearchUnit
from archive.models.search_documents import SearchDocument
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
    id: int | None = None  # the session's


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
    with transaction.atomic(savepoint=False):  # for the planner's setting
        results = _search(text, filters, page, per_page)
    if results is None:
        raise PageNotFound(page)
    return results


def _search(text: str, filters: SearchFilters, page: int, per_page: int) -> SearchResults | None:
    """The search's queries, in its transaction; None for a page past the last."""
    SearchDocument.objects.plan_by_index()
    query = parse_query(text, filters.language)
    documents = SearchDocument.objects.search(query)
    sessions, languages = facets(text, filters)
    # Every resolution is in one session: the session counts add up to the total.
    total = sum(f.count for f in sessions if filters.session in (None, f.session))
    if page < 1 or (page - 1) * per_page >= max(total, 1):
        return None
    ranked = documents.filtered(filters, query).resolutions_by_rank(query)
    if any(query.has_phrases(language) for language in query.languages):
        rows = verified_page(ranked, query, page, per_page)
    else:
        rows = list(ranked[(page - 1) * per_page : page * per_page])
    hits, hit_counts = best_hits(query, filters, [text for row in rows for text in row["texts"]])
    session_of = {facet.id: facet.session for facet in sessions}  # the sessions of every resolution found
    groups = [
        Group(
            symbol=row["symbol"],
            adopted_on=row["adopted_on"],
            session=session_of[row["session"]],
            score=row["score"],
            hit_count=hit_counts.get(row["resolution"], 0),
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


def verified_page(ranked, query: SearchQuery, page: int, per_page: int) -> list[dict]:
    """The page among the ranked resolutions whose texts have the query's phrases: candidates are read in
    rank order, twice as many as the rows up to the page, and their documents checked (one more query;
    again with twice as many candidates while too few have the phrases). Each row keeps its texts checked."""
    needed = page * per_page
    window = 2 * needed
    while True:
        candidates = list(ranked[:window])
        verified = SearchDocument.objects.verified(
            query, [text for row in candidates for text in row["texts"]]
        )
        rows = [row | {"texts": [t for t in row["texts"] if t in verified]} for row in candidates]
        rows = [row for row in rows if row["texts"]]
        if len(rows) >= needed or len(candidates) < window:
            return rows[(page - 1) * per_page : needed]
        window *= 2


def best_hits(query: SearchQuery, filters: SearchFilters, text_ids: list[int]):
    """The best hits of each resolution, with snippets, and its number of hits: the units of its texts
    found (`text_ids`) with one of the terms (of the part filtered on). Two queries: which units, then
    their snippets, so that ts_headline runs on the shown hits only."""
    units = SearchUnit.objects.search_terms(query, by_index=False).filter(text__in=text_ids)
    if filters.part:
        units = units.filter(part=filters.part)
    best = list(
        units.best_per_resolution(HITS_PER_RESOLUTION).values_list("source", "row_id", "rank", "hits")
    )
    shown = {
        (row["source"], row["row_id"]): row
        for row in SearchUnit.objects.units([(source, row_id) for source, row_id, *_ in best])
        .with_snippets(query)
        .values("source", "row_id", "resolution", "language", "part", "eid", "text__title", "snippet")
    }
    hits: dict[int, list[Hit]] = {}
    counts: dict[int, int] = {}
    for source, row_id, rank, count in best:
        row = shown[source, row_id]
        snippet = row["snippet"]
        if row["language"] == "zh":
            snippet = mark_substrings(snippet, query.terms())
        counts[row["resolution"]] = count
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
    return hits, counts


def facets(text: str, filters: SearchFilters) -> tuple[list[Facet], list[Facet]]:
    """Resolutions found per session (emergency, regular, special; the latest first) and per language,
    each with every filter but its own, so that another session or language can be chosen."""
    query = parse_query(text)
    if filters.language and filters.language not in query.languages:
        query = dataclasses.replace(query, languages=(*query.languages, filters.language))
    unfaceted = dataclasses.replace(filters, language=None, session=None)
    found = SearchDocument.objects.search(query).filtered(unfaceted, query)
    rows = found.count_facets(filters.language, filters.session)
    names = dict(ResolutionText.Language.choices)
    sessions = []
    for row in sorted((r for r in rows if r["session"]), key=lambda r: (r["kind"], -r["number"])):
        session = Session(kind=row["kind"], number=row["number"])
        sessions.append(
            Facet(
                value=session.symbol_prefix,
                label=str(session),
                session=(session.kind, session.number),
                count=row["resolutions"],
                id=row["session"],
            )
        )
    languages = [
        Facet(value=row["language"], label=names[row["language"]], session=None, count=row["resolutions"])
        for row in sorted((r for r in rows if r["language"]), key=lambda r: r["language"])
    ]
    return sessions, languages
