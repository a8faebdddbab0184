from functools import lru_cache

from django.db import models
from django.db.models import Count, F, Q
from django.urls import get_script_prefix, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from simple_history.models import HistoricalRecords


class MemberState(models.Model):
    """A Member State of the United Nations, with its short name in the six official languages."""

    code = models.CharField(
        max_length=3, unique=True, help_text=_("ISO 3166-1 alpha-3 code"), verbose_name=_("code")
    )
    name_ar = models.CharField(max_length=120, verbose_name=_("name in Arabic"))
    name_zh = models.CharField(max_length=120, verbose_name=_("name in Chinese"))
    name_en = models.CharField(max_length=120, verbose_name=_("name in English"))
    name_fr = models.CharField(max_length=120, verbose_name=_("name in French"))
    name_ru = models.CharField(max_length=120, verbose_name=_("name in Russian"))
    name_es = models.CharField(max_length=120, verbose_name=_("name in Spanish"))

    class Meta:
        verbose_name = _("Member State")
        verbose_name_plural = _("Member States")
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.name_en

    def get_absolute_url(self) -> str:
        return state_url(self.code)

    def name_in(self, language: str) -> str:
        return getattr(self, f"name_{language}", "") or self.name_en


def state_url(code: str) -> str:
    """The page of the Member State `code`."""
    return _state_url(get_script_prefix(), code)


@lru_cache(maxsize=1024)  # a recorded vote's page links every State: reversed once per process, not per page
def _state_url(script_prefix: str, code: str) -> str:
    return reverse("pages:member-state", args=[code])


CAST = ["yes", "no", "abstain"]  # votes cast: "did not vote" is no position to agree with


class MemberStateVoteQuerySet(models.QuerySet):
    def names_and_votes(self, resolution, language: str):
        """`(code, name in language, name in English, vote)` of each State's vote on `resolution`, by
        English name: plain rows, what its page shows of 193 States (one query)."""
        return (
            self.filter(resolution=resolution)
            .order_by("member_state__name_en")
            .values_list(
                "member_state__code", f"member_state__name_{language}", "member_state__name_en", "vote"
            )
        )

    def of_resolution(self, resolution):
        """A resolution's recorded vote, State by State, with the States' names (one query)."""
        return (
            self.filter(resolution=resolution)
            .select_related("member_state")
            .order_by("member_state__name_en")
        )

    def counts_by_session(self, state) -> list[dict]:
        """`state`'s votes per session, latest first: {session_kind, session_number, yes, no, abstain,
        non_voting}, every kind of vote counted (0 where none). One query: the State's votes, which carry
        their session, read from their index alone and counted by session (no resolution read)."""
        return list(
            self.filter(member_state=state)
            .values(session_kind=F("session__kind"), session_number=F("session__number"))
            .annotate(
                **{choice: Count("id", filter=Q(vote=choice)) for choice in MemberStateVote.Choice.values}
            )
            .order_by("session_kind", "-session_number")
        )

    def latest_of(self, state, count: int):
        """`state`'s latest votes, with their resolutions (one query: the latest `count` picked from index
        entries alone, the resolutions' in the order of their adoption and the State's votes', before those
        rows are read)."""
        latest = ["-resolution__adopted_on", "-resolution__session_number", "-resolution__number"]
        picked = self.filter(member_state=state).order_by(*latest).values("pk")[:count]
        return self.filter(pk__in=picked).select_related("resolution").order_by(*latest)

    def agreement(self, state, other):
        """Rows (session_kind, session_number, together, same) per session: the recorded votes both States
        cast (in favour, against or abstaining) and how many of them alike. One query merging the two
        States' votes on their resolution, each read from the index of a State's votes (with their
        session), through the resolutions' primary key alone."""
        return (
            self.filter(
                member_state=state,
                vote__in=CAST,
                resolution__state_votes__member_state=other,
                resolution__state_votes__vote__in=CAST,
            )
            .values(session_kind=F("session__kind"), session_number=F("session__number"))
            .annotate(
                together=Count("id"), same=Count("id", filter=Q(vote=F("resolution__state_votes__vote")))
            )
            .order_by("session_kind", "-session_number")
        )

    def bulk_create(self, objs, *args, **kwargs):
        """Votes created together (an ingest, a harvest, a restore) carry their session as one saved does."""
        for vote in objs:
            vote.copy_session()
        return super().bulk_create(objs, *args, **kwargs)


# The choices' names by their msgids: the labels below, and how a message stored by name (a harvest's log)
# names a choice.
CHOICE_NAMES = {
    "yes": gettext_noop("in favour"),
    "no": gettext_noop("against"),
    "abstain": gettext_noop("abstaining"),
    "non_voting": gettext_noop("did not vote"),
}


class MemberStateVote(models.Model):
    """How one Member State voted in a recorded vote on a resolution."""

    class Choice(models.TextChoices):
        YES = "yes", _(CHOICE_NAMES["yes"])
        NO = "no", _(CHOICE_NAMES["no"])
        ABSTAIN = "abstain", _(CHOICE_NAMES["abstain"])
        NON_VOTING = "non_voting", _(CHOICE_NAMES["non_voting"])

    # Both foreign keys are indexed by the constraint and the index below.
    resolution = models.ForeignKey(
        "archive.Resolution",
        on_delete=models.CASCADE,
        related_name="state_votes",
        db_index=False,
        verbose_name=_("resolution"),
    )
    member_state = models.ForeignKey(
        MemberState,
        on_delete=models.PROTECT,
        related_name="votes",
        db_index=False,
        verbose_name=_("Member State"),
    )
    vote = models.CharField(max_length=10, choices=Choice.choices, verbose_name=_("vote"))
    # The resolution's session, copied when the vote is written (`copy_session()`; a resolution's session
    # never changes: its symbol names it): a State's votes per session and its agreement with another
    # State are counted from the State's votes alone, with no read of the ~6,000 resolutions they are on.
    session = models.ForeignKey(
        "archive.Session", on_delete=models.PROTECT, related_name="+", db_index=False, editable=False
    )

    history = HistoricalRecords(excluded_fields=["session"])
    objects = MemberStateVoteQuerySet.as_manager()

    class Meta:
        verbose_name = _("Member State's vote")
        verbose_name_plural = _("Member States' votes")
        ordering = ["resolution", "member_state__name_en"]
        constraints = [
            models.UniqueConstraint(fields=["resolution", "member_state"], name="state_vote_unique"),
        ]
        indexes = [
            # A Member State's page, API and CSV read a State's votes by index-only scans (a State's ~6,000
            # votes in a few dozen index pages, not ~6,000 heap pages): its votes per session, WHERE
            # member_state_id = … GROUP BY session; its agreement with another State, each State's entries
            # WHERE vote IN ('yes', 'no', 'abstain') merged on resolution_id; its latest votes (the page) and
            # its votes (the API, by pages), SELECT id, resolution_id, vote … WHERE member_state_id = …
            # ORDER BY the resolutions' adoption. The vote is included, not a key: as a key after the
            # resolution, PostgreSQL costs `vote IN (…)` as many searches of the index and prefers reading
            # the table.
            models.Index(
                fields=["member_state", "resolution"],
                include=["vote", "session", "id"],
                name="state_vote_by_state",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member_state}: {self.get_vote_display()}"

    def save(self, *args, **kwargs):
        self.copy_session()
        super().save(*args, **kwargs)

    def copy_session(self) -> None:
        if self.session_id is None:
            self.session_id = self.resolution.session_id
