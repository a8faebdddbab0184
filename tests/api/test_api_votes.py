"""/api/v1/votes/<symbol> and /api/v1/member-states/…, in JSON and CSV, in a constant number of queries."""

from __future__ import annotations

import datetime

import pytest

from archive.models import MemberState, Resolution, SeparateVote
from tests.factories import MemberStateVoteFactory, ResolutionFactory, SeparateVoteFactory, SessionFactory

pytestmark = pytest.mark.django_db


def recorded(number: int, session: int, votes: dict[str, str], adopted: datetime.date) -> Resolution:
    counts = {c: sum(1 for v in votes.values() if v == c) for c in ("yes", "no", "abstain")}
    resolution = ResolutionFactory(
        session=SessionFactory(number=session),
        number=number,
        adopted_on=adopted,
        vote=Resolution.Vote.RECORDED,
        votes_yes=counts["yes"],
        votes_no=counts["no"],
        votes_abstain=counts["abstain"],
    )
    for code, vote in votes.items():
        MemberStateVoteFactory(
            resolution=resolution, member_state=MemberState.objects.get(code=code), vote=vote
        )
    return resolution


@pytest.fixture
def votes():
    first = recorded(1, 79, {"USA": "no", "ISR": "no", "CUB": "yes"}, datetime.date(2024, 10, 1))
    recorded(2, 80, {"USA": "no", "ISR": "yes", "CUB": "yes"}, datetime.date(2025, 10, 1))
    SeparateVoteFactory(
        resolution=first,
        undl_record=7,
        description="Amendment A/79/L.9",
        votes_yes=5,
        votes_no=6,
        votes_abstain=7,
    )
    SeparateVoteFactory(resolution=first, undl_record=8, states={"USA": "no", "CUB": "yes"})
    return first


@pytest.mark.parametrize("states", [1, 3])
def test_a_resolutions_vote(client, django_assert_num_queries, states):
    codes = ["USA", "ISR", "CUB"][:states]
    recorded(1, 79, dict.fromkeys(codes, "yes"), datetime.date(2024, 10, 1))
    with django_assert_num_queries(4):  # the version, the resolution, its States' votes, separate votes
        answer = client.get("/api/v1/votes/A/RES/79/1")
    assert [s["code"] for s in answer.json()["member_states"]] == sorted(
        codes, key=lambda c: {"CUB": 0, "ISR": 1, "USA": 2}[c]
    )
    assert answer.json()["votes_yes"] == states


def test_a_resolutions_vote_in_json_and_csv(client, votes):
    answer = client.get("/api/v1/votes/A/RES/79/1").json()
    assert answer == {
        "symbol": "A/RES/79/1",
        "vote": "recorded",
        "votes_yes": 1,
        "votes_no": 2,
        "votes_abstain": 0,
        "votes_non_voting": None,
        "member_states": [
            {"code": "CUB", "name": "Cuba", "vote": "yes"},
            {"code": "ISR", "name": "Israel", "vote": "no"},
            {"code": "USA", "name": "United States of America", "vote": "no"},
        ],
        "separate_votes": [
            {
                "undl_record": 7,
                "description": "Amendment A/79/L.9",
                "voted_on": None,
                "votes_yes": 5,
                "votes_no": 6,
                "votes_abstain": 7,
                "votes_non_voting": None,
                "member_states": [],
            },
            {
                "undl_record": 8,
                "description": "Operative paragraph 2",
                "voted_on": None,
                "votes_yes": 1,
                "votes_no": 1,
                "votes_abstain": 0,
                "votes_non_voting": None,
                "member_states": [
                    {"code": "CUB", "name": "Cuba", "vote": "yes"},
                    {"code": "USA", "name": "United States of America", "vote": "no"},
                ],
            },
        ],
    }
    csv = client.get("/api/v1/votes/A/RES/79/1?format=csv")
    assert csv["Content-Type"].startswith("text/csv")
    assert csv.content.decode().splitlines() == [
        "code,name,vote,separate_vote,separate_vote_on",
        "CUB,Cuba,yes,,",
        "ISR,Israel,no,,",
        "USA,United States of America,no,,",
        "CUB,Cuba,yes,8,Operative paragraph 2",
        "USA,United States of America,no,8,Operative paragraph 2",
    ]
    assert client.get("/api/v1/votes/A/RES/79/99").json() == {"detail": "A/RES/79/99 is not in the archive"}


def test_separate_votes_with_their_states_in_a_constant_number_of_queries(
    client, votes, django_assert_num_queries
):
    SeparateVoteFactory(resolution=votes, undl_record=9, description="Preamble", states={"ISR": "yes"})
    # the version, the resolution, its States' votes, its separate votes, the States' votes in them
    with django_assert_num_queries(5):
        answer = client.get("/api/v1/votes/A/RES/79/1").json()
    assert [[s["code"] for s in part["member_states"]] for part in answer["separate_votes"]] == [
        [],
        ["CUB", "USA"],
        ["ISR"],
    ]
    with django_assert_num_queries(5):
        assert len(client.get("/api/v1/votes/A/RES/79/1?format=csv").content.decode().splitlines()) == 7


def test_a_member_states_votes_on_parts_apart_from_its_votes_on_the_whole(
    client, votes, django_assert_num_queries
):
    SeparateVote.objects.filter(undl_record=8).update(voted_on=datetime.date(2024, 10, 1))
    # the archive's version, the State, the count, the page
    with django_assert_num_queries(4):
        listed = client.get("/api/v1/member-states/USA/separate-votes/").json()
    assert listed["results"] == [
        {
            "symbol": "A/RES/79/1",
            "session_kind": "regular",
            "session_number": 79,
            "separate_vote": 8,
            "description": "Operative paragraph 2",
            "voted_on": "2024-10-01",
            "vote": "no",
        }
    ]
    csv = client.get("/api/v1/member-states/USA/separate-votes/?format=csv").content.decode().splitlines()
    assert csv == [
        "symbol,session_kind,session_number,separate_vote,description,voted_on,vote",
        "A/RES/79/1,regular,79,8,Operative paragraph 2,2024-10-01,no",
    ]
    assert client.get("/api/v1/member-states/ISR/separate-votes/").json()["count"] == 0
    assert client.get("/api/v1/member-states/XYZ/separate-votes/").status_code == 404
    # its figures of votes on the whole count no separate vote
    sessions = client.get("/api/v1/member-states/USA").json()["sessions"]
    assert [(s["session_number"], s["no"], s["yes"]) for s in sessions] == [(80, 1, 0), (79, 1, 0)]


def test_a_member_state_its_votes_and_its_agreement(client, votes, django_assert_num_queries):
    with django_assert_num_queries(3):  # the archive's version, the State, its votes per session
        state = client.get("/api/v1/member-states/USA").json()
    assert state["name_en"] == "United States of America"
    assert state["sessions"] == [
        {"session_kind": "regular", "session_number": 80, "yes": 0, "no": 1, "abstain": 0, "non_voting": 0},
        {"session_kind": "regular", "session_number": 79, "yes": 0, "no": 1, "abstain": 0, "non_voting": 0},
    ]
    listed = client.get("/api/v1/member-states/USA/votes/").json()
    assert [row["symbol"] for row in listed["results"]] == ["A/RES/80/2", "A/RES/79/1"]
    csv = client.get("/api/v1/member-states/USA/votes/?format=csv").content.decode().splitlines()
    assert csv == [
        "symbol,session_kind,session_number,adopted_on,vote",
        "A/RES/80/2,regular,80,2025-10-01,no",
        "A/RES/79/1,regular,79,2024-10-01,no",
    ]
    with django_assert_num_queries(3):  # the archive's version, the two States, the agreement
        agreement = client.get("/api/v1/member-states/USA/agreement/ISR").json()
    assert agreement == [
        {"session_kind": "regular", "session_number": 80, "together": 1, "same": 0},
        {"session_kind": "regular", "session_number": 79, "together": 1, "same": 1},
    ]
    assert client.get("/api/v1/member-states/USA/agreement/XYZ").json() == {
        "detail": "there is no Member State with the code XYZ"
    }
    names = [s["code"] for s in client.get("/api/v1/member-states/?page_size=500").json()["results"]]
    assert "SUN" in names and "USA" in names


def test_a_resolution_known_by_its_record_only_in_the_api(client):
    ResolutionFactory(
        session=SessionFactory(number=73),
        number=9,
        adopted_on=datetime.date(2018, 11, 5),
        agenda_items=["43"],
        catalogue_title="Known by its record",
        source=Resolution.Source.HARVESTED,
    )
    answer = client.get("/api/v1/resolutions/A/RES/73/9")
    assert answer.status_code == 200
    data = answer.json()
    assert (data["symbol"], data["adopted_on"], data["agenda_items"]) == ("A/RES/73/9", "2018-11-05", ["43"])
    assert data["texts"] == {}
    for suffix in (".txt", ".xml"):
        missing = client.get(f"/api/v1/resolutions/A/RES/73/9{suffix}")
        assert (missing.status_code, missing.json()) == (404, {"detail": "A/RES/73/9 has no text"})


@pytest.mark.parametrize("format", ["json", "csv"])
def test_a_bad_page_size_is_refused_in_every_format(client, votes, format):
    response = client.get(f"/api/v1/member-states/USA/votes/?page_size=null&format={format}")

    assert response.status_code == 400
    assert response.json()["errors"] == [
        {"field": "page_size", "message": "must be a whole number from 1 to 500", "line": None}
    ]


@pytest.mark.parametrize("page", ["-42", "0", "one", "٣"])
@pytest.mark.parametrize("kind", ["votes", "separate-votes"])
def test_a_page_no_list_has_is_refused_in_csv_as_in_json(client, votes, kind, page):
    """A CSV answer holds every row; a `page` it could not have is still the JSON answer's 404."""
    for format in ("json", "csv"):
        response = client.get(f"/api/v1/member-states/USA/{kind}/", {"page": page, "format": format})
        assert (response.status_code, response.json()) == (404, {"detail": "Invalid page."}), format


def test_a_page_number_is_ignored_by_a_csv_answer_holding_every_row(client, votes):
    path = "/api/v1/member-states/USA/votes/"
    whole = client.get(path, {"format": "csv"})
    assert client.get(path, {"format": "csv", "page": "2"}).content == whole.content
