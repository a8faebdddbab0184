"""The search tests share one archive, ingested once through the ingestion service: the sample corpus
(30 English texts of the 80th session, 59/190 in Chinese) and 80/99 in French, Spanish, Russian and
Arabic (tests/data/texts, written for the tests). Each test runs in a transaction rolled back after it;
the archive is removed when the tests of this folder are done."""

from pathlib import Path

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import connection

from archive.services.ingestion import ingest

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "archive" / "sample_corpus"
CORPUS = sorted([*SAMPLES.glob("en/A_RES_80_*.txt"), SAMPLES / "zh" / "A_RES_59_190.txt"])  # as said above
TEXTS = sorted((ROOT / "tests" / "data" / "texts").glob("A_RES_80_9[89].*.txt"))


@pytest.fixture(scope="package")
def archive(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        tables = [model._meta.db_table for model in apps.get_app_config("archive").get_models()]
        tables = [table for table in tables if table in connection.introspection.table_names()]
        with connection.cursor() as cursor:
            empty = [table for table in tables if not _has_rows(cursor, table)]
        for path in [*CORPUS, *TEXTS]:
            ingest(data=path.read_bytes(), filename=path.name.replace(".txt", "").rsplit(".", 1)[0] + ".txt")
        yield
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(empty)} RESTART IDENTITY CASCADE")


def _has_rows(cursor, table: str) -> bool:
    cursor.execute(f'SELECT EXISTS (SELECT FROM "{table}")')
    return cursor.fetchone()[0]


@pytest.fixture
def corpus(archive, db):
    """The shared archive, in a test's transaction."""


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    """Pages render static URLs without collectstatic; the API's throttling counts start afresh."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    cache.clear()
