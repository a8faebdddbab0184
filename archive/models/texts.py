from django.db import models
from simple_history.models import HistoricalRecords

class ResolutionText(models.Model):
    """A resolution in one language, with the verbatim source it was parsed from (kept for re-parsing)."""

    class Language(models.TextChoices):
        AR = "ar", "Arabic"
        ZH = "zh", "Chinese"
        EN = "en", "English"
        FR = "fr", "French"
        RU = "ru", "Russian"
        ES = "es", "Spanish"

    resolution = models.ForeignKey("archive.Resolution", on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(max_length=2, choices=Language.choices)
    title = models.TextField()
    formula = models.CharField(max_length=200, blank=True)
    source_name = models.CharField(max_length=255, help_text="File name of the ingested source")
    source_bytes = models.BinaryField(help_text="The uploaded file, byte for byte")
    source_sha256 = models.CharField(max_length=64)
    extracted_text = models.TextField(help_text="The text the parser read (from the PDF or the text file)")
    parser_version = models.CharField(max_length=20)
    warnings = models.JSONField(default=list, blank=True)
    artefacts = models.JSONField(default=list, blank=True, help_text="Page furniture removed by the parser")
    ingested_at = models.DateTimeField()

    history = HistoricalRecords(excluded_fields=["source_bytes"])

    class Meta:
        ordering = ["resolution", "language"]
        constraints = [
            models.UniqueConstraint(fields=["resolution", "language"], name="text_resolution_language_unique"),
            models.CheckConstraint(
                condition=models.Q(language__in=["ar", "zh", "en", "fr", "ru", "es"]), name="text_language_valid"
            ),
        ]
        indexes = [
            # "Texts per language" counts on the home page and the language filter: WHERE language = ….
            models.Index(fields=["language"], name="text_language"),
        ]

    def __str__(self) -> str:
        return f"{self.resolution.symbol} ({self.get_language_display()})"


class Annex(models.Model):
    text = models.ForeignKey(ResolutionText, on_delete=models.CASCADE, related_name="annexes")
    eid = models.CharField(max_length=40)
    position = models.PositiveSmallIntegerField()
    heading = models.CharField(max_length=200)
    title = models.TextField(blank=True)

    class Meta:
        ordering = ["text", "position"]
        constraints = [
            models.UniqueConstraint(fields=["text", "eid"], name="annex_text_eid_unique"),
            models.UniqueConstraint(fields=["text", "position"], name="annex_text_position_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.heading}: {self.title}" if self.title else self.heading


class Paragraph(models.Model):
    """A clause of a text, in document order; nested sub-paragraphs point to their parent."""

    class Kind(models.TextChoices):
        PREAMBULAR = "preambular", "preambular paragraph"
        OPERATIVE = "operative", "operative paragraph"
        SUBPARAGRAPH = "subparagraph", "sub-paragraph"
        ANNEX_HEADING = "annex_heading", "annex heading"
        ANNEX_PARAGRAPH = "annex_paragraph", "annex paragraph"

    text = models.ForeignKey(ResolutionText, on_delete=models.CASCADE, related_name="paragraphs")
    parent = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="children")
    annex = models.ForeignKey(Annex, on_delete=models.CASCADE, null=True, blank=True, related_name="paragraphs")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    eid = models.CharField(max_length=80, help_text="Anchor in AKN4UN eId style: preamble__para_3, para_3__subpara_a")
    position = models.PositiveIntegerField(help_text="Order within the text")
    depth = models.PositiveSmallIntegerField(default=0)
    number = models.CharField(max_length=20, blank=True, help_text="The label as printed: 3, (a), (iv)")
    body = models.TextField(help_text="Text with footnote markers removed")
    source_line = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["text", "position"]
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
    text = models.ForeignKey(ResolutionText, on_delete=models.CASCADE, related_name="footnotes")
    eid = models.CharField(max_length=40)
    mark = models.CharField(max_length=10)
    position = models.PositiveSmallIntegerField()
    body = models.TextField()

    class Meta:
        ordering = ["text", "position"]
        constraints = [
            models.UniqueConstraint(fields=["text", "eid"], name="footnote_text_eid_unique"),
            models.UniqueConstraint(fields=["text", "position"], name="footnote_text_position_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.mark}. {self.body[:60]}"


class FootnoteRef(models.Model):
    """A footnote marker removed from a paragraph's text, at `offset` characters into the body."""

    text = models.ForeignKey(ResolutionText, on_delete=models.CASCADE, related_name="footnote_refs")
    paragraph = models.ForeignKey(Paragraph, on_delete=models.CASCADE, related_name="footnote_refs")
    footnote = models.ForeignKey(Footnote, on_delete=models.SET_NULL, null=True, blank=True, related_name="refs")
    mark = models.CharField(max_length=10)
    offset = models.PositiveIntegerField()
    position = models.PositiveSmallIntegerField(help_text="Order within the paragraph")

    class Meta:
        ordering = ["paragraph", "position"]
        constraints = [
            models.UniqueConstraint(fields=["paragraph", "position"], name="footnoteref_paragraph_position_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.paragraph_id}@{self.offset} → {self.mark}"
