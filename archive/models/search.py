"""The full-text search's SQL, as expressions: a text's search vector (kept by `update_search_vectors()`)
and the vectors and queries of one language. The language configurations and the Chinese bigrams are the
SQL functions of migration 0005 (`archive_search_config`, `archive_search_vector`), which read digits of
every script as ASCII digits since migration 0043; the aggregate that joins vectors in document order is
migration 0008's `archive_tsvector_agg`.

PostgreSQL keeps at most 256 positions of a word and positions up to 16,383 in a tsvector: in a text
longer than that, a phrase (or a Chinese word of three characters or more) past those limits is not found.
"""

from __future__ import annotations

from django.contrib.postgres.aggregates.mixins import OrderableAggMixin
from django.contrib.postgres.search import SearchQuery, SearchVectorField
from django.db.models import Aggregate, FloatField, Func, OuterRef, Subquery, TextField, Value
from django.db.models.functions import Coalesce

# Units are joined with a gap of 10 positions (a marker lexeme, removed at the end), so that a phrase never
# runs from the title into a paragraph, nor from one paragraph into the next.
GAP = "¶:10"


def search_vector(language, body) -> Func:
    """`body` as a tsvector in `language` (expressions): stemmed in its configuration; Chinese as bigrams."""
    return Func(language, body, function="archive_search_vector", output_field=SearchVectorField())


def ascii_digits(body) -> Func:
    """`body` with its Arabic-Indic and full-width digits as ASCII digits, as the vectors read it
    (migration 0043's `archive_ascii_digits`)."""
    return Func(body, function="archive_ascii_digits", output_field=TextField())


def title_vector(language, title) -> Func:
    """A title's vector: weight A, so that a title counts ten times a paragraph in ts_rank."""
    return Func(
        search_vector(language, title), Value("A"), function="setweight", output_field=SearchVectorField()
    )


def unit_rank(language: str, body, query: SearchQuery) -> Func:
    """ts_rank of `body`'s vector in `language` against `query`, NULL if it does not match (migration
    0014's `archive_unit_rank`: the vector computed once)."""
    return Func(Value(language), body, query, function="archive_unit_rank", output_field=FloatField())


def bigram_unit_rank(body, characters: str, query: SearchQuery) -> Func:
    """As `unit_rank` in Chinese for a query whose bigrams are made of `characters` only, without the
    unit's whole vector (migration 0025's `archive_bigram_unit_rank`: the runs of those characters)."""
    return Func(
        body, Value(characters), query, function="archive_bigram_unit_rank", output_field=FloatField()
    )


def tsquery(language: str, source: str) -> SearchQuery:
    """`source` (to_tsquery syntax) read in `language`'s configuration."""
    config = Func(Value(language), function="archive_search_config")
    return SearchQuery(source, config=config, search_type="raw")


class VectorsInOrder(OrderableAggMixin, Aggregate):
    """The vectors of a text's units joined in `order_by`, each followed by the gap."""

    function = "archive_tsvector_agg"
    template = f"%(function)s(%(expressions)s || '{GAP}'::tsvector %(order_by)s)"
    output_field = SearchVectorField()


def units_vector(model) -> Coalesce:
    """The vectors of the text's rows of `model` (paragraphs or footnotes) in document order, from an
    UPDATE of the texts (OuterRef: the text being updated)."""
    rows = (
        model.objects.filter(text=OuterRef("pk"))
        .order_by()
        .values("text")
        .annotate(vector=VectorsInOrder(search_vector(OuterRef("language"), "body"), order_by="position"))
        .values("vector")
    )
    return Coalesce(Subquery(rows), Value(""), output_field=SearchVectorField())


def text_vector() -> Func:
    """A text's search vector: its title (weight A), then its paragraphs, then its footnotes, each in
    document order, in the text's language, the units 10 positions apart."""
    from .texts import Footnote, Paragraph

    title = Func(
        title_vector("language", "title"),
        template=f"(%(expressions)s || '{GAP}'::tsvector)",
        output_field=SearchVectorField(),
    )
    joined = Func(
        title,
        units_vector(Paragraph),
        units_vector(Footnote),
        template="(%(expressions)s)",
        arg_joiner=" || ",
        output_field=SearchVectorField(),
    )
    return Func(joined, Value("¶"), function="ts_delete", output_field=SearchVectorField())
