import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from archive.bench.load import LoadResult, get, run_load


class Handler(BaseHTTPRequestHandler):
    requested: list[str] = []

    def do_GET(self):
        self.requested.append(self.path)
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.end_headers()
            return
        status = 404 if self.path == "/missing" else 200
        body = b"hello"
        self.send_response(status)
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def port():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()


def test_get_reads_status_headers_and_body(port):
    response = get("127.0.0.1", port, "/page")
    assert (response.status, response.headers["etag"], response.body) == (200, '"v1"', b"hello")


def test_run_load_counts_every_status_and_sends_per_path_headers(port):
    paths = ["/page", "/missing", "/cached"]
    result = run_load(
        "127.0.0.1", port, paths, seconds=0.3, concurrency=2, headers={"/cached": {"If-None-Match": '"v1"'}}
    )
    assert set(result.statuses) == {200, 404, 304}
    assert sum(result.statuses.values()) == result.requests == len(result.latencies)
    assert result.bytes == 5 * (result.statuses[200] + result.statuses[404])


def test_once_requests_each_path_once_in_order_then_stops(port):
    paths = [f"/page/{i}" for i in range(30)]
    Handler.requested.clear()
    result = run_load("127.0.0.1", port, paths, seconds=30, concurrency=3, once=True)
    assert (result.requests, sorted(Handler.requested), result.statuses) == (30, sorted(paths), {200: 30})
    assert result.seconds < 30  # it ended when the paths ran out, not at the deadline


def test_percentiles_are_nearest_rank_in_milliseconds():
    result = LoadResult(latencies=[i / 1000 for i in range(1, 101)], seconds=2.0)
    assert (result.percentile(50), result.percentile(95), result.percentile(99)) == (50.0, 95.0, 99.0)
    summary = result.summary()
    assert (summary["requests"], summary["per_second"], summary["p95_ms"]) == (100, 50.0, 95.0)


def test_rounds_merge_into_one_result():
    first = LoadResult(latencies=[0.001, 0.003], statuses=Counter({200: 2}), bytes=10, seconds=1.0)
    second = LoadResult(latencies=[0.002], statuses=Counter({200: 1, 304: 1}), bytes=5, seconds=0.5)
    merged = LoadResult.merged([first, second])
    assert (merged.latencies, merged.statuses, merged.bytes, merged.seconds) == (
        [0.001, 0.003, 0.002],
        Counter({200: 3, 304: 1}),
        15,
        1.5,
    )
    assert merged.per_second == 2.0 and first.latencies == [0.001, 0.003]  # the rounds stay as they were
