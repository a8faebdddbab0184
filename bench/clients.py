"""A closed loop of HTTP clients: `concurrency` threads, each with its own keep-alive connection (httpx),
each sending its next request as soon as the previous one is answered, to paths drawn at random, or to
each path once in order (`once`: first requests), for a while. Latencies and statuses are counted.

    result = run_load("http://127.0.0.1:8000", ["/", "/sessions"], seconds=10)
"""

from __future__ import annotations

import math
import random
import statistics
import threading
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import httpx


@dataclass
class LoadResult:
    latencies: list[float] = field(default_factory=list)  # seconds, one per request, in completion order
    statuses: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    @classmethod
    def merged(cls, results: Sequence[LoadResult]) -> LoadResult:
        """One result of several runs of the same scenario (rounds measured apart)."""
        merged = cls(seconds=sum(r.seconds for r in results))
        for result in results:
            merged.latencies += result.latencies
            merged.statuses.update(result.statuses)
        return merged

    def record(self, latency: float, status: int) -> None:
        """One request: its latency in seconds and its status."""
        self.latencies.append(latency)
        self.statuses[status] += 1

    @property
    def requests(self) -> int:
        return len(self.latencies)

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        """The `p`th percentile latency in milliseconds (nearest rank)."""
        if not self.latencies:
            return 0.0
        ordered = sorted(self.latencies)
        rank = max(1, math.ceil(p / 100 * len(ordered)))
        return ordered[rank - 1] * 1000

    def summary(self) -> dict:
        return {
            "requests": self.requests,
            "per_second": round(self.per_second, 1),
            "p50_ms": round(self.percentile(50), 2),
            "p95_ms": round(self.percentile(95), 2),
            "p99_ms": round(self.percentile(99), 2),
            "mean_ms": round(statistics.fmean(self.latencies) * 1000, 2) if self.latencies else 0.0,
            "statuses": {str(code): n for code, n in sorted(self.statuses.items())},
        }


class _Paths:
    """The next path for a client: drawn at random, or the next of the list until none is left."""

    def __init__(self, paths: Sequence[str], once: bool, seed: int):
        self.paths, self.once = list(paths), once
        self.position, self.lock = 0, threading.Lock()
        self.rng = random.Random(seed)

    def next(self) -> str | None:
        with self.lock:
            if not self.once:
                return self.rng.choice(self.paths)
            if self.position == len(self.paths):
                return None
            self.position += 1
            return self.paths[self.position - 1]


def _client(http: httpx.Client, paths: _Paths, headers, deadline, result: LoadResult, lock) -> None:
    while time.perf_counter() < deadline and (path := paths.next()) is not None:
        started = time.perf_counter()
        status = http.get(path, headers=headers.get(path)).status_code
        latency = time.perf_counter() - started
        with lock:
            result.record(latency, status)


def run_load(
    base_url: str,
    paths: Sequence[str],
    *,
    seconds: float,
    concurrency: int = 2,
    headers: Mapping[str, Mapping[str, str]] | None = None,
    seed: int = 0,
    once: bool = False,
) -> LoadResult:
    """Request `paths` (with per-path extra `headers`) from `concurrency` clients for `seconds`; with
    `once`, each path in turn and once only (the run ends early when they are all answered)."""
    result, lock = LoadResult(), threading.Lock()
    chooser = _Paths(paths, once, seed)
    https = [httpx.Client(base_url=base_url, timeout=60) for _ in range(concurrency)]  # before the clock
    started = time.perf_counter()
    deadline = started + seconds
    with ThreadPoolExecutor(concurrency) as pool:
        clients = [
            pool.submit(_client, http, chooser, headers or {}, deadline, result, lock) for http in https
        ]
        for client in clients:
            client.result()  # a client's failure (connection refused, timeout) is the run's
    result.seconds = time.perf_counter() - started
    for http in https:
        http.close()
    return result
