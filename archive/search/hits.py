"""The hits of a page of resolutions: the units (title, paragraphs, footnotes) of their texts found that
have one of the query's terms, each paragraph's and footnote's vector computed on the fly (the page's
texts only; in Chinese, the bigrams of the query's characters only), and the snippets of the best ones.
Two queries, each a UNION of the three tables, each table read by its text (or primary key) alone."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.postgres.search import SearchRank, SearchVectorExact
from django.db import models
from django.db.models import Case, F, Func, Q, Value, When
from django.db.models.lookups import IContains
from django.utils.translation import gettext_lazy as _

from archive.models import Footnote, Paragraph, ResolutionText
from archive.models.search import ascii_digits, bigram_unit_rank, tsquery, unit_rank

from .bigrams import bigrams, single_characters
from .query import SearchQuery
from .snippets import MARK_END, MARK_START

HEADLINE_OPTIONS = (
    f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, "
    'FragmentDelimiter=" … "'
)
TITLE, PARAGRAPH, FOOTNOTE = "title", "paragraph", "footnote"
# What a unit is: a text's title, a paragraph of one of these kinds, or a footnote.
PARTS = [(TITLE, _("title")), *Paragraph.Kind.choices, (FOOTNOTE, _("footnote"))]
# Document order across the three tables: the title, the paragraphs, then the footnotes.
FOOTNOTES_AFTER = 1_000_000


@dataclass(frozen=True)
class Unit:
    source: str  # title, paragraph or footnote: the table
    id: int
    text: int
    part: str
    eid: str
    position: int
    rank: float


def _sources(part: str | None) -> list[str]:
    """The tables a unit of `part` (any if None) can be in."""
    if part is None:
        return [TITLE, PARAGRAPH, FOOTNOTE]
    return [TITLE] if part == TITLE else [FOOTNOTE] if part == FOOTNOTE else [PARAGRAPH]


def _units(source: str, part: str | None = None):
    """The rows of one table and their columns, the same in the three (u_…, in the order of `Unit`)."""
    if source == TITLE:
        columns = {"u_text": F("id"), "u_part": Value(TITLE), "u_eid": Value(""), "u_position": Value(0)}
        return ResolutionText.objects.order_by(), "id", columns
    model = Paragraph if source == PARAGRAPH else Footnote
    rows = model.objects.order_by()
    if part and model is Paragraph:
        rows = rows.filter(kind=part)
    columns = {
        "u_text": F("text_id"),
        "u_part": F("kind") if model is Paragraph else Value(FOOTNOTE),
        "u_eid": F("eid"),
        "u_position": F("position") + (1 if model is Paragraph else FOOTNOTES_AFTER),
    }
    return rows, "text_id", columns


def _may_have_terms(query: SearchQuery, language: str) -> Q:
    """A cheap test that a paragraph or footnote may have one of the terms, so that only those have their
    vector computed: in Chinese, a term's bigrams (or characters) all in its text (a bigram vector is made
    in SQL, character by character, far slower than a language's parser); elsewhere, every unit."""
    if language != "zh":
        return Q()
    choices = []
    for term in (term for choice in query.required for term in choice):
        pieces = [pair for _, pair in bigrams(term.text)] or single_characters(term.text)
        if not pieces:
            return Q()
        choices.append(Q(*map(_contains, pieces)))
    return Q(*choices, _connector=Q.OR)


def _contains(piece: str) -> Q:
    """The unit's body contains `piece`; digits in any script a text may print them in ("２０")."""
    if not any(char.isdigit() for char in piece):
        return Q(body__icontains=piece)
    return Q(IContains(ascii_digits(F("body")), piece))


def _rank(query: SearchQuery, language: str, terms):
    """A unit's rank against `terms` (NULL if it does not match). In Chinese, when every term has a bigram,
    from the bigrams of the terms' characters alone: the same rank, without the unit's whole bigram vector
    (a lone character matches any bigram it starts, which needs the whole vector)."""
    if language == "zh":
        pieces = [[pair for _, pair in bigrams(term.text)] for choice in query.required for term in choice]
        if all(pieces):
            characters = "".join(sorted({char for pairs in pieces for pair in pairs for char in pair}))
            return bigram_unit_rank(F("body"), characters, terms)
    return unit_rank(language, F("body"), terms)


def units_with_terms(query: SearchQuery, texts: dict[int, str], part: str | None) -> list[Unit]:
    """The units of `texts` (id: language), of `part` if given, with at least one of the terms of `query`,
    each with its ts_rank against the terms (a unit with more of them first; a title counts ten times a
    paragraph): one query. Titles are matched by their stored vector; paragraphs and footnotes are all
    read, each with its rank, NULL when it does not match (its vector computed once)."""
    by_language: dict[str, list[int]] = {}
    for text, language in texts.items():
        if query.terms_tsquery(language):
            by_language.setdefault(language, []).append(text)
    if not by_language:
        return []
    branches = []
    for source in _sources(part):
        rows, text, columns = _units(source, part)
        matches, ranks = [], []
        for language, ids in by_language.items():
            terms = tsquery(language, query.terms_tsquery(language))
            in_language = Q(**{f"{text}__in": ids})
            if source == TITLE:
                matches.append(in_language & SearchVectorExact(F("title_vector"), terms))
                ranks.append(When(in_language, then=SearchRank(F("title_vector"), terms)))
            else:
                matches.append(in_language)
                candidate = in_language & _may_have_terms(query, language)
                ranks.append(When(candidate, then=_rank(query, language, terms)))
        rows = rows.filter(Q(*matches, _connector=Q.OR)).annotate(
            u_source=Value(source),
            u_id=F("id"),
            **columns,
            u_rank=Case(*ranks, output_field=models.FloatField()),
        )
        branches.append(rows.values_list("u_source", "u_id", *columns, "u_rank"))
    first, *others = branches
    return [unit for row in first.union(*others, all=True) if (unit := Unit(*row)).rank is not None]


def snippets(query: SearchQuery, units: dict[Unit, str]) -> dict[tuple[str, int], tuple[str, str]]:
    """(title of the unit's text, snippet) of each of `units` (unit: language): ts_headline's fragments
    around the terms, with MARK_START/MARK_END around the matched words; for Chinese (which ts_headline
    cannot split) the whole body, to be marked by `archive.search.snippets`. The marks are removed from
    the text first. One query, by primary keys."""
    branches = []
    for source in sorted({unit.source for unit in units}):
        rows, _, _ = _units(source)
        body = F("title") if source == TITLE else F("body")
        clean = Func(body, Value(MARK_START + MARK_END), Value(""), function="translate")
        ids: dict[str, list[int]] = {}
        for unit, language in units.items():
            if unit.source == source:
                ids.setdefault(language, []).append(unit.id)
        headlines = [
            When(
                id__in=unit_ids,
                then=Func(
                    Func(Value(language), function="archive_search_config"),
                    F("u_clean"),
                    tsquery(language, query.terms_tsquery(language)),
                    Value(HEADLINE_OPTIONS),
                    function="ts_headline",
                ),
            )
            for language, unit_ids in ids.items()
            if language != "zh"
        ]
        rows = rows.filter(id__in=[i for unit_ids in ids.values() for i in unit_ids]).alias(u_clean=clean)
        rows = rows.annotate(
            u_source=Value(source),
            u_id=F("id"),
            u_title=F("title") if source == TITLE else F("text__title"),
            u_snippet=Case(*headlines, default=F("u_clean"), output_field=models.TextField()),
        )
        branches.append(rows.values_list("u_source", "u_id", "u_title", "u_snippet"))
    if not branches:
        return {}
    first, *others = branches
    return {(source, id_): (title, snippet) for source, id_, title, snippet in first.union(*others, all=True)}
