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
