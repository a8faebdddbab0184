"""A persistent connection is checked before reuse without a round trip while sound (archive.postgresql),
and found unusable once the server has terminated it."""

import time

import pytest
from django.db import connection, connections


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


def prepared_statements(wrapper) -> list[str]:
    return [
        statement
        for (statement,) in wrapper.connection.execute(
            "SELECT statement FROM pg_prepared_statements"
        ).fetchall()
    ]


def test_a_prepared_cursor_prepares_its_statement_once_and_is_counted(
    other_connection, django_assert_num_queries
):
    lookup = "SELECT %s::int + 1"
    with django_assert_num_queries(2, connection=other_connection):
        for _ in range(2):
            with other_connection.prepared_cursor() as cursor:
                cursor.execute(lookup, [41])
                assert cursor.fetchone() == (42,)
    assert prepared_statements(other_connection) == ["SELECT $1::int + 1"]
    with other_connection.cursor() as cursor:  # Django's own cursors bind on the client and prepare nothing
        for _ in range(3):
            cursor.execute("SELECT %s::int * 2", [21])
    assert prepared_statements(other_connection) == ["SELECT $1::int + 1"]


def test_a_statement_first_run_in_a_rolled_back_transaction_still_runs(other_connection):
    lookup = "SELECT %s::text || '!'"
    other_connection.set_autocommit(False)
    with other_connection.prepared_cursor() as cursor:
        cursor.execute(lookup, ["first"])
    other_connection.rollback()
    other_connection.set_autocommit(True)
    with other_connection.prepared_cursor() as cursor:
        cursor.execute(lookup, ["again"])
        assert cursor.fetchone() == ("again!",)
    assert prepared_statements(other_connection) == ["SELECT $1::text || '!'"]
