"""COPY synthetic rows into the real tables (after the real migrations), compute the texts' search vectors
as the ingestion service does, then reset the sequences."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection, transaction

from .synthetic import COLUMNS, Rows


def model(name: str):
    return apps.get_model("archive", name)


def copy_rows(rows: Rows) -> None:
    """One COPY per table, parents first (foreign keys are checked at commit anyway)."""
    with connection.cursor() as cursor:
        for name, columns in COLUMNS.items():
            if not rows[name]:
                continue
            table = connection.ops.quote_name(model(name)._meta.db_table)
            column_list = ", ".join(connection.ops.quote_name(c) for c in columns)
            with cursor.copy(f"COPY {table} ({column_list}) FROM STDIN") as copy:
                for row in rows[name]:
                    copy.write_row(row)


def reset_sequences() -> None:
    """Ids were given by the generator: the next id the database gives must follow the last."""
    statements = connection.ops.sequence_reset_sql(no_style(), [model(name) for name in COLUMNS])
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


def load(batches: Iterable[Rows], progress=None) -> Counter:
    """COPY every batch in its own transaction; returns the rows written per model."""
    counts: Counter = Counter()
    for rows in batches:
        with transaction.atomic():
            copy_rows(rows)
            texts = [row[0] for row in rows["ResolutionText"]]  # the id is the first column
            model("ResolutionText").objects.filter(id__in=texts).update_search_vectors()
        counts.update({name: len(values) for name, values in rows.items()})
        if progress:
            progress(counts)
    reset_sequences()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return counts
