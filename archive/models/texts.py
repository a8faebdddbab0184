import functools

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from archive.parser.document import ParseWarning
from archive.parser.languages import LANGUAGES
from archive.parser.languages import Language as Official

from .history import EditHistory
from .search import text_vector, title_vector, tsquery

# Each official language's name in the interface language: "Chinese", "chinois", "китайский"… (where a
# sentence names a language; lists of languages give each its own name, `archive.parser.languages`).
LANGUAGE_NAMES = {
    "ar": pgettext_lazy("language name", "Arabic"),
    "zh": pgettext_lazy("language name", "Chinese"),
    "en": pgettext_lazy("language name", "English"),
    "fr": pgettext_lazy("language name", "French"),
    "ru": pgettext_lazy("language name", "Russian"),
    "es": pgettext_lazy("language name", "Spanish"),
}


def matches(tsqueries: dict[str, str]) -> models.Q:
    """A text's search vector matches, in one of the languages of `tsqueries` (not empty), that language's
    query (to_tsquery syntax)."""
    return models.Q(
        *(models.Q(language=code, search_vector=tsquery(code, source)) for code, source in tsqueries.items()),
        _connector=models.Q.OR,
    )


class ResolutionTextQuerySet(models.QuerySet):
    def without_sources(self):
        return self.defer(
            "source_bytes", "extracted_text", "artefacts", "warnings", "search_vector", "title_vector"
        )

    def update_search_vectors(self) -> int:
        """Compute these texts' search vectors (and their titles' vectors) again from their title,
        paragraphs and footnotes, in one UPDATE: the ingestion service and the admin's edits call it after
        writing a text's rows."""
        return self.order_by().update(
            search_vector=text_vector(), title_vector=title_vector(models.F("language"), models.F("title"))
        )

    def matching(self, tsqueries: dict[str, str]):
        """The texts whose search vector matches, in one of the languages of `tsqueries`, that language's
        query (to_tsquery syntax): found through the index `text_search`."""
        if not tsqueries:
            return self.none()
        return self.filter(matches(tsqueries))

    def for_reading(self):
        """A text with everything its reading page renders, in a fixed number of queries."""
        return self.without_sources().prefetch_related(*reading_prefetches())


def reading_prefetches() -> list[Prefetch]:
    """What a text's reading page renders: paragraphs, annexes, footnotes, footnote references, citations.
    Each a fresh copy (`.all()`, as Django's generic views copy their `queryset`) of the querysets built
    once per process by `_reading_querysets()`."""
    return [Prefetch(lookup, queryset=queryset.all()) for lookup, queryset in _reading_querysets()]


@functools.cache
def _reading_querysets() -> tuple[tuple[str, models.QuerySet], ...]:
    """Built once: resolving the annotations' subqueries costs a cold page more than running them."""
    from .citations import Citation

    return (
        ("paragraphs", Paragraph.objects.order_by("position")),
        ("annexes", Annex.objects.order_by("position")),
        ("footnotes", Footnote.objects.order_by("position")),
        ("footnote_refs", FootnoteRef.objects.order_by("paragraph_id", "position")),
        ("citations", Citation.objects.with_link_targets().order_by("position")),
    )


class ResolutionText(models.Model):
    """A resolution in one language, with the verbatim source it was parsed from (kept for re-parsing)."""

    Language = models.TextChoices(
        "Language",
        [(lang.name, (lang.value, LANGUAGE_NAMES[lang.value])) for lang in Official],
        qualname="ResolutionText.Language",
    )

    resolution = models.ForeignKey(
        "archive.Resolution",
        on_delete=models.CASCADE,
        related_name="texts",
        db_index=False,  # indexed by text_resolution_language_unique, which leads with it
        verbose_name=_("resolution"),
    )
    language = models.CharField(max_length=2, choices=Language.choices, verbose_name=_("language"))
    title = models.TextField(verbose_name=_("title"))
    formula = models.CharField(max_length=200, blank=True, verbose_name=_("formula"))
    agenda_items = ArrayField(
        models.CharField(max_length=40),
        default=list,
        blank=True,
        help_text=_("As this text prints them: 105 b)"),
        verbose_name=_("agenda items"),
    )
    basis = models.TextField(
        blank=True,
        help_text=_("The line in square brackets under the cover, as this text prints it"),
        verbose_name=_("basis"),
    )
    source_name = models.CharField(
        max_length=255, help_text=_("File name of the ingested source"), verbose_name=_("source file")
    )
    source_bytes = models.BinaryField(
        help_text=_("The uploaded file, byte for byte"), verbose_name=_("source")
    )
    source_sha256 = models.CharField(max_length=64, verbose_name=_("source SHA-256"))
    extracted_text = models.TextField(
        help_text=_("The text the parser read (from the PDF or the text file)"),
        verbose_name=_("extracted text"),
    )
    parser_version = models.CharField(max_length=20, verbose_name=_("parser version"))
    warnings = models.JSONField(
        default=list,
        blank=True,
        help_text=_("What the parser read with doubt: its message template, parameters and source line each"),
        verbose_name=_("warnings"),
    )
    artefacts = models.JSONField(
        default=list,
        blank=True,
        help_text=_("Page furniture removed by the parser"),
        verbose_name=_("page furniture"),
    )
    ingested_at = models.DateTimeField(verbose_name=_("ingested at"))
    search_vector = SearchVectorField(
        null=True,
        editable=False,
        help_text=_(
            "The title (weight A), the paragraphs and the footnotes in the text's language, in "
            "document order (`update_search_vectors()`)"
        ),
    )

    # The title's words, weight A (as in `search_vector`): the search ranks the texts it finds (20,000 for a
    # common word) by their titles without reading their search vectors, stored out of line.
    title_vector = SearchVectorField(null=True, editable=False)

    history = HistoricalRecords(excluded_fields=["source_bytes", "search_vector", "title_vector"])
    objects = ResolutionTextQuerySet.as_manager()

    class Meta:
        verbose_name = _("resolution text")
        verbose_name_plural = _("resolution texts")
        ordering = ["resolution", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["resolution", "language"], name="text_resolution_language_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(language__in=list(LANGUAGES)),
                name="text_language_valid",
            ),
        ]
        indexes = [
            # "Texts per language" counts on the home page (WHERE language = …) and the API list's language
            # filter, whose count merge-joins the resolutions' primary key: SELECT COUNT(*) FROM resolution
            # JOIN resolutiontext ON … WHERE language = … reads this language's entries only, in
            # resolution order (at full scale 2.4 ms, against 5–7 ms scanning the whole unique index on
            # (resolution, language)).
            models.Index(fields=["language", "resolution"], name="text_language_resolution"),
            # The full-text search: WHERE (language = … AND search_vector @@ to_tsquery(…)) OR … for each
            # language searched (`ResolutionTextQuerySet.matching()`, for the search's facets and ranking).
            # With the language in the index (btree_gin), each language's condition is answered whole
            # by the index, and no text's vector is read to count the texts found. Without a pending list
            # (fastupdate off: a write puts its text's words in the index at once): every search would scan
            # the list whole, and the planner charges it to every scan of the index; with a few hundred
            # pages pending (after an ingest, until autovacuum) it read a language's texts through
            # `text_language_resolution` instead and checked each one's vector (1.2 s for two common words
            # where the index answers in 30 ms; docs/performance.md, "Search at full scale").
            GinIndex(fields=["language", "search_vector"], name="text_search", fastupdate=False),
        ]
        permissions = [("ingest_resolutiontext", "Can ingest and re-parse resolution texts")]

    def __str__(self) -> str:
        return f"{self.resolution.symbol} ({self.get_language_display()})"

    def parse_warnings(self) -> list[ParseWarning]:
        return [ParseWarning(w["template"], w["line"], **w["params"]) for w in self.warnings]


class Annex(models.Model):
    text = models.ForeignKey(
        ResolutionText,
        on_delete=models.CASCADE,
        related_name="annexes",
        db_index=False,  # indexed by annex_text_position_unique, which leads with it
        verbose_name=_("resolution text"),
    )
    eid = models.CharField(max_length=40, verbose_name=_("eId"))
    position = models.PositiveSmallIntegerField(verbose_name=_("position"))
    heading = models.CharField(max_length=200, verbose_name=_("heading"))
    title = models.TextField(blank=True, verbose_name=_("title"))

    class Meta:
        verbose_name = _("annex")
        verbose_name_plural = _("annexes")
        ordering = ["text", "position"]
        constraints = [
            models.UniqueConstraint(fields=["text", "eid"], name="annex_text_eid_unique"),
            models.UniqueConstraint(fields=["text", "position"], name="annex_text_position_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.heading}: {self.title}" if self.title else self.heading


class Paragraph(models.Model):
    """A clause of a text, in document order; nested sub-paragraphs point to their parent. Headings (a
    part's, an annex's sections) are rows too, at their place in the order, for a table of contents."""

    class Kind(models.TextChoices):
        PREAMBULAR = "preambular", _("preambular paragraph")
        OPERATIVE = "operative", _("operative paragraph")
        SUBPARAGRAPH = "subparagraph", _("sub-paragraph")
        ANNEX_HEADING = "annex_heading", _("annex heading")
        ANNEX_PARAGRAPH = "annex_paragraph", _("annex paragraph")
        # A part's heading (depth 0) or a section heading (depth = its level), before the paragraph it heads
        HEADING = "heading", _("heading")

    text = models.ForeignKey(
        ResolutionText,
        on_delete=models.CASCADE,
        related_name="paragraphs",
        db_index=False,  # indexed by paragraph_text_position_unique, which leads with it
        verbose_name=_("resolution text"),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent paragraph"),
    )
    annex = models.ForeignKey(
        Annex,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="paragraphs",
        verbose_name=_("annex"),
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, verbose_name=_("kind"))
    eid = models.CharField(
        max_length=80,
        help_text=_("Anchor in AKN4UN eId style: preamble__para_3, para_3__subpara_a"),
        verbose_name=_("eId"),
    )
    position = models.PositiveIntegerField(help_text=_("Order within the text"), verbose_name=_("position"))
    depth = models.PositiveSmallIntegerField(default=0, verbose_name=_("depth"))
    number = models.CharField(
        max_length=20, blank=True, help_text=_("The label as printed: 3, (a), (iv)"), verbose_name=_("number")
    )
    body = models.TextField(help_text=_("Text with footnote markers removed"), verbose_name=_("text"))
    source_line = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("source line"))

    history = EditHistory()

    class Meta:
        verbose_name = _("paragraph")
        verbose_name_plural = _("paragraphs")
        ordering = ["text", "position"]
        indexes = [
            # A citation's pinpoint ("resolution 79/238, paragraph 3"), linked to the cited paragraph on the
            # reading page and in the API (`CitationQuerySet.with_link_targets()`: WHERE text_id = … AND
            # kind = 'operative' AND number = …): found by its number, not by reading every paragraph of
            # each cited text (at full scale, a third fewer buffers for a page's citations).
            models.Index(
                fields=["text", "number"],
                condition=models.Q(kind="operative"),
                name="paragraph_operative_number",
            ),
        ]
        constraints = [
            models.UniqueConstraint(fields=["text", "eid"], name="paragraph_text_eid_unique"),
            # Also serves the reading order: WHERE text_id = … ORDER BY position.
            models.UniqueConstraint(fields=["text", "position"], name="paragraph_text_position_unique"),
            models.CheckConstraint(
                condition=models.Q(parent__isnull=True) | models.Q(kind="subparagraph"),
                name="paragraph_only_subparagraphs_nest",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.eid}: {self.body[:60]}"


class Footnote(models.Model):
    text = models.ForeignKey(
        ResolutionText,
        on_delete=models.CASCADE,
        related_name="footnotes",
        db_index=False,  # indexed by footnote_text_position_unique, which leads with it
        verbose_name=_("resolution text"),
    )
    eid = models.CharField(max_length=40, verbose_name=_("eId"))
    mark = models.CharField(max_length=10, verbose_name=_("mark"))
    position = models.PositiveSmallIntegerField(verbose_name=_("position"))
    body = models.TextField(verbose_name=_("text"))

    history = EditHistory()

    class Meta:
        verbose_name = _("footnote")
        verbose_name_plural = _("footnotes")
        ordering = ["text", "position"]
        constraints = [
            models.UniqueConstraint(fields=["text", "eid"], name="footnote_text_eid_unique"),
            models.UniqueConstraint(fields=["text", "position"], name="footnote_text_position_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.mark}. {self.body[:60]}"


class FootnoteRef(models.Model):
    """A footnote marker removed from a paragraph's text, at `offset` characters into the body."""

    text = models.ForeignKey(
        ResolutionText,
        on_delete=models.CASCADE,
        related_name="footnote_refs",
        verbose_name=_("resolution text"),
    )
    paragraph = models.ForeignKey(
        Paragraph,
        on_delete=models.CASCADE,
        related_name="footnote_refs",
        db_index=False,  # indexed by footnoteref_paragraph_position_unique, which leads with it
        verbose_name=_("paragraph"),
    )
    footnote = models.ForeignKey(
        Footnote,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="refs",
        verbose_name=_("footnote"),
    )
    mark = models.CharField(max_length=10, verbose_name=_("mark"))
    offset = models.PositiveIntegerField(verbose_name=_("offset"))
    position = models.PositiveSmallIntegerField(
        help_text=_("Order within the paragraph"), verbose_name=_("position")
    )

    class Meta:
        verbose_name = _("footnote reference")
        verbose_name_plural = _("footnote references")
        ordering = ["paragraph", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["paragraph", "position"], name="footnoteref_paragraph_position_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.paragraph_id}@{self.offset} → {self.mark}"
