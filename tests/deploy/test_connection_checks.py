"""A persistent connection is checked before reuse without a round trip while sound (archive.postgresql),
and found unusable once the server has terminated it."""

import datetime
import hashlib
import time

import pytest
from django.db import DataError, ProgrammingError, connection, connections


@pytest.fixture
def other_connection(db):
    """A second connection to the test database, outside the test's transaction."""
    wrapper = connections.create_connection("default")
    wrapper.ensure_connection()
    yield wrapper
    wrapper.close()


def test_the_site_runs_on_the_archives_backend():
    default = connections["default"]
    assert (default.vendor, type(default).__module__) == ("postgresql", "archive.postgresql.base")


def test_a_sound_idle_connection_is_usable_without_a_query(other_connection, monkeypatch):
    sent = []
    monkeypatch.setattr(other_connection.connection, "cursor", lambda *a, **k: sent.append("cursor"))
    assert (other_connection.is_usable(), sent) == (True, [])


def test_a_connection_the_server_terminated_is_not_usable(other_connection):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [other_connection.connection.info.backend_pid])
    deadline = time.monotonic() + 5
    while other_connection.is_usable() and time.monotonic() < deadline:
        time.sleep(0.05)  # the server's goodbye takes a moment to arrive
    assert other_connection.is_usable() is False


def test_a_closed_connection_is_not_usable(other_connection):
    other_connection.connection.close()
    assert other_connection.is_usable() is False


def prepared_statements(wrapper) -> list[tuple[str, str]]:
    return wrapper.connection.execute(
        "SELECT name, statement FROM pg_prepared_statements ORDER BY name"
    ).fetchall()


ADD_ONE = "SELECT $1::int + 1, 'one'::text WHERE $1::int > 0"
ADD_ONE_NAME = "archive_" + hashlib.sha256(ADD_ONE.encode()).hexdigest()[:16]


def test_a_prepared_lookup_prepares_its_statement_once_and_is_counted(
    other_connection, django_assert_num_queries
):
    with django_assert_num_queries(3, connection=other_connection) as captured:
        assert other_connection.fetch_prepared(ADD_ONE, [41]) == (42, "one")
        assert other_connection.fetch_prepared(ADD_ONE, ["1"]) == (2, "one")
        assert other_connection.fetch_prepared(ADD_ONE, [-5]) is None  # no row
    assert captured[0]["sql"] == f"{ADD_ONE}; args=(41,)"
    assert prepared_statements(other_connection) == [(ADD_ONE_NAME, ADD_ONE)]
    with other_connection.cursor() as cursor:  # Django's own cursors bind on the client and prepare nothing
        for _ in range(3):
            cursor.execute("SELECT %s::int * 2", [21])
    assert prepared_statements(other_connection) == [(ADD_ONE_NAME, ADD_ONE)]


def test_a_statement_first_run_in_a_rolled_back_transaction_still_runs(other_connection):
    other_connection.set_autocommit(False)
    other_connection.fetch_prepared(ADD_ONE, [1])
    other_connection.rollback()
    other_connection.set_autocommit(True)
    assert other_connection.fetch_prepared(ADD_ONE, [2]) == (3, "one")
    assert prepared_statements(other_connection) == [(ADD_ONE_NAME, ADD_ONE)]


def test_a_deallocated_statement_is_prepared_again(other_connection):
    other_connection.fetch_prepared(ADD_ONE, [1])
    with other_connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")  # as a pooler's DISCARD ALL does
    assert other_connection.fetch_prepared(ADD_ONE, [2]) == (3, "one")
    assert prepared_statements(other_connection) == [(ADD_ONE_NAME, ADD_ONE)]


def test_inside_a_transaction_a_deallocated_statement_fails_once_with_djangos_error(other_connection):
    other_connection.fetch_prepared(ADD_ONE, [1])
    other_connection.set_autocommit(False)
    with other_connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")
    with pytest.raises(ProgrammingError, match=f'^prepared statement "{ADD_ONE_NAME}" does not exist$'):
        other_connection.fetch_prepared(ADD_ONE, [2])
    other_connection.rollback()
    assert other_connection.fetch_prepared(ADD_ONE, [2]) == (3, "one")  # prepared again
    other_connection.set_autocommit(True)


def test_a_failing_statement_raises_djangos_error_and_is_counted(other_connection, django_assert_num_queries):
    with django_assert_num_queries(3, connection=other_connection) as captured:
        with pytest.raises(ProgrammingError, match='^relation "no_such_table" does not exist'):
            other_connection.fetch_prepared("SELECT * FROM no_such_table WHERE id = $1", [1])
        with pytest.raises(DataError, match='^invalid input syntax for type integer: "x"'):
            other_connection.fetch_prepared(ADD_ONE, ["x"])
        assert other_connection.fetch_prepared(ADD_ONE, [1]) == (2, "one")
    assert captured[1]["sql"] == f"{ADD_ONE}; args=('x',)"


def test_a_new_connection_prepares_the_statement_again(other_connection):
    other_connection.fetch_prepared(ADD_ONE, [1])
    other_connection.close()
    assert other_connection.fetch_prepared(ADD_ONE, [1]) == (2, "one")
    assert prepared_statements(other_connection) == [(ADD_ONE_NAME, ADD_ONE)]


def test_values_come_back_as_djangos_cursors_load_them(other_connection):
    params = ["2004-12-20 16:30:05.123456+01", 9_000_000_000, "résolution"]
    with other_connection.cursor() as cursor:
        cursor.execute("SELECT %s::timestamptz, %s::bigint, %s::text", params)
        loaded = cursor.fetchone()
    fetched = other_connection.fetch_prepared("SELECT $1::timestamptz, $2::bigint, $3::text", params)
    moment = datetime.datetime(2004, 12, 20, 15, 30, 5, 123456, tzinfo=datetime.UTC)
    assert fetched == loaded == (moment, 9_000_000_000, "résolution")
    assert fetched[0].isoformat() == loaded[0].isoformat() == "2004-12-20T15:30:05.123456+00:00"
