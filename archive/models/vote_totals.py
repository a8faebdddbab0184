"""What a resolution's vote on the whole and a separate vote share: their totals by choice."""

from __future__ import annotations


class VoteTotals:
    """For a model with the fields votes_yes, votes_no, votes_abstain and votes_non_voting."""

    @property
    def totals(self) -> dict[str, int | None]:
        """The totals by MemberStateVote.Choice value (None where not given)."""
        return {
            "yes": self.votes_yes,
            "no": self.votes_no,
            "abstain": self.votes_abstain,
            "non_voting": self.votes_non_voting,
        }
