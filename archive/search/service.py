"""The one search the page /search and the API /api/v1/search/ run: the resolutions found, best first, a
page of them with their best hits and snippets, and the facets (resolutions per session and per language).
Five queries whatever the archive's size (the facets by session, by language, the page of resolutions,
their hits, the hits' snippets), or none for a symbol.

What is found, and in what order:
- A resolution is found when one of its texts, in a language searched, matches the query as a whole (its
  title, paragraphs and footnotes together: the text's search vector): every required word (or one of an
  OR) is somewhere in the text, each phrase (and each Chinese word of two bigrams or more) within one
  title, paragraph or footnote, and no excluded word or phrase is anywhere in it.
- The facets and the total count those resolutions.
- Resolutions are ranked by the best ts_rank of their found texts' titles against the query (0 when no
  title has the words: a title is what a resolution is about), then the latest adopted first, then by
  symbol.
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

from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.search import SearchRank, SearchVectorExact
from django.db import models
from django.db.models import Case, Count, Exists, F, Max, OuterRef, Q, Value, When

from archive.models import Footnote, Paragraph, Resolution, ResolutionText, Session
from archive.models.search import search_vector, tsquery
from archive.parser.symbols import parse_symbol

from .hits import FOOTNOTE, TITLE, snippets, units_with_terms
from .query import SearchFilters, SearchQuery, parse_query, title_only
from .snippets import mark_substrings, to_html

PER_PAGE = 20
# ts_rank's weights of D, C, B, A: the title's words only (a text's vector weighs its title A).
TITLE_ONLY = [0.0, 0.0, 0.0, 1.0]
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
    query = parse_query(text, filters.language)
    sessions, languages = facets(text, filters)
    # Every resolution is in one session: the session counts add up to the total.
    total = sum(f.count for f in sessions if filters.session in (None, f.session))
    if page < 1 or (page - 1) * per_page >= max(total, 1):
        raise PageNotFound(page)
    rows = list(
        resolutions_by_rank(found_texts(query, filters), query)[(page - 1) * per_page : page * per_page]
    )
    hits, hit_counts = best_hits(query, filters, [text for row in rows for text in row["texts"]])
    session_of = {facet.id: facet.session for facet in sessions}  # the sessions of every resolution found
    groups = [
        Group(
            symbol=row["resolution__symbol"],
            adopted_on=row["resolution__adopted_on"],
            session=session_of[row["resolution__session"]],
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


def found_texts(query: SearchQuery, filters: SearchFilters):
    """The texts matching `query` in one of its languages, narrowed by `filters`."""
    sources = {code: query.tsquery(code) for code in query.languages}
    texts = ResolutionText.objects.matching({code: source for code, source in sources.items() if source})
    if filters.language:
        texts = texts.filter(language=filters.language)
    if filters.session:
        kind, number = filters.session
        texts = texts.filter(resolution__session__kind=kind, resolution__session__number=number)
    if filters.session_kind:
        texts = texts.filter(resolution__session__kind=filters.session_kind)
    if filters.adopted_from:
        texts = texts.filter(resolution__adopted_on__gte=filters.adopted_from)
    if filters.adopted_to:
        texts = texts.filter(resolution__adopted_on__lte=filters.adopted_to)
    if filters.cites:
        texts = texts.filter(resolution__in=Resolution.objects.citing(filters.cites))
    if filters.part:
        texts = texts.filter(with_terms_in_part(query, filters.part))
    return texts


def with_terms_in_part(query: SearchQuery, part: str) -> Q:
    """A text where a unit of `part` has one of the terms of `query` (each unit's vector computed)."""
    matches = Q()
    for code in query.languages:
        source = query.terms_tsquery(code)
        if not source:
            continue
        if part == TITLE:
            title = tsquery(code, title_only(source))
            matches |= Q(Q(language=code), SearchVectorExact(F("search_vector"), title))
            continue
        units = Footnote.objects.all() if part == FOOTNOTE else Paragraph.objects.filter(kind=part)
        units = units.filter(text=OuterRef("pk")).alias(vector=search_vector(Value(code), F("body")))
        matches |= Q(Q(language=code), Exists(units.filter(vector=tsquery(code, source))))
    return matches


def resolutions_by_rank(texts, query: SearchQuery):
    """One row per resolution of `texts`, best first: its `score` is the best ts_rank of the titles of its
    texts found (0 if no title has the terms), then the latest adopted first, then by symbol; with the ids
    of its `texts` found."""
    ranks = [
        When(
            Q(language=code, search_vector=tsquery(code, title_only(source))),
            then=SearchRank(F("search_vector"), tsquery(code, source), weights=TITLE_ONLY),
        )
        for code in query.languages
        if (source := query.ranking_tsquery(code))
    ]
    score = Case(*ranks, default=Value(0.0), output_field=models.FloatField())
    return (
        texts.values("resolution", "resolution__symbol", "resolution__adopted_on", "resolution__session")
        .annotate(score=Max(score), texts=ArrayAgg("id"))
        .order_by("-score", F("resolution__adopted_on").desc(nulls_last=True), "resolution__symbol")
    )


def best_hits(query: SearchQuery, filters: SearchFilters, text_ids: list[int]):
    """The best hits of each resolution, with snippets, and its number of hits: the units of its texts
    found (`text_ids`) with one of the terms (of the part filtered on). Two queries: which units, then
    their snippets, so that ts_headline runs on the shown hits only."""
    per_resolution: dict[int, list] = {}
    for unit in units_with_terms(query, text_ids, filters.part):
        per_resolution.setdefault(unit.resolution, []).append(unit)
    best = {
        resolution: sorted(units, key=lambda u: (-u.rank, u.language, u.position))[:HITS_PER_RESOLUTION]
        for resolution, units in per_resolution.items()
    }
    shown = snippets(query, [unit for units in best.values() for unit in units])
    hits: dict[int, list[Hit]] = {}
    for resolution, units in best.items():
        for unit in units:
            title, snippet = shown[unit.source, unit.id]
            if unit.language == "zh":
                snippet = mark_substrings(snippet, query.terms())
            hits.setdefault(resolution, []).append(
                Hit(
                    language=unit.language,
                    part=unit.part,
                    eid=unit.eid,
                    title=title,
                    snippet=to_html(snippet),
                    rank=unit.rank,
                )
            )
    return hits, {resolution: len(units) for resolution, units in per_resolution.items()}


def facets(text: str, filters: SearchFilters) -> tuple[list[Facet], list[Facet]]:
    """Resolutions found per session (emergency, regular, special; the latest first) and per language,
    each with every filter but its own, so that another session or language can be chosen."""
    query = parse_query(text)
    if filters.language and filters.language not in query.languages:
        query = dataclasses.replace(query, languages=(*query.languages, filters.language))
    unfaceted = dataclasses.replace(filters, language=None, session=None)
    found = found_texts(query, unfaceted)
    if filters.language:  # that language's condition alone: answered by the index whole
        found_in_language = dataclasses.replace(query, languages=(filters.language,))
        in_language = found_texts(found_in_language, unfaceted)
    else:
        in_language = found
    by_session = (
        in_language.values("resolution__session", "resolution__session__kind", "resolution__session__number")
        .annotate(resolutions=Count("resolution", distinct=True))
        .order_by("resolution__session__kind", "-resolution__session__number")
    )
    if filters.session:
        kind, number = filters.session
        found = found.filter(resolution__session__kind=kind, resolution__session__number=number)
    # A resolution has one text per language: texts counted are resolutions.
    by_language = found.values("language").annotate(resolutions=Count("id")).order_by("language")
    sessions = []
    for row in by_session:
        session = Session(kind=row["resolution__session__kind"], number=row["resolution__session__number"])
        sessions.append(
            Facet(
                value=session.symbol_prefix,
                label=str(session),
                session=(session.kind, session.number),
                count=row["resolutions"],
                id=row["resolution__session"],
            )
        )
    names = dict(ResolutionText.Language.choices)
    languages = [
        Facet(value=row["language"], label=names[row["language"]], session=None, count=row["resolutions"])
        for row in by_language
    ]
    return sessions, languages
