"""Bounded work in the database: a web request's statements are cancelled after
DATABASE_STATEMENT_TIMEOUT_MS (a 503 that says so, without Retry-After), maintenance commands get the
longer DATABASE_MAINTENANCE_STATEMENT_TIMEOUT_MS."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.commands.migrate import Command as MigrateCommand
from django.db import OperationalError, connection, transaction
from django.test import RequestFactory

from archive.serving.database_unavailable import DatabaseUnavailableMiddleware


def statement_timeout() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return cursor.fetchone()[0]


def test_the_web_connection_has_the_statement_timeout(db):
    assert settings.DATABASE_STATEMENT_TIMEOUT_MS == 15_000
    assert statement_timeout() == "15s"


def test_maintenance_commands_have_the_longer_timeout(db):
    call_command("rebuild_search", verbosity=0)
    assert statement_timeout() == "1h"


def test_migrate_runs_under_the_longer_timeout_and_gives_it_back(db, monkeypatch):
    seen = []
    monkeypatch.setattr(MigrateCommand, "handle", lambda *args, **options: seen.append(statement_timeout()))
    call_command("migrate", verbosity=0)
    assert (seen, statement_timeout()) == (["1h"], "15s")


def cancelled_statement() -> OperationalError:
    """A real statement cancelled by PostgreSQL's statement_timeout."""
    with pytest.raises(OperationalError) as cancelled, transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 50")
        cursor.execute("SELECT pg_sleep(2)")
    return cancelled.value


@pytest.mark.parametrize(
    ("path", "content_type"), [("/compare/A/RES/80/1/with/A/RES/80/2", "text/html"), ("/api/v1/", "json")]
)
def test_a_cancelled_statement_is_a_503_that_says_so_without_retry_after(db, path, content_type):
    request = RequestFactory().get(path)
    response = DatabaseUnavailableMiddleware(lambda r: None).process_exception(request, cancelled_statement())
    assert response.status_code == 503
    assert "Retry-After" not in response
    assert content_type in response["Content-Type"]
    assert (
        "This request took too long and was stopped. Please ask for less at a time."
        in response.content.decode()
    )
