"""The rule a resolution's votes follow (Member States' votes, when given, are those of a recorded vote and
add up to its totals), totals entered from a resolution's official record, and votes restored from a dump."""

from __future__ import annotations

from collections import Counter

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_noop
from simple_history.utils import bulk_create_with_history

from archive.messages import Message, MessageError
from archive.models import MemberState, MemberStateVote, Resolution, SeparateStateVote, SeparateVote
from archive.models.history import change_reason
from archive.models.members import CHOICE_NAMES

RESTORED = gettext_noop("loaded from a dump of the archive")  # a change reason
# A problem with a resolution's vote, or with one of its separate votes (by its description), naming them.
OF_RESOLUTION = gettext_noop("%(symbol)s: %(problem)s")
OF_SEPARATE_VOTE = gettext_noop("%(symbol)s, %(vote)s: %(problem)s")
# A separate vote's fields as a dump holds them (with its Member States' votes in `state_votes`).
SEPARATE_VOTE_FIELDS = (
    "undl_record",
    "description",
    "voted_on",
    "votes_yes",
    "votes_no",
    "votes_abstain",
    "votes_non_voting",
)


def state_votes_problem(resolution: Resolution, choices: list[str]) -> Message | None:
    """Why the Member States' votes `choices` (MemberStateVote.Choice values) cannot go with
    `resolution`'s vote, or None if they can."""
    if not choices:
        return None
    if resolution.vote != Resolution.Vote.RECORDED:
        return Message(gettext_noop("Member States' votes need a recorded vote, with its totals."))
    return totals_problem(resolution.totals, choices)


def totals_differences(totals: dict[str, int | None], choices: list[str]) -> list[tuple[str, int, int]]:
    """Where the Member States' votes `choices` do not add up to a vote's `totals` (by choice; None where
    not given): (choice, the Member States' votes of that choice, its total) each."""
    counts = Counter(choices)
    return [
        (choice, counts[choice], total)
        for choice, total in totals.items()
        if total is not None and counts[choice] != total
    ]


def totals_problem(totals: dict[str, int | None], choices: list[str]) -> Message | None:
    """Why the Member States' votes `choices` do not add up to a vote's `totals`, or None if they do."""
    differing = [
        Message(
            gettext_noop("%(count)s %(vote)s but %(total)s in the totals"),
            count=count,
            vote=Message(CHOICE_NAMES[choice]),
            total=total,
        )
        for choice, count, total in totals_differences(totals, choices)
    ]
    if differing:
        not_adding_up = gettext_noop("The Member States' votes do not add up to the totals: %(differences)s.")
        return Message(not_adding_up, differences=differing)
    return None


@transaction.atomic
def enter_totals(*, symbol: str, yes: int, no: int, abstain: int, record: str) -> str:
    """Enter the totals of a resolution's recorded vote as the official record of its meeting (`record`:
    "A/73/PV.30") prints them, with no Member State's vote. Returns "entered", "unchanged" or why not: a
    resolution not in the archive, or a different vote stored already (kept)."""
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
    _attribute(
        resolution,
        None,
        change_reason(
            gettext_noop("vote totals from the official record of the meeting, %(record)s"), record=record
        ),
    )
    resolution.save()
    Resolution.objects.filter(pk=resolution.pk).touch()
    return "entered"


@transaction.atomic
def restore_votes(*, symbol: str, state_votes: dict[str, str], separate_votes: list[dict]) -> None:
    """The Member States' votes (code → MemberStateVote.Choice value) in the recorded vote of the resolution
    `symbol` and its separate votes (`SEPARATE_VOTE_FIELDS` and their `state_votes`), as a dump holds them,
    written in place of its own. Its totals must be stored first. ValueError naming the problem: a code
    that is no Member State's, a vote that is no choice, votes that do not add up, a separate vote's bad
    field."""
    resolution = Resolution.objects.filter(symbol=symbol).first()
    if resolution is None:  # a line with neither text nor catalogue record stores nothing
        if state_votes or separate_votes:
            raise ValueError(f"{symbol}: votes of a resolution with neither text nor catalogue record")
        return
    codes = dict(MemberState.objects.values_list("code", "pk")) if state_votes or separate_votes else {}
    choices = _choices(state_votes, codes)
    problem = state_votes_problem(resolution, list(choices.values()))
    if problem:
        raise MessageError(OF_RESOLUTION, symbol=symbol, problem=problem)
    MemberStateVote.objects.filter(resolution=resolution).delete()
    bulk_create_with_history(
        [MemberStateVote(resolution=resolution, member_state_id=pk, vote=v) for pk, v in choices.items()],
        MemberStateVote,
        default_change_reason=change_reason(RESTORED),
    )
    SeparateVote.objects.filter(resolution=resolution).delete()
    for given in separate_votes:
        part = SeparateVote(resolution=resolution, **{name: given[name] for name in SEPARATE_VOTE_FIELDS})
        try:
            part.full_clean(validate_unique=False)
        except ValidationError as exc:
            raise ValueError(f"{symbol}, separate vote {given['undl_record']}: {exc.message_dict}") from None
        part.save()
        choices = _choices(given["state_votes"], codes)
        problem = totals_problem(part.totals, list(choices.values()))
        if problem:
            raise MessageError(OF_SEPARATE_VOTE, symbol=symbol, vote=part.description, problem=problem)
        SeparateStateVote.objects.bulk_create(
            [SeparateStateVote(separate_vote=part, member_state_id=pk, vote=v) for pk, v in choices.items()]
        )


def _choices(state_votes: dict[str, str], codes: dict[str, int]) -> dict[int, str]:
    """Member State id → vote, from a dump's code → vote; ValueError for an unknown code or choice."""
    choices = {}
    for code, vote in state_votes.items():
        if code not in codes:
            raise ValueError(f"no Member State has the code {code!r}")
        if vote not in MemberStateVote.Choice.values:
            raise ValueError(f"{code}: {vote!r} is not a vote ({', '.join(MemberStateVote.Choice.values)})")
        choices[codes[code]] = vote
    return choices
