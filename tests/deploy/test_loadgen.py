"""The load generator's bounds and report (the load test itself is `make loadtest`)."""

import asyncio
from collections import Counter

import pytest

from archive.loadgen import Report, run_load


@pytest.mark.parametrize(
    ("url", "clients", "duration", "message"),
    [
        ("http://example.org", 1, 1, "load is only sent to loopback addresses, not to http://example.org"),
        (
            "http://10.0.0.1:8000",
            1,
            1,
            "load is only sent to loopback addresses, not to http://10.0.0.1:8000",
        ),
        ("http://127.0.0.1:8000", 0, 1, "clients must be between 1 and 200, not 0"),
        ("http://127.0.0.1:8000", 201, 1, "clients must be between 1 and 200, not 201"),
        ("http://localhost:8000", 1, 601, "duration must be between 0 and 600 seconds, not 601"),
    ],
)
def test_load_is_bounded_and_local(url, clients, duration, message):
    with pytest.raises(ValueError) as refused:
        asyncio.run(run_load(url, ["/"], clients=clients, duration=duration))
    assert str(refused.value) == message


def test_report():
    report = Report(clients=2, duration=2.0)
    for n in range(1, 101):
        report.record("/" if n % 2 else "/api/", float(n))
    assert (report.percentile(50), report.percentile(95), report.percentile(99)) == (50.0, 95.0, 99.0)
    assert report.ok
    report.errors = Counter({"500 /": 2})
    assert not report.ok
    assert report.summary().splitlines() == [
        "102 requests from 2 clients in 2.0 s (51/s), 2 errors",
        "latency p50 50 ms, p95 95 ms, p99 99 ms, max 100 ms",
        "  p99    100 ms     50 × /api/",
        "  p99     99 ms     50 × /",
        "  2 × error 500 /",
    ]
