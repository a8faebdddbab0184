from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "archive" / "sample_corpus"
KEYS = Path(__file__).resolve().parent / "data" / "keys"
TEXTS = Path(__file__).resolve().parent / "data" / "texts"  # written for the tests: see its README


def sample(name: str) -> Path:
    """A file of the shipped sample corpus, by file name."""
    [path] = SAMPLES.rglob(name)
    return path


@pytest.fixture
def ingest_sample(db):
    from archive.services.ingestion import ingest

    def _ingest(name: str, **kwargs):
        path = sample(name)
        return ingest(data=path.read_bytes(), filename=path.name, **kwargs)

    return _ingest
