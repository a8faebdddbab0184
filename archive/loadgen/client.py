"""Concurrent clients requesting a list of paths in turn for a fixed time, and what they saw."""

from __future__ import annotations

import asyncio
import math
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from .server import KEEP_ALIVE

LOOPBACK = {"127.0.0.1", "localhost", "::1"}
MAX_CLIENTS = 200
MAX_DURATION = 600  # seconds


@dataclass
class Report:
    clients: int
    duration: float  # seconds actually spent
    latencies_ms: list[float] = field(default_factory=list)
    path_latencies_ms: dict[str, list[float]] = field(default_factory=dict)
    errors: Counter = field(default_factory=Counter)  # "500 /path" or "ReadTimeout /path" -> count

    @property
    def requests(self) -> int:
        return len(self.latencies_ms) + self.error_count

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def ok(self) -> bool:
        return self.error_count == 0 and bool(self.latencies_ms)

    def record(self, path: str, latency_ms: float) -> None:
        self.latencies_ms.append(latency_ms)
        self.path_latencies_ms.setdefault(path, []).append(latency_ms)

    def percentile(self, p: float, path: str | None = None) -> float:
        """Nearest-rank percentile of the successful requests' latencies (of one path), in milliseconds."""
        ordered = sorted(self.latencies_ms if path is None else self.path_latencies_ms[path])
        return ordered[max(0, math.ceil(len(ordered) * p / 100) - 1)] if ordered else 0.0

    def summary(self) -> str:
        lines = [
            f"{self.requests} requests from {self.clients} clients in {self.duration:.1f} s "
            f"({self.requests / self.duration:.0f}/s), {self.error_count} errors",
            f"latency p50 {self.percentile(50):.0f} ms, p95 {self.percentile(95):.0f} ms, "
            f"p99 {self.percentile(99):.0f} ms, max {max(self.latencies_ms, default=0):.0f} ms",
        ]
        slowest = sorted(self.path_latencies_ms, key=lambda path: -self.percentile(99, path))
        lines += [
            f"  p99 {self.percentile(99, path):6.0f} ms  {len(self.path_latencies_ms[path]):5} × {path}"
            for path in slowest
        ]
        lines += [f"  {count} × error {error}" for error, count in self.errors.most_common()]
        return "\n".join(lines)


def check_bounds(base_url: str, clients: int, duration: float) -> None:
    if urlsplit(base_url).hostname not in LOOPBACK:
        raise ValueError(f"load is only sent to loopback addresses, not to {base_url}")
    if not 1 <= clients <= MAX_CLIENTS:
        raise ValueError(f"clients must be between 1 and {MAX_CLIENTS}, not {clients}")
    if not 0 < duration <= MAX_DURATION:
        raise ValueError(f"duration must be between 0 and {MAX_DURATION} seconds, not {duration}")


async def run_load(base_url: str, paths: list[str], *, clients: int, duration: float) -> Report:
    """`clients` clients each request `paths` in turn (each from a different start) for `duration`
    seconds. A response of 400 or above, or no response, is an error; redirects are not followed."""
    check_bounds(base_url, clients, duration)
    report = Report(clients=clients, duration=duration)
    started = time.monotonic()
    deadline = started + duration
    limits = httpx.Limits(
        max_connections=clients, max_keepalive_connections=clients, keepalive_expiry=KEEP_ALIVE / 2
    )
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=30) as http:
        await asyncio.gather(*(_client(http, paths, i, deadline, report) for i in range(clients)))
    report.duration = time.monotonic() - started
    return report


async def _client(http: httpx.AsyncClient, paths: list[str], offset: int, deadline: float, report: Report):
    turn = offset
    while time.monotonic() < deadline:
        path = paths[turn % len(paths)]
        turn += 1
        sent = time.perf_counter()
        try:
            response = await http.get(path)
        except httpx.HTTPError as exc:
            report.errors[f"{type(exc).__name__} {path}"] += 1
            continue
        if response.status_code >= 400:
            report.errors[f"{response.status_code} {path}"] += 1
        else:
            report.record(path, (time.perf_counter() - sent) * 1000)
