"""Following the archive: the change feed (created, changed, deleted, with a cursor), `updated_since` on the
resolution list, deletions recorded by the one deletion service."""

import base64
import datetime
import json
import threading

import psycopg
import pytest
from django.db import connection, transaction
from django.utils import timezone

from archive.models import Resolution, ResolutionDeletion
from archive.services.deletion import delete_resolutions
from tests.factories import CitationFactory, ResolutionFactory, ResolutionTextFactory


def follow(client, since=None, **query) -> list[dict]:
    """Every answer from `since` on, following `next`."""
    answers = []
    response = client.get("/api/v1/changes/", {**({"since": since} if since else {}), **query})
    while True:
        assert response.status_code == 200, response.content
        answers.append(response.json())
        if not answers[-1]["next"]:
            return answers
        response = client.get(answers[-1]["next"])


def entries(answers) -> list[tuple[str, str]]:
    return [(entry["symbol"], entry["change"]) for answer in answers for entry in answer["results"]]


@pytest.fixture
def three(db):
    """80/101, 80/102, 80/103, added in this order, each with an English text."""
    return [ResolutionTextFactory(resolution=ResolutionFactory(number=n)).resolution for n in (101, 102, 103)]


# The feed lists what committed transactions wrote: its tests commit theirs (no wrapping transaction).
FEED = pytest.mark.django_db(transaction=True)


@FEED
def test_from_the_start_every_resolution_is_created_once_in_order_of_change(client, three):
    answers = follow(client, page_size=2)

    assert entries(answers) == [
        ("A/RES/80/101", "created"),
        ("A/RES/80/102", "created"),
        ("A/RES/80/103", "created"),
    ]
    assert [len(answer["results"]) for answer in answers] == [2, 1]
    first = answers[0]["results"][0]
    resolution = Resolution.objects.get(symbol="A/RES/80/101")
    assert first == {
        "symbol": "A/RES/80/101",
        "change": "created",
        "changed_at": resolution.content_changed_at.isoformat().replace("+00:00", "Z"),
        "url": "http://testserver/api/v1/resolutions/A/RES/80/101",
    }


@FEED
def test_after_a_cursor_changes_creations_and_deletions_follow(client, three, django_assert_num_queries):
    cursor = follow(client)[-1]["cursor"]
    with django_assert_num_queries(1):
        assert client.get("/api/v1/changes/", {"since": cursor}).json() == {
            "cursor": cursor,
            "next": None,
            "results": [],
        }

    Resolution.objects.filter(symbol="A/RES/80/102").touch()
    ResolutionTextFactory(resolution=ResolutionFactory(number=104))
    delete_resolutions(resolutions=Resolution.objects.filter(symbol="A/RES/80/101"))

    answers = follow(client, since=cursor)
    assert entries(answers) == [
        ("A/RES/80/102", "changed"),
        ("A/RES/80/104", "created"),
        ("A/RES/80/101", "deleted"),
    ]
    assert answers[-1]["results"][-1]["url"] is None
    assert entries(follow(client, since=answers[-1]["cursor"])) == []
    # From the start: what the archive holds, and the deletion.
    assert sorted(entries(follow(client))) == [
        ("A/RES/80/101", "deleted"),
        ("A/RES/80/102", "created"),
        ("A/RES/80/103", "created"),
        ("A/RES/80/104", "created"),
    ]


@FEED
def test_the_feed_answers_304_while_nothing_changed(client, three):
    response = client.get("/api/v1/changes/")
    assert client.get("/api/v1/changes/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304
    Resolution.objects.filter(symbol="A/RES/80/101").touch()
    assert client.get("/api/v1/changes/", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 200


@pytest.mark.parametrize(
    ("query", "errors"),
    [
        (
            {"since": "not-a-cursor"},
            {
                "since": [
                    "not a cursor of this feed: give the `cursor` of an earlier answer, or nothing to start"
                ]
            },
        ),
        ({"page_size": "0"}, {"page_size": ["Ensure this value is greater than or equal to 1."]}),
        ({"page_size": "501"}, {"page_size": ["Ensure this value is less than or equal to 500."]}),
    ],
)
def test_bad_cursors_and_sizes_are_400(client, db, query, errors):
    response = client.get("/api/v1/changes/", query)
    assert response.status_code == 400
    body = response.json()
    assert {e["field"]: [e["message"]] for e in body["errors"]} == errors


def test_a_cursor_naming_no_symbol_is_400(client, db):
    for point in [[1, "A\u0000"], [-1, "A/RES/80/1"], ["2026-12-01T00:00:00+00:00", "A/RES/80/1"], [1.5, ""]]:
        forged = base64.urlsafe_b64encode(json.dumps(point).encode()).decode()
        response = client.get("/api/v1/changes/", {"since": forged})
        assert (response.status_code, [e["field"] for e in response.json()["errors"]]) == (400, ["since"])


@FEED
def test_a_change_committed_after_a_later_one_is_not_skipped(client, three):
    """A write that began first and commits last: the feed holds back what came after it until it ends,
    then lists both (a cursor over times or sequence numbers would have passed it)."""
    cursor = follow(client)[-1]["cursor"]
    written, release = threading.Event(), threading.Event()

    def slow_writer():
        try:
            with transaction.atomic():
                Resolution.objects.filter(symbol="A/RES/80/101").touch()
                written.set()
                release.wait(120)
        finally:
            connection.close()

    writer = threading.Thread(target=slow_writer)
    writer.start()
    try:
        assert written.wait(120)
        Resolution.objects.filter(symbol="A/RES/80/103").touch()  # begun later, committed first
        held_back = follow(client, since=cursor)
        assert held_back == [{"cursor": cursor, "next": None, "results": []}]
    finally:
        release.set()
        writer.join(120)

    answers = follow(client, since=cursor)
    assert entries(answers) == [("A/RES/80/101", "changed"), ("A/RES/80/103", "changed")]
    assert entries(follow(client, since=answers[-1]["cursor"])) == []


@FEED
def test_a_write_in_another_database_does_not_hold_the_feed_back(client, three):
    """Transactions of other databases of the cluster (another test worker's, another site's) write
    nothing here: the feed does not wait for them."""
    cursor = follow(client)[-1]["cursor"]
    with psycopg.connect(**other_database(), autocommit=False) as elsewhere:
        elsewhere.execute("SELECT pg_current_xact_id()")  # a transaction with an id, left open
        Resolution.objects.filter(symbol="A/RES/80/102").touch()
        assert entries(follow(client, since=cursor)) == [("A/RES/80/102", "changed")]
        elsewhere.rollback()


def other_database() -> dict:
    """Connection parameters of the cluster's `postgres` database, as this test database's user."""
    params = connection.get_connection_params()
    return {**params, "dbname": "postgres"}


def test_deleting_records_the_deletion_and_renews_the_citing_pages(db):
    cited = ResolutionTextFactory(resolution=ResolutionFactory(number=1)).resolution
    citing = CitationFactory(target="A/RES/80/1").text.resolution
    version = citing.content_version
    before = timezone.now()

    assert delete_resolutions(resolutions=Resolution.objects.filter(pk=cited.pk)) == 1

    assert not Resolution.objects.filter(pk=cited.pk).exists()
    [deletion] = ResolutionDeletion.objects.all()
    assert (deletion.symbol, deletion.deleted_at >= before) == ("A/RES/80/1", True)
    citing.refresh_from_db()
    assert citing.content_version == version + 1


def test_updated_since_lists_the_resolutions_changed_after_a_time(client, three):
    Resolution.objects.filter(symbol="A/RES/80/103").touch()
    since = Resolution.objects.get(symbol="A/RES/80/102").content_changed_at

    response = client.get("/api/v1/resolutions/", {"updated_since": since.isoformat()})
    assert [r["symbol"] for r in response.json()["results"]] == ["A/RES/80/103"]
    # Any offset ISO 8601 allows, past PostgreSQL's 15:59 too: the same instant.
    far = (since - datetime.timedelta(hours=17, minutes=33)).replace(tzinfo=None).isoformat() + "-17:33"
    assert [
        r["symbol"] for r in client.get("/api/v1/resolutions/", {"updated_since": far}).json()["results"]
    ] == ["A/RES/80/103"]
    for value, message in [("yesterday", None), ("9999-12-31T23:00:00-17:33", "out of the range of times")]:
        bad = client.get("/api/v1/resolutions/", {"updated_since": value})
        assert bad.status_code == 400
        assert [e["field"] for e in bad.json()["errors"]] == ["updated_since"]
        if message:
            assert [e["message"] for e in bad.json()["errors"]] == [message]
