from functools import lru_cache

from django.db import models
from django.db.models import Count, F, Q
from django.urls import get_script_prefix, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop
from simple_history.models import HistoricalRecords

from .content_versions import version_aggregates, version_total


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


def version_rows(*per_state) -> tuple | None:
    """The version of a page showing the votes of the `version_by_state()` querysets `per_state` and their
    resolutions (`content_versions`; the querysets read in one UNION ALL query). A vote written touches its
    resolution (a new version); one added or removed changes the count."""
    first, *others = per_state
    return version_total(first.union(*others, all=True) if others else first)


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

    def version_by_state(self):
        """Rows (member_state, count, versions, latest) of these votes' resolutions (`version_rows`): one join
        of the State's votes (an index-only scan) with the resolutions, no duplicates to remove."""
        return self.order_by().values("member_state").annotate(**version_aggregates("resolution__"))

    def of_resolution(self, resolution):
        """A resolution's recorded vote, State by State, with the States' names (one query)."""
        return (
            self.filter(resolution=resolution)
            .select_related("member_state")
            .order_by("member_state__name_en")
        )

    def by_session(self, state):
        """Rows (session_kind, session_number, vote, count) of `state`'s votes: one aggregate query."""
        return (
            self.filter(member_state=state)
            .values("resolution__session_kind", "resolution__session_number", "vote")
            .annotate(count=Count("id"))
            .order_by("resolution__session_kind", "-resolution__session_number", "vote")
        )

    def counts_by_session(self, state) -> list[dict]:
        """`state`'s votes per session, latest first: {session_kind, session_number, yes, no, abstain,
        non_voting}, every kind of vote counted (0 where none). One query."""
        grouped: dict[tuple[str, int], dict] = {}
        for row in self.by_session(state):
            kind, number = row["resolution__session_kind"], row["resolution__session_number"]
            counts = grouped.setdefault(
                (kind, number),
                {
                    "session_kind": kind,
                    "session_number": number,
                    **dict.fromkeys(MemberStateVote.Choice.values, 0),
                },
            )
            counts[row["vote"]] = row["count"]
        return list(grouped.values())

    def latest_of(self, state, count: int):
        """`state`'s latest votes, with their resolutions (one query: the latest `count` picked from index
        entries alone, the State's votes' and the resolutions' list order's, before those rows are read)."""
        latest = ["-resolution__adopted_on", "-resolution__session_number", "-resolution__number"]
        picked = self.filter(member_state=state).order_by(*latest).values("pk")[:count]
        return self.filter(pk__in=picked).select_related("resolution").order_by(*latest)

    def agreement(self, state, other):
        """Rows (session_kind, session_number, together, same) per session: the recorded votes both States
        cast (in favour, against or abstaining) and how many of them alike. One query joining the two
        States' votes on their resolution (each read on the index of a State's votes)."""
        return (
            self.filter(
                member_state=state,
                vote__in=CAST,
                resolution__state_votes__member_state=other,
                resolution__state_votes__vote__in=CAST,
            )
            .values("resolution__session_kind", "resolution__session_number")
            .annotate(
                together=Count("id"), same=Count("id", filter=Q(vote=F("resolution__state_votes__vote")))
            )
            .order_by("resolution__session_kind", "-resolution__session_number")
        )


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

    history = HistoricalRecords()
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
            # votes in a few dozen index pages, not ~6,000 heap pages): its version, WHERE member_state_id
            # IN (…) joined with the resolutions voted on; its votes per session, WHERE member_state_id = …
            # GROUP BY session, vote; its agreement with another State, each State's entries WHERE vote IN
            # ('yes', 'no', 'abstain') joined on resolution_id; its latest votes (the page) and its votes
            # (the API, by pages), SELECT id, resolution_id, vote … WHERE member_state_id = … ORDER BY the
            # resolutions' adoption.
            models.Index(
                fields=["member_state", "resolution", "vote"], include=["id"], name="state_vote_by_state"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.member_state}: {self.get_vote_display()}"
