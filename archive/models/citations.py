from django.db import models
from django.db.models import Case, Exists, OuterRef, Subquery, Value, When
from django.db.models.functions import Concat, Lower
from django.utils.translation import gettext_lazy as _

from archive.parser.issuing_bodies import issuing_organ


class CitationQuerySet(models.QuerySet):
    def with_link_targets(self):
        """Annotate what a link to the cited resolution needs: `target_has_language` (the cited resolution
        has a text in the citing text's language) and `pinpoint_eid` (the eId of the cited paragraph, in the
        cited part when the citation names one: "79/238 B, paragraph 3" gives part_b__para_3)."""
        from .texts import Paragraph, ResolutionText

        return self.annotate(
            pinpoint_prefix=Case(
                When(part="", then=Value("")),
                default=Concat(Value("part_"), Lower("part"), Value("__")),
                output_field=models.CharField(),
            ),
            target_has_language=Exists(
                ResolutionText.objects.filter(
                    resolution=OuterRef("target_resolution"), language=OuterRef("text__language")
                )
            ),
            pinpoint_eid=Subquery(
                Paragraph.objects.filter(
                    text__resolution=OuterRef("target_resolution"),
                    kind=Paragraph.Kind.OPERATIVE,
                    number=OuterRef("pinpoint"),
                    eid__startswith=OuterRef("pinpoint_prefix"),
                )
                # the texts of the one cited resolution by language, not by the Meta orderings (resolution,
                # language; its session, number, id), which join the resolution only to sort by constants
                .order_by("text__language", "position")
                .values("eid")[:1]
            ),
        )

    def citing(self, resolution):
        """Citations of `resolution` from other resolutions, for its "Cited by" list."""
        return self.filter(target_resolution=resolution).exclude(text__resolution=resolution).for_cited_by()

    def citing_symbol(self, symbol: str):
        """Citations of a resolution symbol the archive does not hold (yet)."""
        pending = self.filter(kind=Citation.Kind.RESOLUTION, target=symbol, target_resolution=None)
        return pending.for_cited_by()

    def for_cited_by(self):
        """Latest citing resolution first, with the columns a "Cited by" list and the API's citations read
        of the citing text, resolution and passage (not the texts' sources nor the search vectors: a much
        cited resolution has hundreds of rows)."""
        return (
            self.select_related("text__resolution", "paragraph", "footnote")
            .only(
                *(f.name for f in self.model._meta.concrete_fields),
                "text__language",
                "text__title",
                "text__resolution__symbol",
                "text__resolution__adopted_on",
                "paragraph__eid",
                "paragraph__kind",
                "paragraph__number",
                "paragraph__body",
                "footnote__eid",
                "footnote__mark",
                "footnote__body",
            )  # fmt: skip
            .order_by(
                "-text__resolution__adopted_on", "text__resolution__symbol", "text__language", "position"
            )
        )

    def of_resolution(self, resolution):
        """A resolution's own citations, in every language: language, then document order."""
        return (
            self.filter(text__resolution=resolution)
            .select_related("text__resolution", "paragraph", "footnote")
            .defer("text__source_bytes", "text__extracted_text", "text__artefacts", "text__warnings")
            .order_by("text__language", "position")
        )

    def cited_documents(self):
        """Each cited UN document (other organs' resolutions included) once: `target`, `kind`, and the
        `citations` and `resolutions` citing it."""
        return (
            self.filter(kind=Citation.Kind.DOCUMENT)
            .values("target", "kind")
            .annotate(
                citations=models.Count("id"), resolutions=models.Count("text__resolution", distinct=True)
            )
            .order_by("target", "kind")
        )

    def resolve_pending(self, resolution) -> int:
        """Link citations that named `resolution`'s symbol before it was in the archive."""
        return self.filter(
            kind=Citation.Kind.RESOLUTION, target=resolution.symbol, target_resolution=None
        ).update(target_resolution=resolution)


class Citation(models.Model):
    """A reference from a paragraph or a footnote to a GA resolution, another UN organ's resolution, another
    UN document, a document of another organisation (kept as printed) or a session."""

    class Kind(models.TextChoices):
        RESOLUTION = "resolution", _("GA resolution")
        DOCUMENT = "document", _("UN document")
        OTHER = "other", _("document of another organisation")
        SESSION = "session", _("session")

    text = models.ForeignKey(
        "archive.ResolutionText",
        on_delete=models.CASCADE,
        related_name="citations",
        db_index=False,  # indexed by citation_text_position_unique, which leads with it
        verbose_name=_("resolution text"),
    )
    paragraph = models.ForeignKey(
        "archive.Paragraph",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="citations",
        verbose_name=_("paragraph"),
    )
    footnote = models.ForeignKey(
        "archive.Footnote",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="citations",
        verbose_name=_("footnote"),
    )
    position = models.PositiveIntegerField(help_text=_("Order within the text"), verbose_name=_("position"))
    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name=_("kind"))
    raw = models.CharField(
        max_length=300, help_text=_("The citation as printed"), verbose_name=_("as printed")
    )
    start = models.PositiveIntegerField(
        help_text=_("Span of the raw text within the paragraph or footnote"), verbose_name=_("start")
    )
    end = models.PositiveIntegerField(verbose_name=_("end"))
    target = models.CharField(
        max_length=120,
        help_text=_(
            "Normalised symbol (A/RES/58/199, S/RES/2334 (2016), A/59/327), another organisation's "
            "symbol as printed (GC(69)/RES/7) or session"
        ),
        verbose_name=_("target"),
    )
    pinpoint = models.CharField(
        max_length=20, blank=True, help_text=_("Paragraph number cited, if any"), verbose_name=_("pinpoint")
    )
    part = models.CharField(
        max_length=2,
        blank=True,
        help_text=_("The part of a multi-part resolution cited (B in 79/238 B), if one"),
        verbose_name=_("part"),
    )
    target_resolution = models.ForeignKey(
        "archive.Resolution",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="incoming_citations",
        db_index=False,  # indexed below, with the query that needs it
        verbose_name=_("cited resolution"),
    )

    objects = CitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        ordering = ["text", "position"]
        constraints = [
            models.UniqueConstraint(fields=["text", "position"], name="citation_text_position_unique"),
            models.CheckConstraint(
                condition=models.Q(paragraph__isnull=False, footnote__isnull=True)
                | models.Q(paragraph__isnull=True, footnote__isnull=False),
                name="citation_from_paragraph_xor_footnote",
            ),
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")), name="citation_span_nonempty"
            ),
            models.CheckConstraint(
                condition=models.Q(target_resolution__isnull=True) | models.Q(kind="resolution"),
                name="citation_only_resolutions_link",
            ),
        ]
        indexes = [
            # Linking a newly ingested resolution, and "who cites this symbol" for symbols not in the
            # archive: WHERE kind = 'resolution' AND target = … AND target_resolution_id IS NULL.
            models.Index(
                fields=["target"],
                condition=models.Q(target_resolution__isnull=True),
                name="citation_pending_target",
            ),
            # "Cited by" on a resolution page: WHERE target_resolution_id = ….
            models.Index(fields=["target_resolution"], name="citation_target_resolution"),
            # The search's "cites" filter, held or not: WHERE kind = 'resolution' AND target = ….
            models.Index(
                fields=["target"], condition=models.Q(kind="resolution"), name="citation_resolution_target"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.raw} → {self.target}"

    @property
    def issuing_organ(self) -> str | None:
        """The UN organ other than the General Assembly whose resolution is cited, if any."""
        return issuing_organ(self.target) if self.kind == self.Kind.DOCUMENT else None
