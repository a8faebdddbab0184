"""A persistent connection is checked before reuse (Django's CONN_HEALTH_CHECKS) and found unusable once
the server has terminated it or it was closed, so the site recovers when the database comes back."""

import time

import pytest
from django.conf import settings
from django.db import connection, connections


@pytest.fixture
def other_connection(db):
    """A second connection to the test database, outside the test's transaction."""
    wrapper = connections.create_connection("default")
    wrapper.ensure_connection()
    yield wrapper
    wrapper.close()


def test_the_site_runs_on_djangos_backend_with_health_checks():
    default = connections["default"]
    assert (type(default).__module__, settings.DATABASES["default"]["CONN_HEALTH_CHECKS"]) == (
        "django.db.backends.postgresql.base",
        True,
    )


def test_a_sound_connection_is_usable(other_connection):
    assert other_connection.is_usable() is True


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
