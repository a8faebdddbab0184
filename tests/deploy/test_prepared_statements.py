"""A statement run again and again on one connection is prepared there, so PostgreSQL plans it once rather
than on every page that runs it (`DATABASE_PREPARED_STATEMENTS`, archive/settings.py)."""

import pytest
from django.db import connection

from archive.models import Resolution

pytestmark = pytest.mark.django_db


def prepared_statements() -> set[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return {statement for (statement,) in cursor.fetchall()}


def test_a_statement_is_prepared_on_its_sixth_run_on_a_connection_with_its_parameters_bound_there():
    query = Resolution.objects.filter(symbol="A/RES/59/190").values_list("basis", "meeting")
    sql, params = query.query.sql_with_params()
    statement = sql.replace("%s", "$1")  # the symbol is sent apart from the statement, as its parameter
    assert params == ("A/RES/59/190",)
    runs = []
    for _ in range(6):
        list(query.all())  # a fresh queryset: each run queries
        runs.append(statement in prepared_statements())
    assert runs == [False] * 5 + [True]
