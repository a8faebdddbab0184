"""Parse throughput (texts a second, in memory) and end-to-end ingest throughput (files a second, into
the benchmark's database), both on the sample corpus."""

from __future__ import annotations

import time
from pathlib import Path

from archive.models import Resolution
from archive.parser import parse
from archive.parser.symbols import parse_symbol
from archive.services.ingestion import ingest
from archive.services.sources import read_source

from .profile import SAMPLE_CORPUS, sample_texts

INGESTIBLE = {".txt", ".pdf"}


def sample_files(corpus: Path = SAMPLE_CORPUS) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix.lower() in INGESTIBLE)


def sample_symbols(corpus: Path = SAMPLE_CORPUS) -> set[str]:
    """The symbols the sample corpus's file names spell: A_RES_73_8-EN.pdf -> A/RES/73/8."""
    return {parse_symbol(p.stem.split("-")[0].replace("_", "/")).canonical for p in sample_files(corpus)}


def parse_rate(min_seconds: float = 2.0) -> dict:
    """Parse every plain-text sample, again and again for at least `min_seconds`."""
    sources = [read_source(p.read_bytes(), p.name) for p in sample_texts()]
    for text in sources:  # warm up: compiled patterns, imports
        parse(text)
    parsed, started = 0, time.perf_counter()
    while time.perf_counter() - started < min_seconds:
        for text in sources:
            parse(text)
        parsed += len(sources)
    seconds = time.perf_counter() - started
    return {"texts": parsed, "seconds": round(seconds, 2), "texts_per_second": round(parsed / seconds, 1)}


def ingest_rate() -> dict:
    """Ingest the sample corpus (PDF extraction included) into an archive that does not hold it yet."""
    files = sample_files()
    Resolution.objects.filter(symbol__in=sample_symbols()).delete()
    started = time.perf_counter()
    statuses = [ingest(data=p.read_bytes(), filename=p.name).status for p in files]
    seconds = time.perf_counter() - started
    return {
        "files": len(files),
        "created": statuses.count("created"),
        "seconds": round(seconds, 2),
        "files_per_second": round(len(files) / seconds, 1),
    }
