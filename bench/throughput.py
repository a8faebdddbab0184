"""Parse throughput (texts a second, in memory) and ingest throughput (files a second, end to end into the
benchmark's database) of one ingest worker and of two in parallel, all on the sample corpus."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

from django.db import connections

from archive.management.commands.ingest import INGESTIBLE
from archive.models import Resolution
from archive.parser import parse
from archive.services.ingestion import ingest
from archive.services.sources import read_source

from .profile import SAMPLE_CORPUS, sample_texts

# Ingested files take symbols no generated resolution has: A/RES/80/4000 and on (the generator's
# resolutions of a session number from 1, and its citations of missing resolutions from 5000).
INGEST_SESSION, FIRST_INGEST_NUMBER = 80, 4000


def sample_files(corpus: Path = SAMPLE_CORPUS) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.suffix.lower() in INGESTIBLE)


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


def ingest_symbols(worker: int, files: int, passes: int) -> list[str]:
    """The symbols worker `worker` ingests its `passes` × `files` files under."""
    first = FIRST_INGEST_NUMBER + worker * files * passes
    return [f"A/RES/{INGEST_SESSION}/{number}" for number in range(first, first + files * passes)]


def _ingest_worker(worker: int, passes: int, start, results) -> None:
    """In a process of its own: the sample corpus `passes` times, each file as a new resolution. Puts
    (started, ended) in `results`, or None if it failed."""
    try:
        files = sample_files()
        symbols = iter(ingest_symbols(worker, len(files), passes))
        payloads = [(p.read_bytes(), p.name) for p in files]
        start.wait(timeout=300)
        started = time.time()
        for _ in range(passes):
            for data, name in payloads:
                ingest(data=data, filename=name, symbol=next(symbols))
        results.put((started, time.time()))
    except BaseException:
        results.put(None)
        raise
    finally:
        connections.close_all()


def ingest_rate(workers: int, passes: int) -> dict:
    """`workers` processes each ingesting the sample corpus `passes` times at once: files a second from
    the first worker's start to the last one's end. The resolutions written are deleted afterwards."""
    context = multiprocessing.get_context("fork")  # the children inherit Django, set up
    start, results = context.Barrier(workers), context.Queue()
    connections.close_all()  # never a connection shared with a child
    processes = [
        context.Process(target=_ingest_worker, args=(w, passes, start, results)) for w in range(workers)
    ]
    for process in processes:
        process.start()
    spans = [results.get() for _ in processes]
    for process in processes:
        process.join()
    if None in spans:
        raise RuntimeError("an ingest worker failed (its traceback is above)")
    seconds = max(end for _, end in spans) - min(begun for begun, _ in spans)
    files = workers * passes * len(sample_files())
    written = [s for w in range(workers) for s in ingest_symbols(w, len(sample_files()), passes)]
    Resolution.objects.filter(symbol__in=written).delete()
    return {
        "workers": workers,
        "files": files,
        "seconds": round(seconds, 2),
        "files_per_second": round(files / seconds, 1),
    }


def parallel_ingest(passes: int) -> dict:
    """One ingest worker, then two in parallel: their throughputs and the ratio of the two."""
    one, two = ingest_rate(1, passes), ingest_rate(2, passes)
    return {"one": one, "two": two, "ratio": round(two["files_per_second"] / one["files_per_second"], 2)}
