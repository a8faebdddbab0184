"""The rule a resolution's votes follow: Member States' votes, when given, are those of a recorded vote and
add up to its totals."""

from __future__ import annotations

from collections import Counter

from archive.models import MemberStateVote, Resolution


def state_votes_problem(resolution: Resolution, choices: list[str]) -> str | None:
    """Why the Member States' votes `choices` (MemberStateVote.Choice values) cannot go with
    `resolution`'s vote, or None if they can."""
    if not choices:
        return None
    if resolution.vote != Resolution.Vote.RECORDED:
        return "Member States' votes need a recorded vote, with its totals."
    counts = Counter(choices)
    Choice = MemberStateVote.Choice
    totals = {
        Choice.YES: resolution.votes_yes,
        Choice.NO: resolution.votes_no,
        Choice.ABSTAIN: resolution.votes_abstain,
        Choice.NON_VOTING: resolution.votes_non_voting,
    }
    differing = [
        f"{counts[choice]} {choice.label} but {total} in the totals"
        for choice, total in totals.items()
        if total is not None and counts[choice] != total
    ]
    if differing:
        return f"The Member States' votes do not add up to the totals: {'; '.join(differing)}."
    return None
