"""The rule a resolution's votes follow (Member States' votes, when given, are those of a recorded vote and
add up to its totals), and totals entered from a resolution's official record."""

from __future__ import annotations

from collections import Counter

from django.db import transaction

from archive.models import MemberStateVote, Resolution


def state_votes_problem(resolution: Resolution, choices: list[str]) -> str | None:
    """Why the Member States' votes `choices` (MemberStateVote.Choice values) cannot go with
    `resolution`'s vote, or None if they can."""
    if not choices:
        return None
    if resolution.vote != Resolution.Vote.RECORDED:
        return "Member States' votes need a recorded vote, with its totals."
    return totals_problem(
        {
            "yes": resolution.votes_yes,
            "no": resolution.votes_no,
            "abstain": resolution.votes_abstain,
            "non_voting": resolution.votes_non_voting,
        },
        choices,
    )


def totals_problem(totals: dict[str, int | None], choices: list[str]) -> str | None:
    """Why the Member States' votes `choices` do not add up to a vote's `totals` (by choice; None where
    not given), or None if they do."""
    counts = Counter(choices)
    differing = [
        f"{counts[choice]} {MemberStateVote.Choice(choice).label} but {total} in the totals"
        for choice, total in totals.items()
        if total is not None and counts[choice] != total
    ]
    if differing:
        return f"The Member States' votes do not add up to the totals: {'; '.join(differing)}."
    return None


@transaction.atomic
def enter_totals(*, symbol: str, yes: int, no: int, abstain: int, reason: str) -> str:
    """Enter the totals of a resolution's recorded vote (as its official record prints them), with no
    Member State's vote. Returns "entered", "unchanged" or why not: a resolution not in the archive, or a
    different vote stored already (kept)."""
    from .ingestion import _attribute

    resolution = Resolution.objects.select_for_update().filter(symbol=symbol).first()
    if resolution is None:
        return f"{symbol} is not in the archive"
    totals = {"vote": Resolution.Vote.RECORDED, "votes_yes": yes, "votes_no": no, "votes_abstain": abstain}
    if all(getattr(resolution, name) == value for name, value in totals.items()):
        return "unchanged"
    if resolution.vote != Resolution.Vote.UNKNOWN:
        return f"{symbol} has a different vote stored already: kept"
    for name, value in totals.items():
        setattr(resolution, name, value)
    _attribute(resolution, None, reason)
    resolution.save()
    Resolution.objects.filter(pk=resolution.pk).touch()
    return "entered"
