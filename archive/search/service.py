"""The one search the page /search and the API /api/v1/search/ run: the resolutions found, best first, a
page of them with their best hits and snippets, and the facets (resolutions per session and per language).
Seven queries whatever the archive's size (the time budget set, the facets by session, by language, the page
of resolutions, their texts found, their hits, the hits' snippets), or none for a symbol. The facets and the
page each read the texts found once, through the index, and aggregate them by hashing (no sort of 20,000
rows for the broadest searches); the texts found of the page's resolutions are read for them alone.

What is found, and in what order:
- A resolution is found when one of its texts, in a language searched, matches the query as a whole (its
  title, paragraphs and footnotes together: the text's search vector): every required word (or one of an
  OR) is somewhere in the text, each phrase (and each Chinese word of two bigrams or more) within one
  title, paragraph or footnote, and no excluded word or phrase is anywhere in it.
- The facets and the total count those resolutions, through the texts' index alone (no text's vector
  read). With a phrase (a quoted phrase, a term of several words, a Chinese term of three characters or
  more), they count the resolutions whose texts have the words of the phrases anywhere and ignore the
  excluded terms: an upper bound, as checking the phrases would read every such text's vector. The
  resolutions listed are checked: a page has the phrases' resolutions only, so that the last pages may
  have fewer rows or none.
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

from django.contrib.postgres.search import SearchRank
from django.db import models
from django.db.models import Case, Count, Exists, ExpressionWrapper, F, Max, OuterRef, Q, Value, When

from archive.models import Footnote, Paragraph, Resolution, ResolutionText, Session
from archive.models.search import search_vector, tsquery
from archive.models.texts import matches
from archive.parser.symbols import parse_symbol

from .budget import search_budget
from .hits import FOOTNOTE, TITLE, Unit, snippets, units_with_terms
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
    """A resolution with hits: its best `hits` (at most HITS_PER_RESOLUTION of `hit_count`, all of them when
    the search is narrowed to the resolution)."""

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
    """Search for `text`. Raises PageNotFound for a page past the last, TooBroad when a statement runs
    past SEARCH_STATEMENT_TIMEOUT_MS."""
    filters = filters or SearchFilters()
    text = text.strip()
    symbol = symbol_of(text) if text else None
    if symbol:
        return SearchResults(text=text, symbol=symbol)
    with search_budget():
        return results_of(text, filters, page, per_page)


def results_of(text: str, filters: SearchFilters, page: int, per_page: int) -> SearchResults:
    query = parse_query(text, filters.language)
    sessions, languages = facets(text, filters)
    # Every resolution is in one session: the session counts add up to the total.
    total = sum(f.count for f in sessions if filters.session in (None, f.session))
    if page < 1 or (page - 1) * per_page >= max(total, 1):
        raise PageNotFound(page)
    found = found_texts(query, filters)
    ranked = resolutions_by_rank(found, query)
    exact = checked(found, query)
    if any(query.has_phrases(language) for language in query.languages):
        rows, texts = verified_page(ranked, exact, page, per_page)
    else:
        rows = list(ranked[(page - 1) * per_page : page * per_page])
        texts = texts_of(exact, rows)
    hits, hit_counts = best_hits(query, filters, texts)
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


def verified_page(ranked, exact, page: int, per_page: int) -> tuple[list[dict], dict[int, tuple[str, int]]]:
    """The page among the ranked resolutions with texts that have the query's phrases (`exact`: the texts
    found, each with whether it has them: `checked()`), and those texts: candidates are read in rank order,
    twice as many as the rows up to the page, and their texts' vectors checked (one query; again with twice
    as many candidates while too few have the phrases)."""
    needed = page * per_page
    window = 2 * needed
    while True:
        candidates = list(ranked[:window])
        texts = texts_of(exact, candidates)
        verified = {resolution for _, resolution in texts.values()}
        rows = [row for row in candidates if row["resolution"] in verified]
        if len(rows) >= needed or len(candidates) < window:
            rows = rows[(page - 1) * per_page : needed]
            shown = {row["resolution"] for row in rows}
            return rows, {text: found for text, found in texts.items() if found[1] in shown}
        window *= 2


def checked(found, query: SearchQuery):
    """`found`, each text with `exact`: whether it has the query's phrases and none of its excluded terms.
    Checked in the select list, on the texts read only: as a condition, the planner (which cannot tell
    how many texts have a phrase) may have the index find every text with the phrase's words and read each
    one's vector to check it (the 10,000 Chinese texts, 180–310 ms at full scale, for a page of 20)."""
    sources = {code: source for code in query.languages if (source := query.tsquery(code))}
    return found.annotate(exact=ExpressionWrapper(matches(sources), output_field=models.BooleanField()))


def texts_of(exact, rows: list[dict]) -> dict[int, tuple[str, int]]:
    """The texts with the query's phrases (`exact`: `checked()`) of the resolutions of ranked `rows`: id:
    (language, resolution). One query, by the resolutions' ids: the texts' vectors read for these texts
    only."""
    resolutions = [row["resolution"] for row in rows]
    texts = exact.filter(resolution__in=resolutions).values_list("id", "language", "resolution", "exact")
    return {text: (code, resolution) for text, code, resolution, has_phrases in texts if has_phrases}


def found_texts(query: SearchQuery, filters: SearchFilters):
    """The texts matching `query` in one of its languages, narrowed by `filters`. For a language where the
    query has phrases, a superset: the texts with the words of its required terms anywhere, which the index
    finds without reading a text's vector (`checked()` tells those with the phrases, and none of the
    excluded terms)."""
    sources = {
        code: query.words_tsquery(code) if query.has_phrases(code) else query.tsquery(code)
        for code in query.languages
    }
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
    if filters.resolution:
        texts = texts.filter(resolution__symbol=filters.resolution)
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
            matches |= Q(language=code, title_vector=tsquery(code, source))
            continue
        units = Footnote.objects.all() if part == FOOTNOTE else Paragraph.objects.filter(kind=part)
        units = units.filter(text=OuterRef("pk")).alias(vector=search_vector(Value(code), F("body")))
        matches |= Q(Q(language=code), Exists(units.filter(vector=tsquery(code, source))))
    return matches


def resolutions_by_rank(texts, query: SearchQuery):
    """One row per resolution of `texts`, best first: its `score` is the best ts_rank of the titles of its
    texts found (0 if no title has the terms), then the latest adopted first, then by symbol. The texts are
    grouped by hashing (an aggregate of arrays would have PostgreSQL sort them, title vectors and all):
    `texts_of()` reads the texts of the rows shown."""
    ranks = [
        When(
            Q(language=code, title_vector=tsquery(code, source)),
            then=SearchRank(F("title_vector"), tsquery(code, source)),
        )
        for code in query.languages
        if (source := query.ranking_tsquery(code))
    ]
    score = Case(*ranks, default=Value(0.0), output_field=models.FloatField())
    return (
        texts.values("resolution", "resolution__symbol", "resolution__adopted_on", "resolution__session")
        .annotate(score=Max(score))
        .order_by("-score", F("resolution__adopted_on").desc(nulls_last=True), "resolution__symbol")
    )


def best_hits(query: SearchQuery, filters: SearchFilters, texts: dict[int, tuple[str, int]]):
    """The best hits of each resolution, with snippets, and its number of hits: the units of its texts
    found (`texts`: id: language, resolution) with one of the terms (of the part filtered on). Two
    queries: which units, then their snippets, so that ts_headline runs on the shown hits only."""
    per_resolution: dict[int, list[Unit]] = {}
    language = {text: code for text, (code, _) in texts.items()}
    for unit in units_with_terms(query, language, filters.part):
        per_resolution.setdefault(texts[unit.text][1], []).append(unit)
    limit = None if filters.resolution else HITS_PER_RESOLUTION  # one resolution: all its hits
    best = {
        resolution: sorted(units, key=lambda u: (-u.rank, language[u.text], u.position))[:limit]
        for resolution, units in per_resolution.items()
    }
    shown = snippets(query, {unit: language[unit.text] for units in best.values() for unit in units})
    hits: dict[int, list[Hit]] = {}
    for resolution, units in best.items():
        for unit in units:
            title, snippet = shown[unit.source, unit.id]
            if language[unit.text] == "zh":
                snippet = mark_substrings(snippet, query.terms())
            hits.setdefault(resolution, []).append(
                Hit(
                    language=language[unit.text],
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
    # The sessions of the resolutions with a text found (a semi-join: each resolution counted once, by
    # hashing, with no COUNT(DISTINCT) over the texts sorted).
    by_session = (
        Session.objects.filter(resolutions__in=in_language.values("resolution"))
        .annotate(resolutions_found=Count("resolutions"))
        .order_by("kind", "-number")
    )
    if filters.session:
        kind, number = filters.session
        found = found.filter(resolution__session__kind=kind, resolution__session__number=number)
    # A resolution has one text per language: texts counted are resolutions.
    by_language = found.values("language").annotate(resolutions=Count("id")).order_by("language")
    sessions = [
        Facet(
            value=session.symbol_prefix,
            label=str(session),
            session=(session.kind, session.number),
            count=session.resolutions_found,
            id=session.id,
        )
        for session in by_session
    ]
    names = dict(ResolutionText.Language.choices)
    languages = [
        Facet(value=row["language"], label=names[row["language"]], session=None, count=row["resolutions"])
        for row in by_language
    ]
    return sessions, languages
