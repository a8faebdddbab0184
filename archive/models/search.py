"""Full-text search. Every searchable piece of text — a text's title, a paragraph, a footnote — carries a
generated tsvector column (`title_vector`, `search_vector`), kept current by PostgreSQL on every write, and
is indexed with one partial GIN index per language. Paragraphs and footnotes carry their text's language
and resolution, copied by a trigger. The SQL view `archive_searchunit` puts the three together without a
join; `SearchUnit` reads it. The SQL (functions, triggers, view) is in migrations 0005 and 0006. Which
texts match, and the ranking of resolutions, are decided on whole texts (`search_documents`); the units
are the hits shown for a page of resolutions.

A note for later migrations: PostgreSQL refuses to change the type of a column the view shows (the
paragraph's and footnote's kind, eid, position, body, language and vector, the text's title): drop the
view first and create it again after.
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery, SearchQueryField, SearchRank, SearchVectorField
from django.db import models
from django.db.models import Case, Count, F, Func, Q, Value, When, Window
from django.db.models.functions import Cast, RowNumber

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


def matches_vector(vector: F, query, *, by_index: bool = False) -> Func:
    """vector @@ query: as the operator, which the full-text indexes serve, or as a function call, which no
    index serves (to check a few rows found otherwise)."""
    if by_index:
        return Func(
            vector, query, template="(%(expressions)s)", arg_joiner=" @@ ", output_field=models.BooleanField()
        )
    return Func(vector, query, function="ts_match_vq", output_field=models.BooleanField())


def words_of(query: SearchQuery) -> Cast:
    """The query with its phrases' words required anywhere ('human' <-> 'right' -> 'human' & 'right'): the
    full-text indexes answer it without reading the vectors, which a phrase needs."""
    text = Func(
        Cast(query, models.TextField()),
        Value("<(-|[0-9]+)>"),
        Value("&"),
        Value("g"),
        function="regexp_replace",
    )
    return Cast(text, SearchQueryField())


def search_config(language: str) -> Func:
    return Func(Value(language), function="archive_search_config")


def tsquery(language: str, source: str) -> SearchQuery:
    return SearchQuery(source, config=search_config(language), search_type="raw")


class SearchUnitQuerySet(models.QuerySet):
    def search_terms(self, query: ParsedQuery, *, by_index: bool = True):
        """Units with any of the terms `query` requires, in any of its languages, annotated with `rank`
        (ts_rank on those terms: a unit with more of them ranks higher; a title counts ten times a
        paragraph). The hits of a text that `SearchDocument` found are its units with one of the terms.
        Without `by_index`, each unit's vector is checked (for the units of a few texts, found by their
        text): the full-text indexes would read every unit of the archive with the terms."""
        sources = {language: query.terms_tsquery(language) for language in query.languages}
        sources = {language: source for language, source in sources.items() if source}
        if not sources:  # nothing to look for: no rows, with the same annotation as a real search
            return self.none().annotate(rank=Value(0.0, output_field=models.FloatField()))
        matches = Q()
        ranks = []
        for language, source in sources.items():
            if by_index:
                matches |= Q(language=language, vector=tsquery(language, source))
            else:
                matches |= Q(Q(language=language), matches_vector(F("vector"), tsquery(language, source)))
            ranks.append(When(language=language, then=SearchRank(F("vector"), tsquery(language, source))))
        return self.filter(matches).annotate(rank=Case(*ranks, output_field=models.FloatField()))

    def units(self, keys: list[tuple[str, int]]):
        """The units of these (source, row_id) keys, each found through its table's primary key."""
        rows: dict[str, list[int]] = {}
        for source, row_id in keys:
            rows.setdefault(source, []).append(row_id)
        if not rows:
            return self.none()
        by_key = Q(*(Q(source=source, row_id__in=ids) for source, ids in rows.items()), _connector=Q.OR)
        return self.filter(by_key).order_by()

    def best_per_resolution(self, count: int):
        """The `count` best units of each resolution (rank, then language, then document order), each
        with the number of `hits` of its resolution."""
        order = [F("rank").desc(), "language", "position"]
        best = Window(RowNumber(), partition_by=F("resolution"), order_by=order)
        hits = Window(Count("key"), partition_by=F("resolution"))
        return self.annotate(nth=best, hits=hits).filter(nth__lte=count).order_by("resolution_id", "nth")

    def with_snippets(self, query: ParsedQuery):
        """Annotate `snippet`: ts_headline's fragments around the terms, with MARK_START/MARK_END
        around the matched words; for Chinese (which ts_headline cannot split), the whole body, to be
        marked by `archive.search.snippets`. The marks are removed from the text first."""
        body = Func(F("body"), Value(MARK_START + MARK_END), Value(""), function="translate")
        headlines = [
            When(
                language=language,
                then=Func(
                    search_config(language),
                    body,
                    tsquery(language, query.terms_tsquery(language)),
                    Value(HEADLINE_OPTIONS),
                    function="ts_headline",
                ),
            )
            for language in query.languages
            if language != "zh" and query.terms_tsquery(language)
        ]
        return self.annotate(snippet=Case(*headlines, default=body, output_field=models.TextField()))


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
