"""Full-text search. Every searchable piece of text — a text's title, a paragraph, a footnote — carries a
generated tsvector column (`title_vector`, `search_vector`), kept current by PostgreSQL on every write, and
is indexed with one partial GIN index per language. Paragraphs and footnotes carry their text's language
and resolution, copied by a trigger. The SQL view `archive_searchunit` puts the three together without a
join; `SearchUnit` reads it. The SQL (functions, triggers, view) is in migrations 0005 and 0006.

A note for later migrations: PostgreSQL refuses to change the type of a column the view shows (the
paragraph's and footnote's kind, eid, position, body, language and vector, the text's title): drop the
view first and create it again after.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import models
from django.db.models import Case, Count, F, Func, Max, Q, Value, When, Window
from django.db.models.functions import RowNumber

from archive.search.query import SearchFilters
from archive.search.query import SearchQuery as ParsedQuery
from archive.search.snippets import MARK_END, MARK_START

HEADLINE_OPTIONS = (
    f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, "
    'FragmentDelimiter=" … "'
)


def search_vector(field: str) -> Func:
    """The generated column's expression: `field` as a tsvector in its row's language (see migration 0005:
    a stemming configuration per language, character bigrams for Chinese)."""
    return Func(F("language"), F(field), function="archive_search_vector", output_field=SearchVectorField())


def title_vector() -> Func:
    """A title's vector: weight A, so that a title counts ten times a paragraph in ts_rank."""
    return Func(search_vector("title"), Value("A"), function="setweight", output_field=SearchVectorField())


def search_config(language: str) -> Func:
    return Func(Value(language), function="archive_search_config")


def tsquery(language: str, source: str) -> SearchQuery:
    return SearchQuery(source, config=search_config(language), search_type="raw")


class SearchUnitQuerySet(models.QuerySet):
    def search(self, query: ParsedQuery):
        """Units matching `query` in any of its languages, annotated with `rank` (ts_rank: a title counts
        ten times a paragraph)."""
        sources = {language: query.tsquery(language) for language in query.languages}
        sources = {language: source for language, source in sources.items() if source}
        if not sources:  # nothing to look for: no rows, with the same annotation as a real search
            return self.none().annotate(rank=Value(0.0, output_field=models.FloatField()))
        matches = Q()
        ranks = []
        for language, source in sources.items():
            matches |= Q(language=language, vector=tsquery(language, source))
            ranking = tsquery(language, query.ranking_tsquery(language))
            ranks.append(When(language=language, then=SearchRank(F("vector"), ranking)))
        return self.filter(matches).annotate(rank=Case(*ranks, output_field=models.FloatField()))

    def filtered(self, filters: SearchFilters):
        units = self
        if filters.language:
            units = units.filter(language=filters.language)
        if filters.session:
            kind, number = filters.session
            units = units.filter(resolution__session__kind=kind, resolution__session__number=number)
        if filters.session_kind:
            units = units.filter(resolution__session__kind=filters.session_kind)
        if filters.adopted_from:
            units = units.filter(resolution__adopted_on__gte=filters.adopted_from)
        if filters.adopted_to:
            units = units.filter(resolution__adopted_on__lte=filters.adopted_to)
        if filters.part:
            units = units.filter(part=filters.part)
        if filters.cites:
            from .resolutions import Resolution

            units = units.filter(resolution__in=Resolution.objects.citing(filters.cites))
        return units

    def units(self, keys: list[tuple[str, int]]):
        """The units of these (source, row_id) keys, each found through its table's primary key."""
        rows: dict[str, list[int]] = {}
        for source, row_id in keys:
            rows.setdefault(source, []).append(row_id)
        if not rows:
            return self.none()
        by_key = Q(*(Q(source=source, row_id__in=ids) for source, ids in rows.items()), _connector=Q.OR)
        return self.filter(by_key).order_by()

    def resolutions_by_rank(self):
        """One row per resolution: its best unit's `score` and its number of `hits`, best first."""
        return (
            self.values(
                "resolution",
                "resolution__symbol",
                "resolution__adopted_on",
                "resolution__session__kind",
                "resolution__session__number",
            )
            .annotate(score=Max("rank"), hits=Count("key"))
            .order_by("-score", F("resolution__adopted_on").desc(nulls_last=True), "resolution__symbol")
        )

    def best_per_resolution(self, count: int):
        """The `count` best units of each resolution: rank, then language, then document order."""
        order = [F("rank").desc(), "language", "position"]
        best = Window(RowNumber(), partition_by=F("resolution"), order_by=order)
        return self.annotate(nth=best).filter(nth__lte=count).order_by("resolution", "nth")

    def with_snippets(self, query: ParsedQuery):
        """Annotate `snippet`: ts_headline's fragments around the matches, with MARK_START/MARK_END
        around the matched words; for Chinese (which ts_headline cannot split), the whole body, to be
        marked by `archive.search.snippets`. The marks are removed from the text first."""
        body = Func(F("body"), Value(MARK_START + MARK_END), Value(""), function="translate")
        headlines = [
            When(
                language=language,
                then=Func(
                    search_config(language),
                    body,
                    tsquery(language, query.tsquery(language)),
                    Value(HEADLINE_OPTIONS),
                    function="ts_headline",
                ),
            )
            for language in query.languages
            if language != "zh" and query.tsquery(language)
        ]
        return self.annotate(snippet=Case(*headlines, default=body, output_field=models.TextField()))

    def count_by_session(self):
        """Resolutions matching, per session."""
        return (
            self.values("resolution__session__kind", "resolution__session__number")
            .annotate(resolutions=Count("resolution", distinct=True))
            .order_by("resolution__session__kind", "-resolution__session__number")
        )

    def count_by_language(self):
        """Resolutions matching, per language of their texts."""
        return (
            self.values("language")
            .annotate(resolutions=Count("resolution", distinct=True))
            .order_by("language")
        )


class SearchUnit(models.Model):
    """A searchable piece of a text, as the view `archive_searchunit` shows it: its title, a paragraph or a
    footnote, with the resolution it belongs to."""

    class Part(models.TextChoices):
        TITLE = "title", "title"
        PREAMBULAR = "preambular", "preambular paragraph"
        OPERATIVE = "operative", "operative paragraph"
        SUBPARAGRAPH = "subparagraph", "sub-paragraph"
        ANNEX_HEADING = "annex_heading", "annex heading"
        ANNEX_PARAGRAPH = "annex_paragraph", "annex paragraph"
        FOOTNOTE = "footnote", "footnote"

    key = models.TextField(primary_key=True, help_text="title:<text id>, paragraph:<id> or footnote:<id>")
    source = models.CharField(max_length=9, help_text="The table: title, paragraph or footnote")
    row_id = models.BigIntegerField(help_text="The id in that table")
    part = models.CharField(max_length=16, choices=Part.choices)
    text = models.ForeignKey("archive.ResolutionText", on_delete=models.DO_NOTHING, related_name="+")
    resolution = models.ForeignKey("archive.Resolution", on_delete=models.DO_NOTHING, related_name="+")
    language = models.CharField(max_length=2)
    eid = models.CharField(max_length=80, help_text="The paragraph's or footnote's anchor; empty for a title")
    position = models.IntegerField(help_text="Document order: the title, the paragraphs, then the footnotes")
    body = models.TextField()
    vector = SearchVectorField()

    objects = SearchUnitQuerySet.as_manager()

    class Meta:
        managed = False
        db_table = "archive_searchunit"
        ordering = ["resolution_id", "language", "position"]

    def __str__(self) -> str:
        return self.key
