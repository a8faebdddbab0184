"""Fixtures for the reading pages: texts ingested through the ingestion service (see page_samples), and
rows made by the factories where a test needs pages, not a particular text."""

import pytest
from page_samples import SUCCESSOR, source, variant

from tests.factories import (
    CitationFactory,
    FootnoteRefFactory,
    ParagraphFactory,
    ResolutionTextFactory,
    SessionFactory,
)


@pytest.fixture(autouse=True)
def plain_static_storage(settings, tmp_path):
    """Tests run with DEBUG off and no collectstatic: static files by their plain names, from the finders."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()
    settings.WHITENOISE_USE_FINDERS = True


@pytest.fixture
def ingest_bytes(db):
    from archive.services.ingestion import ingest

    def _ingest(data: bytes, filename: str, **kwargs):
        return ingest(data=data, filename=filename, **kwargs)

    return _ingest


@pytest.fixture
def ingest_sample(ingest_bytes):
    """Ingest a file of tests/data/texts or of the sample corpus, by name."""

    def _ingest(name: str, **kwargs):
        return ingest_bytes(source(name).read_bytes(), name, **kwargs)

    return _ingest


@pytest.fixture
def seed(ingest_sample):
    """A/RES/59/190 in Chinese, the archive's seed text."""
    return ingest_sample("A_RES_59_190.txt").text.resolution


@pytest.fixture
def seed_en(seed, ingest_sample):
    """The seed in English too (a test fixture written for these tests, not the official text)."""
    ingest_sample("A_RES_59_190.en.txt")
    return seed


@pytest.fixture
def successor(seed_en, ingest_bytes):
    """A/RES/60/155 (English), made from the seed's English text: it cites paragraph 5 of 59/190."""
    return ingest_bytes(variant("A_RES_59_190.en.txt", *SUCCESSOR), "A_RES_60_155.txt").text.resolution


@pytest.fixture
def texts_of_every_size(db):
    """Made by the factories: 80/1 with one paragraph; 80/3 with sixty, footnotes and a citation; 59/190 in
    Chinese and English; 60/155 citing its paragraph 5 (and so the next in its series)."""
    eightieth = SessionFactory(number=80)
    small = ResolutionTextFactory(resolution__session=eightieth, resolution__number=1)
    ParagraphFactory(text=small)
    large = ResolutionTextFactory(resolution__session=eightieth, resolution__number=3)
    ParagraphFactory.create_batch(10, text=large, kind="preambular")
    for _ in range(10):
        FootnoteRefFactory(
            paragraph=ParagraphFactory(text=large, subparagraphs=["to act;", "to report;", "to review."])
        )
    CitationFactory(paragraph__text=large, target="A/RES/80/1")
    cited = ResolutionTextFactory(
        language="zh", resolution__session=SessionFactory(number=59), resolution__number=190
    )
    ParagraphFactory.create_batch(12, text=cited)
    ParagraphFactory.create_batch(12, text=ResolutionTextFactory(resolution=cited.resolution))
    citing = ResolutionTextFactory(resolution__session=SessionFactory(number=60), resolution__number=155)
    CitationFactory(paragraph__text=citing, target="A/RES/59/190", pinpoint="5")
    return small, large
