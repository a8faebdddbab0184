"""The hits of a page of resolutions: the units (title, paragraphs, footnotes) of their texts found that
have one of the query's terms, each unit's vector computed on the fly (a page's texts only), and the
snippets of the best ones. Two queries, each a UNION of the three tables."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.postgres.search import SearchRank
from django.db import models
from django.db.models import Case, F, Func, Q, Value, When

from archive.models import Footnote, Paragraph, ResolutionText
from archive.models.search import search_vector, title_vector, tsquery

from .query import SearchQuery
from .snippets import MARK_END, MARK_START

HEADLINE_OPTIONS = (
    f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, "
    'FragmentDelimiter=" … "'
)
TITLE, FOOTNOTE = "title", "footnote"
# What a unit is: a text's title, a paragraph of one of these kinds, or a footnote.
PARTS = [(TITLE, "title"), *Paragraph.Kind.choices, (FOOTNOTE, "footnote")]
# Document order across the three tables: the title, the paragraphs, then the footnotes.
FOOTNOTES_AFTER = 1_000_000


@dataclass(frozen=True)
class Unit:
    source: str  # title, paragraph or footnote: the table
    id: int
    language: str
    resolution: int
    part: str
    eid: str
    position: int
    rank: float


def _sources(part: str | None) -> list[str]:
    """The tables a unit of `part` (any if None) can be in."""
    if part is None:
        return [TITLE, "paragraph", FOOTNOTE]
    return [TITLE] if part == TITLE else [FOOTNOTE] if part == FOOTNOTE else ["paragraph"]


def _units(source: str, part: str | None = None):
    """The units of one table, each annotated with the same columns in the same order (u_…) and aliased
    `vector` and `language`, so that the three can be joined by UNION."""
    if source == TITLE:
        rows = ResolutionText.objects.alias(
            vector=title_vector(F("language"), F("title")), lang=F("language")
        )
        columns = {"u_resolution": F("resolution_id"), "u_part": Value(TITLE)}
        columns |= {"u_eid": Value(""), "u_position": Value(0), "u_body": F("title")}
    else:
        model = Paragraph if source == "paragraph" else Footnote
        rows = model.objects.alias(
            vector=search_vector(F("text__language"), F("body")), lang=F("text__language")
        )
        if part:
            rows = rows.filter(kind=part) if model is Paragraph else rows
        offset = 1 if model is Paragraph else FOOTNOTES_AFTER
        columns = {"u_resolution": F("text__resolution_id")}
        columns["u_part"] = F("kind") if model is Paragraph else Value(FOOTNOTE)
        columns |= {"u_eid": F("eid"), "u_position": F("position") + offset, "u_body": F("body")}
    return rows.order_by(), {"u_source": Value(source), "u_id": F("id"), "u_language": F("lang"), **columns}


def units_with_terms(query: SearchQuery, text_ids: list[int], part: str | None) -> list[Unit]:
    """The units of these texts (of `part`, if given) with at least one of the terms of `query`, each with
    its ts_rank against the terms (a title counts ten times a paragraph): one query."""
    sources = {code: query.terms_tsquery(code) for code in query.languages}
    sources = {code: source for code, source in sources.items() if source}
    if not text_ids or not sources:
        return []
    matches = Q(*(Q(lang=code, vector=tsquery(code, s)) for code, s in sources.items()), _connector=Q.OR)
    ranks = [When(lang=code, then=SearchRank(F("vector"), tsquery(code, s))) for code, s in sources.items()]
    branches = []
    for source in _sources(part):
        rows, columns = _units(source, part)
        columns.pop("u_body")
        text = "id" if source == TITLE else "text_id"
        rows = rows.filter(matches, **{f"{text}__in": text_ids}).annotate(
            **columns, u_rank=Case(*ranks, output_field=models.FloatField())
        )
        branches.append(rows.values_list(*columns, "u_rank"))  # in the order of Unit's fields
    first, *others = branches
    return [Unit(*row) for row in first.union(*others, all=True)]


def snippets(query: SearchQuery, units: list[Unit]) -> dict[tuple[str, int], tuple[str, str]]:
    """(title of the unit's text, snippet) of each unit: ts_headline's fragments around the terms, with
    MARK_START/MARK_END around the matched words; for Chinese (which ts_headline cannot split) the whole
    body, to be marked by `archive.search.snippets`. The marks are removed from the text first. One query,
    by primary keys."""
    if not units:
        return {}
    headlines = [
        When(
            lang=code,
            then=Func(
                Func(Value(code), function="archive_search_config"),
                F("u_clean"),
                tsquery(code, query.terms_tsquery(code)),
                Value(HEADLINE_OPTIONS),
                function="ts_headline",
            ),
        )
        for code in query.languages
        if code != "zh" and query.terms_tsquery(code)
    ]
    names = ["u_source", "u_id", "u_title", "u_snippet"]
    branches = []
    for source in sorted({unit.source for unit in units}):
        rows, columns = _units(source)
        ids = [unit.id for unit in units if unit.source == source]
        title = F("title") if source == TITLE else F("text__title")
        clean = Func(columns["u_body"], Value(MARK_START + MARK_END), Value(""), function="translate")
        rows = rows.filter(id__in=ids).alias(u_clean=clean)
        rows = rows.annotate(
            u_source=columns["u_source"],
            u_id=F("id"),
            u_title=title,
            u_snippet=Case(*headlines, default=F("u_clean"), output_field=models.TextField()),
        )
        branches.append(rows.values_list(*names))
    first, *others = branches
    return {(source, id_): (title, snippet) for source, id_, title, snippet in first.union(*others, all=True)}
