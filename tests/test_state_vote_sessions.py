"""A Member State's vote carries its resolution's session (a State's votes per session and its agreement
with another State are counted from its votes alone): copied however the vote is written, and by migration
0041 for the votes stored before."""

from importlib import import_module

from django.db import connection
from simple_history.utils import bulk_create_with_history

from archive.models import MemberStateVote, Session
from tests.factories import MemberStateFactory, MemberStateVoteFactory, ResolutionFactory, SessionFactory

migration = import_module("archive.migrations.0041_state_votes_carry_their_session")


def sessions_of(votes) -> list[tuple[str, int, str, int]]:
    """(resolution's session, vote's session) of each vote, as (kind, number) pairs flattened."""
    return list(
        votes.order_by("id").values_list(
            "resolution__session__kind", "resolution__session__number", "session__kind", "session__number"
        )
    )


def test_a_vote_carries_its_resolutions_session_saved_or_created_together(db):
    saved = MemberStateVoteFactory(resolution=ResolutionFactory(session=SessionFactory(number=79)))
    resolution = ResolutionFactory(session=SessionFactory(kind="special", number=27), recorded=True)
    # States of its own: a transactional test run before on the same worker may have flushed the shipped ones
    states = MemberStateFactory.create_batch(3)
    MemberStateVote.objects.bulk_create([MemberStateVote(resolution=resolution, member_state=states[0])])
    bulk_create_with_history(  # as the harvest, the ingestion of a printed vote and a restore write them
        [MemberStateVote(resolution=resolution, member_state=s, vote="no") for s in states[1:]],
        MemberStateVote,
    )
    assert saved.session.number == 79
    assert sessions_of(MemberStateVote.objects.all()) == [
        ("regular", 79, "regular", 79),
        *[("special", 27, "special", 27)] * 3,
    ]


def test_the_migration_copies_each_votes_session_from_its_resolution(db):
    for number in (78, 79):
        MemberStateVoteFactory(resolution=ResolutionFactory(session=SessionFactory(number=number)))
    wrong = Session.objects.get(number=78)
    MemberStateVote.objects.update(session=wrong)
    assert sessions_of(MemberStateVote.objects.all())[1] == ("regular", 79, "regular", 78)
    with connection.cursor() as cursor:
        cursor.execute(migration.COPY_SESSIONS)
    assert sessions_of(MemberStateVote.objects.all()) == [
        ("regular", 78, "regular", 78),
        ("regular", 79, "regular", 79),
    ]
