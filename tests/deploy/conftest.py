"""Fixtures of the deployment tests: commands run as subprocesses (as in production) against the test
database, and pages rendered without collectstatic."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = ROOT / "archive" / "sample_corpus"


def database_url(settings_dict: dict) -> str:
    """DATABASE_URL for a subprocess to use the database of `settings_dict` (a socket path as host)."""
    host = quote(settings_dict["HOST"], safe="")
    return f"postgres://{settings_dict['USER']}@{host}:{settings_dict['PORT']}/{settings_dict['NAME']}"


def manage(*args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    """`python manage.py ARGS` with exactly the environment `env`."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def environment(**variables: str) -> dict[str, str]:
    """This process's environment without its DJANGO_ settings, plus `variables`."""
    return {**{k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}, **variables}


@pytest.fixture
def test_database_url(transactional_db) -> str:
    """The test database, for subprocesses: rows they commit are seen here, and flushed after the test."""
    from django.db import connection

    return database_url(connection.settings_dict)


@pytest.fixture(autouse=True)
def plain_static_storage(settings, tmp_path):
    """Pages render without collectstatic: static files by their plain names, from the finders."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()
    settings.WHITENOISE_USE_FINDERS = True


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()  # API throttling counts requests in the cache
