"""The benchmark's own database on the archive's PostgreSQL server: created afresh (never the archive's
own database), then used by this process and by the gunicorn it starts."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

import psycopg
from django.conf import settings
from django.db import connections

DEFAULT_NAME = "archive_bench"


def server_settings() -> dict:
    return settings.DATABASES["default"]


def check_name(name: str) -> None:
    """The archive's own database (or another configured one) is never the benchmark's."""
    protected = {"postgres", "template0", "template1", server_settings()["NAME"]}
    if name in protected:
        raise ValueError(f"{name!r} is not a benchmark database: choose another --database")


def _maintenance_connection() -> psycopg.Connection:
    db = server_settings()
    return psycopg.connect(
        dbname="postgres",
        user=db.get("USER") or None,
        password=db.get("PASSWORD") or None,
        host=db.get("HOST") or None,
        port=db.get("PORT") or None,
        autocommit=True,
    )


def build_label(name: str) -> str | None:
    """What the database holds ("scale=20000 seed=1"), or None if it does not exist or is unfinished."""
    with _maintenance_connection() as conn:
        row = conn.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
    return row[0] if row else None


def recreate(name: str) -> None:
    drop(name)
    with _maintenance_connection() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')


def label(name: str, text: str) -> None:
    with _maintenance_connection() as conn:
        conn.execute(f"COMMENT ON DATABASE \"{name}\" IS '{text}'")


def use(name: str) -> None:
    """Point this process's default connection at `name`, as Django's test runner does."""
    check_name(name)
    _point_at(name)


@contextmanager
def using(name: str) -> Iterator[None]:
    """`use(name)` for the block, then the database used before it again."""
    previous = server_settings()["NAME"]
    use(name)
    try:
        yield
    finally:
        _point_at(previous)


def drop(name: str) -> None:
    check_name(name)
    connections.close_all()
    with _maintenance_connection() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _point_at(name: str) -> None:
    connections.close_all()
    settings.DATABASES["default"]["NAME"] = name
    connections["default"].settings_dict["NAME"] = name


def url(name: str) -> str:
    """A DATABASE_URL for `name` on the same server (a socket directory is percent-encoded)."""
    db = server_settings()
    credentials = quote(db.get("USER") or "", safe="")
    if db.get("PASSWORD"):
        credentials += ":" + quote(db["PASSWORD"], safe="")
    port = f":{db['PORT']}" if db.get("PORT") else ""
    return f"postgres://{credentials}@{quote(db.get('HOST') or '', safe='')}{port}/{name}"
