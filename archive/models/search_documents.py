"""The search document of each resolution text: the vectors of its title, paragraphs and footnotes
concatenated in document order (10 positions apart, so that a phrase never runs from one into the next),
in the table `archive_searchdocument`. Triggers per statement keep it current on every write (migration
0008); one partial GIN index per language serves the search. It decides which texts match, counts them
for the facets and ranks the resolutions; the units (`SearchUnit`) give the hits of a page only.

PostgreSQL keeps at most 256 positions of a word and positions up to 16,383 in a tsvector: in a text
longer than that, a phrase (or a Chinese word of three characters or more) past those limits is not found.
"""

from __future__ import annotations

from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.core.exceptions import EmptyResultSet
from django.db import connections, models
from django.db.models import Case, F, Max, Q, Value, When

from archive.search.query import SearchFilters
from archive.search.query import SearchQuery as ParsedQuery

from .search import matches_vector, tsquery, words_of
from .sessions import Session

LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]
PLANNER_SETTINGS = "SELECT set_config('enable_seqscan', 'off', true), set_config('work_mem', '16MB', true)"


class SearchDocumentQuerySet(models.QuerySet):
    def plan_by_index(self) -> None:
        """For the rest of the transaction, no sequential scans: the planner would read every document
        (it does not count their reading, out of line, in a scan's cost: ANALYZE skips values over 1 kB,
        so it cannot know how many match either), where the full-text indexes give the texts found
        without reading a document, unless the query has phrases. And the memory to group and sort the
        texts found (tens of thousands for a common word) without temporary files."""
        with connections[self.db].cursor() as cursor:
            cursor.execute(PLANNER_SETTINGS)

    def search(self, query: ParsedQuery):
        """The texts matching `query` as wholes, in any of its languages; for a language where the query
        has phrases, a superset: the texts with the words of its required terms anywhere (`verified`
        tells which have the phrases, and none of the excluded terms)."""
        matches = []
        for language in query.languages:
            if not query.tsquery(language):
                continue
            if query.has_phrases(language):
                source = words_of(tsquery(language, query.ranking_tsquery(language)))
            else:
                source = tsquery(language, query.tsquery(language))
            matches.append(Q(Q(language=language), matches_vector(F("document"), source, by_index=True)))
        if not matches:
            return self.none()
        return self.filter(Q(*matches, _connector=Q.OR))

    def verified(self, query: ParsedQuery, text_ids: list[int]) -> set[int]:
        """Which of these texts match `query` exactly, phrases included (each document read)."""
        matches = [
            Q(Q(language=language), matches_vector(F("document"), tsquery(language, query.tsquery(language))))
            for language in query.languages
            if query.tsquery(language)
        ]
        return set(
            self.filter(Q(*matches, _connector=Q.OR), text__in=text_ids).values_list("text", flat=True)
        )

    def filtered(self, filters: SearchFilters, query: ParsedQuery):
        """Narrowed by `filters`; with a part, to texts where a unit of that part has one of the terms."""
        from .resolutions import Resolution
        from .search import SearchUnit

        documents = self
        if filters.language:
            documents = documents.filter(language=filters.language)
        if filters.session:
            kind, number = filters.session
            documents = documents.filter(session__kind=kind, session__number=number)
        if filters.session_kind:
            documents = documents.filter(session__kind=filters.session_kind)
        if filters.adopted_from:
            documents = documents.filter(adopted_on__gte=filters.adopted_from)
        if filters.adopted_to:
            documents = documents.filter(adopted_on__lte=filters.adopted_to)
        if filters.cites:
            documents = documents.filter(resolution__in=Resolution.objects.citing(filters.cites))
        if filters.part:
            units = SearchUnit.objects.search_terms(query).filter(part=filters.part)
            documents = documents.filter(text__in=units.values("text"))
        return documents

    def resolutions_by_rank(self, query: ParsedQuery):
        """One row per resolution, best first: its `score` is the best ts_rank of the titles of its texts
        found (0 if no title has the terms), then the latest adopted first, then by symbol; with the ids
        of its `texts` found."""
        ranks = [
            When(
                Q(language=language, title_vector=tsquery(language, query.ranking_tsquery(language))),
                then=SearchRank(F("title_vector"), tsquery(language, query.ranking_tsquery(language))),
            )
            for language in query.languages
            if query.ranking_tsquery(language)
        ]
        score = Case(*ranks, default=Value(0.0), output_field=models.FloatField())
        return (
            self.values("resolution", "symbol", "adopted_on", "session")  # the same in all its documents
            .annotate(score=Max(score), texts=ArrayAgg("text"))
            .order_by("-score", F("adopted_on").desc(nulls_last=True), "symbol")
        )

    def count_facets(self, language: str | None, session: tuple[str, int] | None) -> list[dict]:
        """The facets of the texts found (this queryset, narrowed by every filter but the language and the
        session), in one scan of them: rows of `session` (its id), `kind`, `number` and `resolutions`
        found in that session with a text in `language` (any if None), each counted once; and rows of
        `language` and `resolutions` with a text found in it, in `session` (any if None). In no order."""
        try:
            found, params = (
                self.values("resolution", "session", "language").order_by().query.sql_with_params()
            )
        except EmptyResultSet:  # nothing to look for: `search()` gave none()
            return []
        sessions = connections[self.db].ops.quote_name(Session._meta.db_table)
        in_language = "found.language = %s" if language else "true"
        in_session = (
            f"found.session IN (SELECT id FROM {sessions} WHERE kind = %s AND number = %s)"
            if session
            else "true"
        )
        sql = f"""
            SELECT counted.session, s.kind, s.number, counted.language, counted.resolutions FROM (
                SELECT found.session, found.language, CASE WHEN GROUPING(found.session) = 0
                    THEN count(DISTINCT found.resolution) FILTER (WHERE {in_language})
                    ELSE count(*) FILTER (WHERE {in_session}) END AS resolutions
                FROM ({found}) AS found GROUP BY GROUPING SETS ((found.session), (found.language))
            ) AS counted LEFT JOIN {sessions} AS s ON s.id = counted.session
            WHERE counted.resolutions > 0"""
        arguments = [*([language] if language else []), *(session or ()), *params]
        with connections[self.db].cursor() as cursor:
            cursor.execute(sql, arguments)
            columns = ("session", "kind", "number", "language", "resolutions")
            return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


class SearchDocument(models.Model):
    """A resolution text as one searchable document, written by the database only."""

    text = models.OneToOneField(
        "archive.ResolutionText",
        primary_key=True,
        on_delete=models.DO_NOTHING,  # deleted with the text, by a trigger
        db_constraint=False,
        related_name="+",
    )
    resolution = models.ForeignKey(
        "archive.Resolution",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        related_name="+",
    )
    language = models.CharField(max_length=2)
    # The resolution's, copied by the database (migration 0010): facets and ranking read no other table.
    session = models.ForeignKey(
        "archive.Session",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        db_index=False,
        null=True,
        related_name="+",
    )
    adopted_on = models.DateField(null=True)
    symbol = models.CharField(max_length=40, default="")
    title_vector = SearchVectorField(help_text="The text's title_vector, for ranking")
    document = SearchVectorField(
        help_text="The vectors of the title, the paragraphs and the footnotes, in document order"
    )

    objects = SearchDocumentQuerySet.as_manager()

    class Meta:
        indexes = [
            # WHERE language = … AND document @@ …: a search in one language reads that language's index.
            GinIndex(fields=["document"], condition=models.Q(language=code), name=f"document_search_{code}")
            for code in LANGUAGES
        ]

    def __str__(self) -> str:
        return f"document of text {self.text_id}"
