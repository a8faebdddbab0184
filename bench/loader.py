"""COPY synthetic rows into the real tables (after the real migrations), then the steps ingestion takes for
each text, taken here once for all of them: sequences, search structures, content versions, statistics.

The COPY runs with the tables' own triggers disabled: every column a trigger could fill is written by the
generator or by the steps below, so the archive built is the same whatever triggers the schema has."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import F, Max

from .synthetic import COLUMNS, Rows

SEARCH_CHUNK = 2_000  # texts whose search structures one statement fills


def model(name: str):
    return apps.get_model("archive", name)


def table(name: str) -> str:
    return connection.ops.quote_name(model(name)._meta.db_table)


def copy_rows(rows: Rows) -> None:
    """One COPY per table, parents first (foreign keys are checked at commit anyway)."""
    with connection.cursor() as cursor:
        for name, columns in COLUMNS.items():
            if not rows[name]:
                continue
            column_list = ", ".join(connection.ops.quote_name(c) for c in columns)
            with cursor.copy(f"COPY {table(name)} ({column_list}) FROM STDIN") as copy:
                for row in rows[name]:
                    copy.write_row(row)


@contextmanager
def triggers_disabled() -> Iterator[None]:
    """The tables' user triggers off while the block runs (foreign keys stay checked: pending checks are
    run before the triggers are back). A build that fails leaves them off in a database never labelled as
    built, which the next run recreates."""
    with connection.cursor() as cursor:
        for name in COLUMNS:
            cursor.execute(f"ALTER TABLE {table(name)} DISABLE TRIGGER USER")
        yield
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for name in COLUMNS:
            cursor.execute(f"ALTER TABLE {table(name)} ENABLE TRIGGER USER")


def reset_sequences() -> None:
    """Ids were given by the generator: the next id the database gives must follow the last."""
    statements = connection.ops.sequence_reset_sql(no_style(), [model(name) for name in COLUMNS])
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def index_for_search() -> None:
    """Every text's search document (its title, paragraphs and footnotes, in one vector), as ingestion
    writes one text's: a statement per `SEARCH_CHUNK` texts."""
    last = model("ResolutionText").objects.aggregate(last=Max("id"))["last"] or 0
    with connection.cursor() as cursor:
        for first in range(1, last + 1, SEARCH_CHUNK):
            cursor.execute(
                "SELECT archive_refresh_documents(array_agg(id)) FROM archive_resolutiontext "
                "WHERE id BETWEEN %s AND %s",
                [first, first + SEARCH_CHUNK - 1],
            )


def start_content_versions() -> None:
    """Each resolution at its first content version (the column's default), changed when it was created."""
    model("Resolution").objects.update(content_changed_at=F("created_at"))


def load(batches: Iterable[Rows], progress=None) -> Counter:
    """COPY every batch in its own transaction, then fill what ingestion would; returns the rows written
    per model."""
    counts: Counter = Counter()
    with triggers_disabled():
        for rows in batches:
            with transaction.atomic():
                copy_rows(rows)
            counts.update({name: len(values) for name, values in rows.items()})
            if progress:
                progress(counts)
        reset_sequences()
        index_for_search()
        start_content_versions()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return counts
