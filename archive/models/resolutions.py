from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from simple_history.models import HistoricalRecords


class ResolutionQuerySet(models.QuerySet):
    def for_export(self):
        """Everything `export` renders, in a fixed number of queries whatever the resolution's size."""
        from .citations import Citation
        from .texts import Footnote, FootnoteRef, Paragraph, ResolutionText

        return self.select_related("session").prefetch_related(
            Prefetch(
                "texts",
                queryset=ResolutionText.objects.defer("source_bytes", "extracted_text").prefetch_related(
                    Prefetch("paragraphs", queryset=Paragraph.objects.order_by("position")),
                    "annexes",
                    Prefetch("footnotes", queryset=Footnote.objects.order_by("position")),
                    Prefetch(
                        "footnote_refs",
                        queryset=FootnoteRef.objects.select_related("paragraph").order_by(
                            "paragraph__position", "position"
                        ),
                    ),
                    Prefetch("citations", queryset=Citation.objects.order_by("position")),
                ),
            )
        )


class Resolution(models.Model):
    """A General Assembly resolution, identified by its canonical symbol (A/RES/59/190, A/RES/217(III))."""

    class Vote(models.TextChoices):
        UNKNOWN = "unknown", "not recorded"
        WITHOUT_VOTE = "without_vote", "adopted without a vote"
        RECORDED = "recorded", "recorded vote"

    symbol = models.CharField(max_length=40)
    session = models.ForeignKey("archive.Session", on_delete=models.PROTECT, related_name="resolutions")
    number = models.PositiveIntegerField()
    parts = models.CharField(max_length=20, blank=True, help_text="Part letters printed with the symbol: A, C, A-B")
    old_era = models.BooleanField(default=False, help_text="Numbered serially, as 217 (III)")
    adopted_on = models.DateField(null=True, blank=True)
    meeting = models.PositiveSmallIntegerField(null=True, blank=True, help_text="Plenary meeting number")
    agenda_items = ArrayField(models.CharField(max_length=40), default=list, blank=True)
    basis = models.TextField(blank=True, help_text="The line in square brackets under the cover")
    draft_symbols = ArrayField(models.CharField(max_length=60), default=list, blank=True)
    vote = models.CharField(max_length=12, choices=Vote.choices, default=Vote.UNKNOWN)
    votes_yes = models.PositiveSmallIntegerField(null=True, blank=True)
    votes_no = models.PositiveSmallIntegerField(null=True, blank=True)
    votes_abstain = models.PositiveSmallIntegerField(null=True, blank=True)
    votes_non_voting = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = ResolutionQuerySet.as_manager()

    class Meta:
        ordering = ["session", "number"]
        constraints = [
            models.UniqueConstraint(fields=["symbol"], name="resolution_symbol_unique"),
            models.CheckConstraint(
                condition=models.Q(symbol__startswith="A/RES/"), name="resolution_symbol_prefix"
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(vote="recorded", votes_yes__isnull=False, votes_no__isnull=False,
                             votes_abstain__isnull=False)
                    | (~models.Q(vote="recorded") & models.Q(votes_yes__isnull=True, votes_no__isnull=True,
                                                            votes_abstain__isnull=True))
                ),
                name="resolution_vote_counts_iff_recorded",
            ),
        ]
        indexes = [
            # A session's page lists its resolutions: WHERE session_id = … ORDER BY number.
            models.Index(fields=["session", "number"], name="resolution_session_number"),
            # Recent additions on the home page: ORDER BY created_at DESC LIMIT n.
            models.Index(fields=["-created_at"], name="resolution_created_desc"),
        ]

    def __str__(self) -> str:
        return self.symbol

    def get_absolute_url(self) -> str:
        return reverse("api:resolution-detail", args=[self.symbol])
