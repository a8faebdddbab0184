"""Loading as pg_restore does: the rows first, then the indexes and foreign keys of their tables, each made
once over all rows instead of row by row (an index insertion and a foreign-key check per row cost most of
a load). Dropped and made again inside the load's transaction: a failure puts them back as they were."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from django.db import IntegrityError, connection

from .layout import BackupError


@contextmanager
def indexes_and_foreign_keys_after(tables: list[str]) -> Iterator[None]:
    """Drop the foreign keys of `tables` and their indexes that hold no constraint (a primary key's or a
    unique constraint's index stays, and refuses a duplicate row at once); add them again after the
    block, each foreign key checked over all rows at once."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) "
            "FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY(%s::regclass[]) ORDER BY 1, 2",
            [tables],
        )
        foreign_keys = cursor.fetchall()
        cursor.execute(
            "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index "
            "WHERE indrelid = ANY(%s::regclass[]) AND NOT indisunique ORDER BY 1",
            [tables],
        )
        indexes = cursor.fetchall()
        for table, name, _ in foreign_keys:
            cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        for name, _ in indexes:
            cursor.execute(f"DROP INDEX {name}")
        yield
        for table, name, definition in foreign_keys:
            try:
                cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
            except IntegrityError as exc:
                raise BackupError(f"the dump's rows do not refer to each other consistently: {exc}") from None
        for _, definition in indexes:
            cursor.execute(definition)
