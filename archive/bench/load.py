"""A small closed-loop HTTP load generator: `concurrency` clients, each sending its next request as soon as
the previous one is answered, to paths drawn at random (or each path once, in order: first requests, never
answered from a cache), for a while; per-path request headers (for conditional requests) and every status
counted. Plain asyncio and HTTP/1.1 with a connection per request,
so that on a small machine the client takes little of the CPU the server is measured on.

Reusable: `run_load("127.0.0.1", 8000, ["/", "/sessions"], seconds=10)` -> `LoadResult`.
"""

from __future__ import annotations

import asyncio
import math
import random
import statistics
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial


@dataclass
class LoadResult:
    latencies: list[float] = field(default_factory=list)  # seconds, one per request, in completion order
    statuses: Counter = field(default_factory=Counter)
    bytes: int = 0
    seconds: float = 0.0

    @classmethod
    def merged(cls, results: Sequence[LoadResult]) -> LoadResult:
        """One result of several runs of the same scenario (rounds measured apart)."""
        merged = cls(seconds=sum(r.seconds for r in results), bytes=sum(r.bytes for r in results))
        for result in results:
            merged.latencies += result.latencies
            merged.statuses.update(result.statuses)
        return merged

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
            "bytes_per_response": round(self.bytes / self.requests) if self.requests else 0,
        }


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


async def fetch(host: str, port: int, path: str, headers: Mapping[str, str] | None = None) -> Response:
    """One GET on a new connection, read to the end (the server closes it)."""
    reader, writer = await asyncio.open_connection(host, port)
    lines = [f"GET {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: close"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
    data = await reader.read(-1)
    writer.close()
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    parsed = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        parsed[name.strip().lower()] = value.strip()
    return Response(int(status_line.split()[1]), parsed, body)


async def _client(host, port, next_path, headers, deadline, result: LoadResult) -> None:
    while time.perf_counter() < deadline and (path := next_path()) is not None:
        started = time.perf_counter()
        response = await fetch(host, port, path, headers.get(path) if headers else None)
        result.latencies.append(time.perf_counter() - started)
        result.statuses[response.status] += 1
        result.bytes += len(response.body)


async def _run(host, port, paths, *, seconds, concurrency, headers, seed, once) -> LoadResult:
    result = LoadResult()
    rng = random.Random(seed)
    started = time.perf_counter()
    deadline = started + seconds
    if once:
        queue = iter(paths)
        choosers = [lambda: next(queue, None)] * concurrency
    else:
        choosers = [
            partial(lambda r: r.choice(paths), random.Random(rng.random())) for _ in range(concurrency)
        ]
    clients = [_client(host, port, choose, headers, deadline, result) for choose in choosers]
    await asyncio.gather(*clients)
    result.seconds = time.perf_counter() - started
    return result


def run_load(
    host: str,
    port: int,
    paths: Sequence[str],
    *,
    seconds: float,
    concurrency: int = 2,
    headers: Mapping[str, Mapping[str, str]] | None = None,
    seed: int = 0,
    once: bool = False,
) -> LoadResult:
    """Drive `paths` (drawn at random, with per-path extra `headers`) for `seconds`; with `once`, each
    path in turn and at most once (the run ends early when they are all answered)."""
    return asyncio.run(
        _run(
            host, port, list(paths), seconds=seconds, concurrency=concurrency, headers=headers, seed=seed,
            once=once,
        )
    )  # fmt: skip


def get(host: str, port: int, path: str, headers: Mapping[str, str] | None = None) -> Response:
    return asyncio.run(fetch(host, port, path, headers))
