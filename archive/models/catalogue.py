"""What the UN Digital Library says of a resolution besides its text: the official file of each language
(and what the harvester last saw of it), votes on parts of a resolution (with each Member State's vote),
and the harvest runs."""

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

from .members import MemberStateVote
from .texts import ResolutionText
from .vote_totals import VoteTotals


class OfficialFile(models.Model):
    """The official file of a resolution in one language, as the Digital Library catalogues it. The
    validators of its last download (`etag`, `last_modified`) make the next request conditional."""

    resolution = models.ForeignKey(
        "archive.Resolution",
        on_delete=models.CASCADE,
        related_name="official_files",
        db_index=False,  # indexed by official_file_unique, which leads with it
        verbose_name=_("resolution"),
    )
    language = models.CharField(
        max_length=2, choices=ResolutionText.Language.choices, verbose_name=_("language")
    )
    url = models.URLField(max_length=500, verbose_name=_("URL"))
    size = models.PositiveBigIntegerField(
        null=True, blank=True, help_text=_("Bytes, as catalogued"), verbose_name=_("size")
    )
    etag = models.CharField(max_length=200, blank=True, verbose_name=_("ETag"))
    last_modified = models.CharField(
        max_length=40, blank=True, help_text=_("The answer's Last-Modified"), verbose_name=_("last modified")
    )
    sha256 = models.CharField(
        max_length=64, blank=True, help_text=_("Of the last file downloaded"), verbose_name=_("SHA-256")
    )
    downloaded_at = models.DateTimeField(null=True, blank=True, verbose_name=_("downloaded at"))

    class Meta:
        verbose_name = _("official file")
        verbose_name_plural = _("official files")
        ordering = ["resolution", "language"]
        constraints = [
            models.UniqueConstraint(fields=["resolution", "language"], name="official_file_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.resolution_id} {self.language}: {self.url}"


class SeparateVoteQuerySet(models.QuerySet):
    def with_states(self):
        """With each Member State's vote in them and the States: one more query, when there are any."""
        return self.prefetch_related(
            models.Prefetch(
                "state_votes",
                queryset=SeparateStateVote.objects.select_related("member_state").order_by(
                    "member_state__code"
                ),
            )
        )


class SeparateVote(VoteTotals, models.Model):
    """A recorded vote on part of a resolution (an amendment, a paragraph), kept apart from the vote on
    the whole: its totals as the Digital Library's voting record gives them."""

    resolution = models.ForeignKey(
        "archive.Resolution",
        on_delete=models.CASCADE,
        related_name="separate_votes",
        verbose_name=_("resolution"),
    )
    undl_record = models.PositiveIntegerField(
        help_text=_("The voting record's id in the Digital Library"), verbose_name=_("Digital Library record")
    )
    description = models.CharField(max_length=500, verbose_name=_("description"))
    voted_on = models.DateField(null=True, blank=True, verbose_name=_("voted on"))
    votes_yes = models.PositiveSmallIntegerField(verbose_name=_("votes in favour"))
    votes_no = models.PositiveSmallIntegerField(verbose_name=_("votes against"))
    votes_abstain = models.PositiveSmallIntegerField(verbose_name=_("abstentions"))
    votes_non_voting = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("not voting"))

    objects = SeparateVoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("separate vote")
        verbose_name_plural = _("separate votes")
        ordering = ["resolution", "voted_on", "undl_record"]
        constraints = [
            models.UniqueConstraint(fields=["undl_record"], name="separate_vote_record_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.description} ({self.votes_yes}-{self.votes_no}-{self.votes_abstain})"


class SeparateStateVoteQuerySet(models.QuerySet):
    def of_state(self, state):
        """`state`'s votes on parts of resolutions, latest first, with the parts and their resolutions (one
        query; ordered to the last row, for paging)."""
        return (
            self.filter(member_state=state)
            .select_related("separate_vote__resolution")
            .order_by(
                "-separate_vote__resolution__adopted_on",
                "-separate_vote__resolution__session_number",
                "-separate_vote__resolution__number",
                "-separate_vote__undl_record",
                "pk",
            )
        )


class SeparateStateVote(models.Model):
    """How one Member State voted in a separate vote, as the Digital Library's voting record gives it. Kept
    in a table of its own so that the votes on the whole (MemberStateVote: a State's page, its agreement
    with another State) are never mixed with votes on parts."""

    # Both foreign keys are indexed by the constraint and the index below.
    separate_vote = models.ForeignKey(
        SeparateVote,
        on_delete=models.CASCADE,
        related_name="state_votes",
        db_index=False,
        verbose_name=_("separate vote"),
    )
    member_state = models.ForeignKey(
        "archive.MemberState",
        on_delete=models.PROTECT,
        related_name="separate_votes",
        db_index=False,
        verbose_name=_("Member State"),
    )
    vote = models.CharField(max_length=10, choices=MemberStateVote.Choice.choices, verbose_name=_("vote"))

    objects = SeparateStateVoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("Member State's vote in a separate vote")
        verbose_name_plural = _("Member States' votes in separate votes")
        ordering = ["separate_vote", "member_state__name_en"]
        constraints = [
            # Also the index of a resolution's page and API (`with_states`): WHERE separate_vote_id IN (…).
            models.UniqueConstraint(
                fields=["separate_vote", "member_state"], name="separate_state_vote_unique"
            ),
        ]
        indexes = [
            # A Member State's page and API: its separate votes, WHERE member_state_id = … (latest first).
            models.Index(fields=["member_state"], name="separate_state_vote_by_state"),
        ]

    def __str__(self) -> str:
        return f"{self.member_state}: {self.get_vote_display()}"


# A harvest's phases by their names' msgids: the labels below, and how a run's log (stored by name) names
# them.
PHASE_NAMES = {"resolutions": gettext_noop("resolutions"), "votes": gettext_noop("votes")}


class HarvestRun(models.Model):
    """One harvest of a session from the Digital Library: its parameters, where it stands (an interrupted
    run continues from `position`), its counts and its log."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        FINISHED = "finished", _("finished")
        FAILED = "failed", _("failed")

    class Phase(models.TextChoices):
        RESOLUTIONS = "resolutions", _(PHASE_NAMES["resolutions"])
        VOTES = "votes", _(PHASE_NAMES["votes"])

    session = models.PositiveSmallIntegerField(_("session"), help_text=_("Regular session number"))
    languages = ArrayField(
        models.CharField(max_length=2), verbose_name=_("languages"), default=list, blank=True
    )
    since = models.DateField(
        _("since"), null=True, blank=True, help_text=_("Only records changed since this day")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    phase = models.CharField(
        _("phase"), max_length=20, blank=True, choices=Phase.choices, help_text=_("resolutions, then votes")
    )
    position = models.PositiveIntegerField(_("position"), default=0, help_text=_("Records of the phase done"))
    total = models.PositiveIntegerField(
        _("total"), null=True, blank=True, help_text=_("Records of the phase found")
    )
    counts = models.JSONField(_("counts"), default=dict, blank=True)
    # A line a message by name, as JSON (`archive.services.harvest.write_log`), said in the reader's language.
    log = models.TextField(_("log"), blank=True)
    pid = models.PositiveIntegerField(null=True, blank=True)
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("harvest run")
        verbose_name_plural = _("harvest runs")
        ordering = ["-started_at", "-id"]
        indexes = [
            # `harvest` continues the latest unfinished run of the same parameters:
            # WHERE session = … AND status IN (queued, running) ORDER BY started_at DESC.
            models.Index(fields=["session", "status", "-started_at"], name="harvest_run_resume"),
        ]

    def __str__(self) -> str:
        return gettext("Harvest of session %(session)s (%(status)s)") % {
            "session": self.session,
            "status": self.get_status_display(),
        }

    def get_absolute_url(self) -> str:
        return reverse("admin:archive_harvestrun_change", args=[self.pk])
